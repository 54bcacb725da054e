import type { Ref } from 'react';
import { clockTime } from './unlockOutcome';

interface NoticeProps {
  message: string;
  onUseRecoveryKey(): void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** The laptop no longer holds the vault's device secret: a passphrase cannot work here, the recovery key can. */
export function NeedsRecoveryNotice({ message, onUseRecoveryKey, buttonRef }: NoticeProps) {
  return (
    <section className="warning-panel" aria-labelledby="needs-recovery-title">
      <h2 id="needs-recovery-title">This laptop cannot open the vault with a passphrase</h2>
      <p>{message}</p>
      <p>Only the SENCO can use the recovery key. If you are not the SENCO, ask them to.</p>
      <button ref={buttonRef} type="button" className="button" onClick={onUseRecoveryKey}>
        Use the recovery key
      </button>
    </section>
  );
}

interface WaitNoticeProps extends NoticeProps {
  /** When main will take a passphrase again; null when only the message is known. */
  waitUntil: string | null;
}

/** Too many wrong passphrases: say until when, and that the recovery key still works now. */
export function WaitNotice({ message, waitUntil, onUseRecoveryKey, buttonRef }: WaitNoticeProps) {
  return (
    <section className="warning-panel" aria-labelledby="wait-title">
      <h2 id="wait-title">Wait before trying another passphrase</h2>
      <p>{message}</p>
      {waitUntil ? (
        <p>
          You can try a passphrase again at <strong>{clockTime(waitUntil)}</strong>.
        </p>
      ) : null}
      <p>
        If you have forgotten your passphrase, ask the SENCO to set a new one. The SENCO can open the vault now with
        the recovery key.
      </p>
      <button ref={buttonRef} type="button" className="button" onClick={onUseRecoveryKey}>
        Use the recovery key
      </button>
    </section>
  );
}

/** The everyday way to the recovery key, quiet until a refusal makes it the main way. */
export function ForgottenPassphrase({ onUseRecoveryKey }: { onUseRecoveryKey(): void }) {
  return (
    <section className="aside" aria-labelledby="forgotten-title">
      <h2 id="forgotten-title">Forgotten your passphrase?</h2>
      <p>
        Ask the SENCO to set a new one for you. If you are the SENCO, open the vault with the recovery key from the
        school’s emergency kit.
      </p>
      <button type="button" className="button button--secondary" onClick={onUseRecoveryKey}>
        Use the recovery key
      </button>
    </section>
  );
}
