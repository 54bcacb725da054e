import type { z } from 'zod';
import type { ChannelDef, Contract } from './channels';
import type { EventName, EventPayload } from './events';
import type { Result } from './result';

type Call<D> = D extends ChannelDef<infer I, infer O>
  ? undefined extends z.input<I>
    ? (input?: z.input<I>) => Promise<Result<z.output<O>>>
    : (input: z.input<I>) => Promise<Result<z.output<O>>>
  : never;

type Calls = { readonly [G in keyof Contract]: { readonly [M in keyof Contract[G]]: Call<Contract[G][M]> } };

/** Listens to one of main's events; returns the function that stops listening. */
export type Subscribe = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;

/**
 * The typed client the renderer sees as `window.senco`:
 * `senco.vault.unlock({ passphrase })`, `senco.on('vaultLocked', listener)`.
 */
export type SencoApi = Calls & { readonly on: Subscribe };

/**
 * Builds `window.senco` from the channel names. It must stay self-contained
 * (no references outside its body): the test bridge injects its source text
 * into the page, so the preload and the bridge build the very same object.
 */
export function buildSencoApi(
  channelNames: readonly string[],
  invoke: (channel: string, payload: unknown) => Promise<unknown>,
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void,
): SencoApi {
  const api: Record<string, unknown> = {};
  for (const name of channelNames) {
    const dot = name.indexOf('.');
    const group = name.slice(0, dot);
    const method = name.slice(dot + 1);
    const methods = (api[group] ??= {}) as Record<string, (input?: unknown) => Promise<unknown>>;
    methods[method] = (input?: unknown) => invoke(name, input);
  }
  for (const methods of Object.values(api)) Object.freeze(methods);
  api.on = (event: string, listener: (payload: unknown) => void) => subscribe(event, listener);
  return Object.freeze(api) as unknown as SencoApi;
}
