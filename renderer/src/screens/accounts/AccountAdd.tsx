import { type FormEvent, useCallback, useState } from 'react';
import { type Role, roleLabels, roles } from '../../../../shared/domain/roles';
import type { DraftData } from '../../api';
import { DraftOffer } from '../../components/DraftOffer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PassphraseFields, passphraseFieldIds } from '../../components/PassphraseFields';
import { SelectField } from '../../components/SelectField';
import { useScreen } from '../../components/useScreen';
import { passphrasePairErrors, passphraseServerFields } from '../../forms/passphraseRules';
import { useDraft } from '../../forms/useDraft';
import { type FieldErrors, focusById, useFormErrors } from '../../forms/useFormErrors';
import { useNewPassphrase } from '../../forms/useNewPassphrase';
import { RoleHelp } from './RoleHelp';
import { roleOptions } from './roleHelp';

const ids = { name: 'account-name', role: 'account-role', ...passphraseFieldIds('account-passphrase') };
type FieldName = keyof typeof ids;

const isRole = (value: unknown): value is Role => roles.includes(value as Role);
/** Only what is safe to keep in a draft: never the passphrase. */
const isEmpty = (d: { name: string; role: string }) => d.name.trim() === '' && d.role === '';

interface AccountAddProps {
  schoolName: string;
  onDone(notice: string): void;
  onCancel(): void;
}

export function AccountAdd({ schoolName, onDone, onCancel }: AccountAddProps) {
  const nameRef = useScreen<HTMLInputElement>('Add an account');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const form = useFormErrors(ids);
  const { pair, assessment, fieldProps } = useNewPassphrase(form, [schoolName, name]);
  const [busy, setBusy] = useState(false);

  const restore = useCallback((data: DraftData) => {
    if (typeof data.name === 'string') setName(data.name);
    if (isRole(data.role)) setRole(data.role);
  }, []);
  const draft = useDraft('accounts.add', { name, role }, isEmpty, restore);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<FieldName> = passphrasePairErrors(pair, assessment);
    if (name.trim() === '') found.name = ['Enter the person’s name.'];
    if (role === '') found.role = ['Choose a role.'];
    if (busy || form.show(found) || role === '') return;
    setBusy(true);
    const result = await window.senco.accounts.add({ name, role, ...pair });
    if (result.ok) {
      draft.clear();
      const added = result.value;
      return onDone(`Account added for ${added.name} (${roleLabels[added.role]}). Tell them their passphrase in person.`);
    }
    setBusy(false);
    form.showServer(result.error, { ...passphraseServerFields, NAME_TAKEN: 'name' }, ids.name);
  }

  return (
    <main className="page page--narrow">
      <h1>Add an account</h1>
      <DraftOffer draft={draft} doing="You were adding an account" afterChoice={() => focusById(ids.name)} />
      <ErrorSummary errors={form.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)} onBlur={draft.flush}>
        <Field
          id={ids.name}
          label="Name"
          hint="As colleagues know them. They type it to sign in."
          autoComplete="off"
          inputRef={nameRef}
          value={name}
          onValueChange={form.edit('name', setName)}
          errors={form.errors.name}
        />
        <SelectField
          id={ids.role}
          label="Role"
          placeholder="Choose a role"
          options={roleOptions}
          value={role}
          onValueChange={form.edit('role', setRole)}
          errors={form.errors.role}
        />
        <RoleHelp />
        <PassphraseFields
          idPrefix={ids.passphrase}
          hint="A first passphrase for them. Tell them in person; they can change it in Settings once signed in."
          {...fieldProps}
        />
        <FormActions
          busy={busy}
          label="Add the account"
          busyLabel="Adding the account…"
          busyAnnouncement="Adding the account. This takes a few seconds."
          onCancel={() => {
            draft.clear();
            onCancel();
          }}
        />
      </form>
    </main>
  );
}
