import { z } from 'zod';
import { roles } from '../domain/roles';

export const personName = z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');
// A passphrase is never trimmed: every character the person typed counts.
export const passphrase = z.string().max(1024, 'Use at most 1,024 characters.');
/** Typed by hand from the emergency kit; the rule in shared/rules/recoveryKey checks it. */
export const recoveryKeyText = z.string().max(200, 'That is far longer than a recovery key.');

export const vaultCreateInput = z
  .object({
    schoolName: z.string().trim().min(1, 'Enter the school name.').max(200, 'Use at most 200 characters.'),
    sencoName: personName,
    passphrase,
    passphraseConfirm: passphrase,
    /** Required where this computer has no keychain: the SENCO has read what that means. */
    passphraseOnly: z.boolean(),
  })
  .strict();

export const vaultUnlockInput = z.object({ name: personName, passphrase }).strict();

export const signedInUser = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
});

/** How the vault's passphrases are tied to this computer. */
export const deviceBinding = z.enum(['keychain', 'passphrase-only']);

export const sessionInfo = z.object({
  schoolName: z.string(),
  user: signedInUser,
  vaultId: z.string(),
  binding: deviceBinding,
  /** False until a SENCO has confirmed they recorded the current recovery key. */
  recoveryKeyConfirmed: z.boolean(),
  /** Passphrase slots lost when the vault was recovered on another computer: the SENCO must reset them. */
  accountsNeedingPassphrase: z.number().int(),
  /** The demo school is open (synthetic records only): every screen and print says DEMO. */
  demo: z.boolean(),
});

export const vaultStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none'), keychain: z.enum(['available', 'unavailable']) }),
  z.object({
    state: z.literal('locked'),
    vaultId: z.string(),
    binding: deviceBinding,
    /** ISO instant before which a passphrase attempt is refused (5 failures in a row); null when none. */
    passphraseWaitUntil: z.string().nullable(),
    /** The locked vault is the demo school's, not the school's own. */
    demo: z.boolean(),
  }),
  z.object({ state: z.literal('unlocked'), session: sessionInfo }),
  /** The data key is being rotated: everything else waits. */
  z.object({ state: z.literal('busy'), message: z.string() }),
]);

export const recoveryGroups = z.array(z.string()).length(13);

export const vaultCreated = z.object({ session: sessionInfo, recoveryKey: recoveryGroups });

export const recoveryCheckInput = z.object({ recoveryKey: recoveryKeyText }).strict();
export const recoveryCheckOutput = z.object({
  /** The SENCO accounts the recovery can sign in as. */
  accounts: z.array(z.object({ id: z.string(), name: z.string() })),
  keychain: z.enum(['available', 'unavailable']),
});

export const vaultRecoverInput = z
  .object({
    recoveryKey: recoveryKeyText,
    accountId: z.string().min(1).max(64),
    passphrase,
    passphraseConfirm: passphrase,
    passphraseOnly: z.boolean(),
  })
  .strict();

export type VaultCreateInput = z.infer<typeof vaultCreateInput>;
export type VaultRecoverInput = z.infer<typeof vaultRecoverInput>;
export type SessionInfo = z.infer<typeof sessionInfo>;
export type VaultStatus = z.infer<typeof vaultStatus>;
export type DeviceBinding = z.infer<typeof deviceBinding>;
