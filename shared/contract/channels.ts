import { z } from 'zod';
import { auditVerification } from './audit';
import { sessionInfo, vaultCreateInput, vaultStatus, vaultUnlockInput } from './vault';

/**
 * Who may call a channel. `vault` channels answer while the vault is locked;
 * `session` channels only once someone has signed in.
 */
export type Access = 'vault' | 'session';

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
}

const channel = <I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>) => def;

/** Channels that take nothing take `undefined`: a payload of any other shape is refused. */
const nothing = z.undefined({ error: 'This request takes no details.' });

/**
 * The one IPC contract: group → method → schemas. The channel name is
 * `group.method`. Adding a feature means adding a channel here, a handler in
 * main, and nothing else in the preload or the bridge.
 */
export const contract = {
  vault: {
    status: channel({ input: nothing, output: vaultStatus, access: 'vault' }),
    create: channel({ input: vaultCreateInput, output: sessionInfo, access: 'vault' }),
    unlock: channel({ input: vaultUnlockInput, output: sessionInfo, access: 'vault' }),
    lock: channel({ input: nothing, output: z.null(), access: 'vault' }),
  },
  session: {
    current: channel({ input: nothing, output: sessionInfo, access: 'session' }),
  },
  audit: {
    verify: channel({ input: nothing, output: auditVerification, access: 'session' }),
  },
} as const;

export type Contract = typeof contract;
export type Group = keyof Contract;
export type MethodOf<G extends Group> = keyof Contract[G] & string;
export type ChannelName = { [G in Group]: `${G}.${MethodOf<G>}` }[Group];

type Def<G extends Group, M extends MethodOf<G>> = Contract[G][M] extends ChannelDef ? Contract[G][M] : never;
export type InputOf<G extends Group, M extends MethodOf<G>> = z.output<Def<G, M>['input']>;
export type OutputOf<G extends Group, M extends MethodOf<G>> = z.input<Def<G, M>['output']>;

/** Every channel name with its definition, in contract order. */
export function listChannels(): { name: ChannelName; def: ChannelDef }[] {
  const out: { name: ChannelName; def: ChannelDef }[] = [];
  for (const [group, methods] of Object.entries(contract)) {
    for (const [method, def] of Object.entries(methods)) {
      out.push({ name: `${group}.${method}` as ChannelName, def: def as ChannelDef });
    }
  }
  return out;
}

/** The IPC channel string used on the wire; one prefix keeps ours apart from Electron's own. */
export const ipcChannel = (name: string): string => `senco:${name}`;
