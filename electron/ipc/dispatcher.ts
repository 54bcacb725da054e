import { z } from 'zod';
import { type ChannelDef, type Group, type InputOf, type MethodOf, type OutputOf, listChannels } from '../../shared/contract/channels';
import { type Permission, mayCall, neededRoles, permissions } from '../../shared/contract/permissions';
import { type Result, fail, ok } from '../../shared/contract/result';
import { type Role, roleLabels } from '../../shared/domain/roles';
import { asCorruptionFailure } from '../db/open';
import { AppFailure } from '../failure';

export interface DispatchRequest {
  /** URL of the frame that sent the call (Electron: `event.senderFrame.url`). */
  senderUrl: string;
  channel: string;
  payload: unknown;
}

export type Dispatch = (request: DispatchRequest) => Promise<Result<unknown>>;

type Handler<G extends Group, M extends MethodOf<G>> = (input: InputOf<G, M>) => Promise<OutputOf<G, M>> | OutputOf<G, M>;

/** One handler per channel; the compiler refuses a missing one. */
export type Handlers = { [G in Group]: { [M in MethodOf<G>]: Handler<G, M> } };

export interface DispatcherOptions {
  /** `scheme://host` of the app's own pages: `app://senco` in Electron. */
  appOrigin: string;
  handlers: Handlers;
  /** The signed-in person's role; null while locked. */
  role(): Role | null;
  /** Set while a long job has the database to itself: only `vault.status` answers then. */
  busy(): string | null;
  /** Told of every call from our own page: someone is using the app. */
  onCall?(): void;
  /** Told about unexpected errors, by name and channel only: never the payload. */
  onUnexpected?(channel: string, error: unknown): void;
}

/**
 * The one door into main. In order: the sender must be our own page, the
 * channel must exist, the payload must parse, no long job may hold the
 * database, and the signed-in role must be allowed the channel (deny by
 * default: shared/contract/permissions.ts); then the handler runs and its answer is checked against the
 * contract too. Every outcome is a Result; nothing is thrown back across IPC.
 */
export function createDispatcher(options: DispatcherOptions): Dispatch {
  const channels = new Map(listChannels().map((c) => [c.name as string, c.def]));
  const handlerFor = (name: string) => {
    const [group, method] = name.split('.') as [string, string];
    return (options.handlers as unknown as Record<string, Record<string, (input: unknown) => unknown>>)[group]?.[method];
  };

  return async ({ senderUrl, channel, payload }) => {
    if (originOf(senderUrl) !== options.appOrigin) {
      return fail('FORBIDDEN_SENDER', 'This request did not come from SENCO Desk itself and was refused.');
    }
    const def: ChannelDef | undefined = channels.get(channel);
    const handler = handlerFor(channel);
    if (!def || !handler) return fail('UNKNOWN_CHANNEL', `There is no such request: ${String(channel).slice(0, 80)}.`);

    options.onCall?.();
    const input = def.input.safeParse(payload);
    if (!input.success) return fail('INVALID_INPUT', describeIssues(channel, input.error));

    const busy = options.busy();
    if (busy && channel !== 'vault.status') return fail('BUSY', busy);
    const permission = (permissions as Record<string, Permission | undefined>)[channel];
    const role = options.role();
    if (!mayCall(permission, role)) {
      if (permission !== undefined && role === null) return fail('LOCKED', 'The vault is locked. Unlock it to continue.');
      const needed = permission === undefined ? 'No role may do this.' : neededRoles(permission);
      return fail('FORBIDDEN_ROLE', `${needed} You are signed in as ${role ? roleLabels[role] : 'no one'}.`);
    }

    try {
      const value = await handler(input.data);
      const output = def.output.safeParse(value);
      if (!output.success) {
        options.onUnexpected?.(channel, new Error(`Output of ${channel} does not match the contract.`));
        return fail('INTERNAL', 'SENCO Desk could not complete that. Nothing has been changed.');
      }
      return ok(output.data);
    } catch (error) {
      const failure = asCorruptionFailure(error);
      if (failure instanceof AppFailure) return fail(failure.code, failure.message);
      options.onUnexpected?.(channel, error);
      return fail('INTERNAL', 'SENCO Desk could not complete that. Nothing has been changed.');
    }
  };
}

/** `app://senco/index.html` → `app://senco`. WHATWG gives custom schemes an opaque origin, so build it by hand. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/** Zod's messages name the field and the expected type, never the value sent. */
function describeIssues(channel: string, error: z.ZodError): string {
  const issues = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  return `The request ${channel} was not valid. ${issues.join('; ')}.`.replace('..', '.');
}
