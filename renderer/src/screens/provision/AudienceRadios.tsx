import { type Audience, audienceLabels } from '../../../../shared/domain/provisionMaps';
import { audienceHints } from './printRequest';

interface AudienceRadiosProps {
  id: string;
  audiences: readonly Audience[];
  value: Audience;
  onValueChange(audience: Audience): void;
}

/** Who the print is for, each choice with the one line that says what it leaves out. */
export function AudienceRadios({ id, audiences, value, onValueChange }: AudienceRadiosProps) {
  return (
    <div className="field">
      <fieldset className="fieldset" id={id}>
        <legend className="field__label">Who is it for?</legend>
        {audiences.map((audience) => (
          <div className="radio radio--hinted" key={audience}>
            <input
              id={`${id}-${audience}`}
              className="radio__input"
              type="radio"
              name={id}
              value={audience}
              checked={value === audience}
              aria-describedby={`${id}-${audience}-hint`}
              onChange={() => onValueChange(audience)}
            />
            <label className="radio__label" htmlFor={`${id}-${audience}`}>
              {audienceLabels[audience]}
            </label>
            <div className="field__hint checkbox__hint" id={`${id}-${audience}-hint`}>
              {audienceHints[audience]}
            </div>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
