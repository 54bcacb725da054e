import type { ErrorCode } from '../shared/contract/result';

/**
 * A failure the person can act on: thrown inside main, turned into
 * `{ ok: false, error: { code, message } }` by the dispatcher. The message is
 * shown to the user as it is, so it must be plain English and hold no
 * personal data.
 */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
