import type { PassphraseAssessment } from '../../../shared/rules/passphrase';

interface StrengthMeterProps {
  /** Id of the live line that names the strength; the passphrase input is described by it. */
  id: string;
  assessment: PassphraseAssessment | null;
  /** Messages the field already shows as errors, not to be repeated as tips. */
  shown?: readonly string[];
}

const MAX_TIPS = 3;

/**
 * Previews the verdict main will give. Only the short strength line is a live
 * region: announcing every tip on every keystroke would drown the typing.
 * The bar is always there (empty at first) so the form does not jump.
 */
export function StrengthMeter({ id, assessment, shown = [] }: StrengthMeterProps) {
  const advice = assessment && !assessment.acceptable ? [...assessment.problems, ...assessment.suggestions] : [];
  const tips = [...new Set(advice)].filter((tip) => !shown.includes(tip)).slice(0, MAX_TIPS);
  const level = assessment ? Math.max(assessment.score, 1) : 0;
  return (
    <div className="strength" data-score={assessment?.score}>
      <div className="strength__bar" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={step <= level ? 'strength__step is-on' : 'strength__step'} />
        ))}
      </div>
      <p id={id} className="strength__label" aria-live="polite">
        {assessment ? (
          <>
            Strength: <strong>{assessment.label}</strong>
            {assessment.acceptable ? null : <> (not strong enough yet)</>}
          </>
        ) : null}
      </p>
      {tips.length > 0 ? (
        <ul className="strength__tips">
          {tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
