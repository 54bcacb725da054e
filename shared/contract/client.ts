import type { z } from 'zod';
import type { ChannelDef, Contract } from './channels';
import type { Result } from './result';

type Call<D> = D extends ChannelDef<infer I, infer O>
  ? undefined extends z.input<I>
    ? (input?: z.input<I>) => Promise<Result<z.output<O>>>
    : (input: z.input<I>) => Promise<Result<z.output<O>>>
  : never;

/** The typed client the renderer sees as `window.senco`: `senco.vault.unlock({ passphrase })`. */
export type SencoApi = { readonly [G in keyof Contract]: { readonly [M in keyof Contract[G]]: Call<Contract[G][M]> } };

/**
 * Builds `window.senco` from the channel names. It must stay self-contained
 * (no references outside its body): the test bridge injects its source text
 * into the page, so the preload and the bridge build the very same object.
 */
export function buildSencoApi(
  channelNames: readonly string[],
  invoke: (channel: string, payload: unknown) => Promise<unknown>,
): SencoApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of channelNames) {
    const dot = name.indexOf('.');
    const group = name.slice(0, dot);
    const method = name.slice(dot + 1);
    const methods = (api[group] ??= {});
    methods[method] = (input?: unknown) => invoke(name, input);
  }
  for (const methods of Object.values(api)) Object.freeze(methods);
  return Object.freeze(api) as unknown as SencoApi;
}
