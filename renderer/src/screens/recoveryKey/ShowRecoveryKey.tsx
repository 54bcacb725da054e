import { useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { KeyGroups } from './KeyGroups';

interface ShowRecoveryKeyProps {
  groups: readonly string[];
  onRecorded(): void;
}

/** The key, shown this once, with the ways to record it. */
export function ShowRecoveryKey({ groups, onRecorded }: ShowRecoveryKeyProps) {
  const [saving, setSaving] = useState(false);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function saveKit() {
    setSaving(true);
    setError(null);
    const result = await window.senco.recovery.saveKit();
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    // Cancelling the save dialog is a choice, not a problem: nothing to say.
    setSavedAs(result.value.saved ? result.value.fileName : null);
  }

  return (
    <main className="page">
      <PageHeading title="Your recovery key" />
      <p className="lead measure">
        If passphrases are forgotten, or this laptop breaks or is replaced, this key is the only way to open the
        school’s SEND records. SENCO Desk shows it only now.
      </p>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <div className="card">
        <KeyGroups groups={groups} label="Recovery key" />
        <h2 className="card__subtitle">Record it now</h2>
        <ol className="steps">
          <li>Save the emergency kit and print it, or copy the 13 groups by hand, in order.</li>
          <li>Keep it locked away at school, not with this laptop.</li>
          <li>Once it is printed, delete the PDF file: anyone who finds it could open the records.</li>
        </ol>
        <div className="button-row">
          <button type="button" className="button button--secondary" disabled={saving} onClick={() => void saveKit()}>
            {saving ? 'Saving the emergency kit…' : 'Save the emergency kit (PDF)'}
          </button>
          <p role="status" className="saved-as">
            {savedAs ? `Saved as ${savedAs}` : ''}
          </p>
        </div>
      </div>
      <div className="page-actions">
        <button type="button" className="button" onClick={onRecorded}>
          I have recorded it: continue
        </button>
      </div>
    </main>
  );
}
