import { checkUpn } from '../../../../shared/rules/upn';
import { Field } from '../../components/Field';

interface UpnFieldProps {
  value: string;
  onValueChange(value: string): void;
}

/**
 * The UPN with the census's own check as the person types. The messages carry
 * the census error codes; they warn and never block saving, as a school often
 * has a UPN to correct later (REFERENCE.md §1).
 */
export function UpnField({ value, onValueChange }: UpnFieldProps) {
  const check = value.trim() === '' ? null : checkUpn(value);
  const problems = check?.errors ?? [];
  return (
    <Field
      id="pupil-upn"
      label="UPN (optional)"
      hint="13 characters, from the school’s MIS."
      autoComplete="off"
      spellCheck={false}
      inputClassName="field__input--upn"
      value={value}
      onValueChange={onValueChange}
      describedBy="pupil-upn-check"
    >
      <div id="pupil-upn-check" role="status" className="upn-check">
        {check === null ? null : problems.length === 0 ? (
          <p className="upn-check__ok">{check.temporary ? 'A valid temporary UPN. Replace it once the real one is known.' : 'A valid UPN.'}</p>
        ) : (
          <ul className="upn-check__problems">
            {problems.map((p) => (
              <li key={p.code}>{p.message}</li>
            ))}
            <li>You can still save; the census will refuse this UPN until it is put right.</li>
          </ul>
        )}
      </div>
    </Field>
  );
}
