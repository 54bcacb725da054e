import type { DeviceBinding } from '../../../../shared/contract/vault';

/** How the vault is tied to this laptop, in the words the SENCO and the IT technician need. */
export const bindingText: Record<DeviceBinding, { title: string; detail: string }> = {
  keychain: {
    title: 'Bound to this laptop’s keychain',
    detail:
      'A passphrase opens the vault only on this laptop. A copy of the vault files is useless without this laptop, or the recovery key.',
  },
  'passphrase-only': {
    title: 'Passphrases only',
    detail:
      'This laptop has no keychain, so a passphrase alone opens the vault. Keep the vault files safe: a copy could be attacked with guesses on another computer.',
  },
};

/** The demo school is neither: it holds made-up pupils only, so it opens without a passphrase (services/demoSchool.ts). */
export const demoProtection = {
  title: 'Demo school: no passphrase',
  detail:
    'The demo holds only made-up pupils, so it opens without a passphrase and has no recovery key. Your school’s own vault keeps its passphrases, keychain and recovery key, whatever you do here.',
};
