import { z } from 'zod';
import { roles } from '../domain/roles';

const personName = z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');
// A passphrase is never trimmed: every character the person typed counts.
const passphrase = z.string().max(1024, 'Use at most 1,024 characters.');

export const vaultCreateInput = z
  .object({
    schoolName: z.string().trim().min(1, 'Enter the school name.').max(200, 'Use at most 200 characters.'),
    sencoName: personName,
    passphrase,
    passphraseConfirm: passphrase,
  })
  .strict();

export const vaultUnlockInput = z.object({ passphrase }).strict();

export const signedInUser = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
});

export const sessionInfo = z.object({
  schoolName: z.string(),
  user: signedInUser,
  vaultId: z.string(),
});

export const vaultStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  z.object({ state: z.literal('locked'), vaultId: z.string() }),
  z.object({ state: z.literal('unlocked'), session: sessionInfo }),
]);

export type VaultCreateInput = z.infer<typeof vaultCreateInput>;
export type SessionInfo = z.infer<typeof sessionInfo>;
export type VaultStatus = z.infer<typeof vaultStatus>;
