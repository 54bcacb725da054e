import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useFormErrors } from '../../forms/useFormErrors';
import type { StaffRoleValue } from '../provision/api';
import { fieldToPence, penceToField } from '../provision/money';

interface RoleFormProps {
  /** Null adds a role. */
  role: StaffRoleValue | null;
  onDone(notice: string): void;
  onCancel(): void;
}

const ids = { name: 'role-name', rate: 'role-rate' };

/** A role's name and hourly rate. Renaming keeps every group's staff pointing at the same role. */
export function RoleForm({ role, onDone, onCancel }: RoleFormProps) {
  const [name, setName] = useState(role?.name ?? '');
  const [rate, setRate] = useState(penceToField(role?.hourlyRatePence ?? null));
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const pence = fieldToPence(rate, 'the hourly rate');
    const found = {
      ...(name.trim() === '' ? { name: ['Enter the name of the role.'] } : {}),
      ...('error' in pence ? { rate: [pence.error] } : {}),
    };
    if (busy || errors.show(found) || 'error' in pence) return;
    setBusy(true);
    const hourlyRatePence = pence.pence;
    let result;
    if (!role) result = await window.senco.costing.addRole({ name: name.trim(), hourlyRatePence });
    else {
      result = name.trim() === role.name ? { ok: true as const, value: role } : await window.senco.costing.renameRole({ roleId: role.id, name: name.trim() });
      if (result.ok && hourlyRatePence !== role.hourlyRatePence) result = await window.senco.costing.setHourlyRate({ roleId: role.id, hourlyRatePence });
    }
    if (result.ok) return onDone(role ? `${name.trim()} was saved.` : `${name.trim()} was added.`);
    setBusy(false);
    errors.showServer(result.error, {}, ids.name);
  }

  const title = role ? `Change ${role.name}` : 'Add a staff role';
  return (
    <main className="page page--medium">
      <PageHeading title={title} />
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <Field id={ids.name} label="Name of the role" hint="For example: Teaching assistant, or HLTA." autoComplete="off" errors={errors.errors.name} value={name} onValueChange={errors.edit('name', setName)} />
        <Field id={ids.rate} label="Hourly rate (£)" hint="Pounds and pence an hour, for example 14.50. Leave empty if not set yet." inputMode="decimal" autoComplete="off" inputClassName="field__input--number" errors={errors.errors.rate} value={rate} onValueChange={errors.edit('rate', setRate)} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Saving…' : 'Save the role'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
