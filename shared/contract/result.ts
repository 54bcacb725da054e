/**
 * Every IPC call answers with a Result: errors are values, never thrown across
 * the process boundary (a thrown Error loses its shape on the way to the renderer).
 */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'LOCKED',
  'FORBIDDEN_ROLE',
  'BUSY',
  'NOT_FOUND',
  'NOT_ALLOWED',
  'NAME_TAKEN',
  'NO_VAULT',
  'VAULT_EXISTS',
  'ALREADY_UNLOCKED',
  'WEAK_PASSPHRASE',
  'PASSPHRASE_MISMATCH',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'TOO_MANY_ATTEMPTS',
  'DEVICE_NOT_BOUND',
  'KEYCHAIN_UNAVAILABLE',
  'VAULT_TAMPERED',
  'VAULT_UNREADABLE',
  'DATABASE_CORRUPT',
  'DATABASE_TOO_NEW',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
