import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useFormErrors } from '../../forms/useFormErrors';
import type { StaffRoleValue, TemplateValue } from '../provision/api';
import { fieldToPence, fieldToRatePerMinute, penceToField, rateToField } from '../provision/money';

interface TemplateFormProps {
  template: TemplateValue | null;
  roles: StaffRoleValue[];
  onDone(notice: string): void;
  onCancel(): void;
}

const ids = { name: 'template-name', weeks: 'template-weeks', rates: 'template-rate-0', cap: 'template-cap' };

/** An LA's costing template: its weeks, a cost a minute for the roles it prices, and its cap. */
export function TemplateForm({ template, roles, onDone, onCancel }: TemplateFormProps) {
  const [name, setName] = useState(template?.name ?? '');
  const [weeks, setWeeks] = useState(template ? String(template.weeksPerYear) : '38');
  const [rates, setRates] = useState<Record<string, string>>(() => Object.fromEntries(roles.map((r) => [r.id, rateToField(template?.ratesPerMinutePence[r.id])])));
  const [cap, setCap] = useState(penceToField(template?.capPerPupilPerProvisionPence ?? null));
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<keyof typeof ids, string[]>> = {};
    if (name.trim() === '') found.name = ['Enter the name of the costing template.'];
    const w = Number(weeks);
    if (!Number.isInteger(w) || w < 1 || w > 52) found.weeks = ['Give the weeks a year as a whole number from 1 to 52.'];
    const ratesPerMinutePence: Record<string, number> = {};
    for (const role of roles) {
      const read = fieldToRatePerMinute(rates[role.id] ?? '', `the rate a minute for ${role.name}`);
      if ('error' in read) (found.rates ??= []).push(read.error);
      else if (read.pence !== null) ratesPerMinutePence[role.id] = read.pence;
    }
    const capPence = fieldToPence(cap, 'the cap');
    if ('error' in capPence) found.cap = [capPence.error];
    if (busy || errors.show(found) || 'error' in capPence) return;
    const fields = { name: name.trim(), weeksPerYear: w, ratesPerMinutePence, capPerPupilPerProvisionPence: capPence.pence };
    setBusy(true);
    const result = template ? await window.senco.costing.changeTemplate({ templateId: template.id, template: fields }) : await window.senco.costing.addTemplate({ template: fields });
    if (result.ok) return onDone(template ? `${fields.name} was saved.` : `${fields.name} was added.`);
    setBusy(false);
    errors.showServer(result.error, {}, ids.name);
  }

  const title = template ? `Change ${template.name}` : 'Add a costing template';
  return (
    <main className="page page--medium">
      <PageHeading title={title} />
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <Field id={ids.name} label="Name" hint="For example: Northshire LA 2026 to 2027." autoComplete="off" errors={errors.errors.name} value={name} onValueChange={errors.edit('name', setName)} />
        <Field id={ids.weeks} label="Weeks in the school year" inputMode="numeric" inputClassName="field__input--number" errors={errors.errors.weeks} value={weeks} onValueChange={errors.edit('weeks', setWeeks)} />
        <fieldset className="fieldset">
          <legend className="field__label">Cost a minute for each role (£)</legend>
          <p className="field__hint">For example 0.3125. Leave a role empty to cost it at its hourly rate.</p>
          {errors.errors.rates?.map((m) => (
            <p key={m} className="field__error">
              {m}
            </p>
          ))}
          {roles.map((role, i) => (
            <Field key={role.id} id={`template-rate-${i}`} label={role.name} inputMode="decimal" autoComplete="off" inputClassName="field__input--number" value={rates[role.id] ?? ''} onValueChange={errors.edit('rates', (v: string) => setRates((r) => ({ ...r, [role.id]: v })))} />
          ))}
        </fieldset>
        <Field id={ids.cap} label="Cap a pupil a provision in a year (£, optional)" inputMode="decimal" autoComplete="off" inputClassName="field__input--number" errors={errors.errors.cap} value={cap} onValueChange={errors.edit('cap', setCap)} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Saving…' : 'Save the template'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
