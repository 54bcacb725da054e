import { type FormEvent, useState } from 'react';
import { type Role, roleLabels } from '../../../../shared/domain/roles';
import type { StaffAccount } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { useScreen } from '../../components/useScreen';
import { useFormErrors } from '../../forms/useFormErrors';
import { RoleHelp } from './RoleHelp';
import { roleOptions } from './roleHelp';

const ids = { role: 'change-role' } as const;

interface AccountRoleProps {
  account: StaffAccount;
  onDone(notice: string): void;
  onCancel(): void;
}

export function AccountRole({ account, onDone, onCancel }: AccountRoleProps) {
  const select = useScreen<HTMLSelectElement>(`Change ${account.name}’s role`);
  const [role, setRole] = useState<Role | ''>(account.role);
  const form = useFormErrors(ids);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || role === '') return;
    if (role === account.role) return onCancel();
    setBusy(true);
    const result = await window.senco.accounts.setRole({ accountId: account.id, role });
    if (result.ok) return onDone(`${result.value.name} is now ${roleLabels[result.value.role]}.`);
    setBusy(false);
    // "The last SENCO cannot be…": about the role chosen, so shown by the role.
    form.showServer(result.error, { NOT_ALLOWED: 'role', FORBIDDEN_ROLE: 'role' }, ids.role);
  }

  return (
    <main className="page page--narrow">
      <h1>Change {account.name}’s role</h1>
      <p className="lead">
        Current role: {roleLabels[account.role]}. The role decides what {account.isYou ? 'you' : 'they'} can see and do.
      </p>
      <ErrorSummary errors={form.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <SelectField
          id={ids.role}
          label="Role"
          options={roleOptions}
          value={role}
          selectRef={select}
          onValueChange={form.edit('role', setRole)}
          errors={form.errors.role}
        />
        <RoleHelp />
        <FormActions busy={busy} label="Save the role" busyLabel="Saving…" busyAnnouncement="Saving the role." onCancel={onCancel} />
      </form>
    </main>
  );
}
