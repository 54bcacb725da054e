import type { AppError, ErrorCode } from '../../../../shared/contract/result';

/** What the unlock screen shows after a refusal, beyond the message itself. */
export type UnlockProblem =
  | { kind: 'field'; field: 'name' | 'passphrase'; message: string }
  /** This laptop cannot open the vault with a passphrase: only the recovery key can. */
  | { kind: 'needs-recovery'; message: string }
  | { kind: 'wait'; message: string };

const needsRecovery = new Set<ErrorCode>(['DEVICE_NOT_BOUND', 'KEYCHAIN_UNAVAILABLE']);

export function problemOf(error: AppError): UnlockProblem {
  if (needsRecovery.has(error.code)) return { kind: 'needs-recovery', message: error.message };
  if (error.code === 'TOO_MANY_ATTEMPTS') return { kind: 'wait', message: error.message };
  if (error.code === 'INVALID_INPUT' && /\bname\b/i.test(error.message)) {
    return { kind: 'field', field: 'name', message: error.message };
  }
  // A wrong name and a wrong passphrase get one answer (main does not say which), shown by the passphrase.
  return { kind: 'field', field: 'passphrase', message: error.message };
}

/**
 * "09:35:20" in the school's own time: main's clock decides when, the screen only says it.
 * With seconds, because the first waits are short and "09:35" could mean almost a minute too soon.
 */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { timeStyle: 'medium', timeZone: 'Europe/London' });
}

/** The wait main has set after too many wrong passphrases, or null; asked again after every refusal. */
export async function readWaitUntil(): Promise<string | null> {
  const status = await window.senco.vault.status();
  return status.ok && status.value.state === 'locked' ? status.value.passphraseWaitUntil : null;
}
