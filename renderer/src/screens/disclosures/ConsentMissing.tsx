import { type RecipientKind, recipientKindLabels } from '../../../../shared/domain/disclosure';

interface ConsentMissingProps {
  recipient: RecipientKind | '';
  /** The pupil's name, for the button. */
  subject: string;
  /** Where consent is recorded: the pupil's file. */
  onOpenPupil?: (() => void) | undefined;
}

/** What to do when the gate says consent is missing: record it on the pupil's file, then share again. */
export function ConsentMissing({ recipient, subject, onOpenPupil }: ConsentMissingProps) {
  return (
    <section className="info-panel" aria-labelledby="consent-heading">
      <h2 id="consent-heading">Consent is missing</h2>
      <p>
        A parent (or the pupil, from 16) must agree to these records going to {recipient ? recipientKindLabels[recipient].toLowerCase() : 'this recipient'}.
        Record their consent on the pupil’s file, naming this recipient and these documents, then share again.
      </p>
      {onOpenPupil ? (
        <button type="button" className="button button--secondary" onClick={onOpenPupil}>
          Record consent on {subject}’s file
        </button>
      ) : null}
    </section>
  );
}
