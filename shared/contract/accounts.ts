import { z } from 'zod';
import { roles } from '../domain/roles';
import { passphrase, personName } from './vault';

const accountId = z.string().min(1).max(64);

export const staffAccount = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  createdAt: z.string(),
  /** Signed-in right now. */
  isYou: z.boolean(),
  needsNewPassphrase: z.boolean(),
});

export const accountAddInput = z
  .object({ name: personName, role: z.enum(roles), passphrase, passphraseConfirm: passphrase })
  .strict();
export const accountRoleInput = z.object({ accountId, role: z.enum(roles) }).strict();
export const accountRemoveInput = z.object({ accountId }).strict();
export const accountResetInput = z.object({ accountId, passphrase, passphraseConfirm: passphrase }).strict();
export const passphraseChangeInput = z
  .object({ currentPassphrase: passphrase, passphrase, passphraseConfirm: passphrase })
  .strict();

export type StaffAccountView = z.infer<typeof staffAccount>;
export type AccountAddInput = z.infer<typeof accountAddInput>;
