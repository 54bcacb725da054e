import { type FormEvent, useState } from 'react';
import { type MeasureKind, type Wave } from '../../../../shared/domain/provision';
import type { BroadArea } from '../../../../shared/domain/sen';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useLoad } from '../../components/useLoad';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
import type { ProvisionEntryValue } from './api';
import { MeasureFields } from './MeasureFields';
import { fieldToPence, penceToField } from './money';
import { MoneyField } from './MoneyField';
import { areaOptions, waveOptions } from './words';

interface EntryFormProps {
  /** Null adds a new entry. */
  entry: ProvisionEntryValue | null;
  /** The SENCO: materials and licence costs show and can be changed. */
  showMoney: boolean;
  onSaved(notice: string): void;
  onCancel(): void;
}

const ids = {
  name: 'entry-name',
  description: 'entry-description',
  evidence: 'entry-evidence',
  area: 'entry-area',
  wave: 'entry-wave',
  defaultRoleId: 'entry-role',
  groupSize: 'entry-group-size',
  sessionsPerWeek: 'entry-sessions',
  minutesPerSession: 'entry-minutes',
  weeks: 'entry-weeks',
  materials: 'entry-materials',
  licence: 'entry-licence',
  intendedOutcome: 'entry-outcome',
  measureKind: 'entry-measure',
  customName: 'entry-measure-name',
};
type FieldName = keyof typeof ids;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));
const limits = { groupSize: ['the group size', 1, 60], sessionsPerWeek: ['the sessions a week', 1, 35], minutesPerSession: ['the minutes a session', 1, 480], weeks: ['the weeks it lasts', 1, 52] } as const;

/** Every field of a library entry. A deputy's form has no cost fields: main keeps the SENCO's figures. */
export function EntryForm({ entry, showMoney, onSaved, onCancel }: EntryFormProps) {
  const [roles] = useLoad(() => window.senco.costing.listRoles({}), 'SENCO Desk could not read the staff roles.');
  const [f, setF] = useState({
    name: entry?.name ?? '',
    description: entry?.description ?? '',
    evidence: entry?.evidence ?? '',
    area: (entry?.area ?? '') as BroadArea | '',
    wave: (entry ? String(entry.wave) : '') as '1' | '2' | '3' | '',
    defaultRoleId: entry?.defaultRoleId ?? '',
    groupSize: text(entry?.groupSize),
    sessionsPerWeek: text(entry?.sessionsPerWeek),
    minutesPerSession: text(entry?.minutesPerSession),
    weeks: text(entry?.weeks),
    materials: penceToField(entry?.materialsPence ?? null),
    licence: penceToField(entry?.licencePence ?? null),
    intendedOutcome: entry?.intendedOutcome ?? '',
    measureKind: (entry?.measure.kind ?? '') as MeasureKind | '',
    customName: entry?.measure.customName ?? '',
  });
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  const set = <K extends FieldName>(key: K) => errors.edit(key, (value: (typeof f)[K]) => setF((old) => ({ ...old, [key]: value })));
  const roleOptions = roles.state === 'ready' ? roles.value.filter((r) => !r.archived || r.id === f.defaultRoleId).map((r) => ({ value: r.id, label: r.name })) : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<FieldName> = {};
    if (f.name.trim() === '') found.name = ['Enter the name of the provision.'];
    if (f.area === '') found.area = ['Choose the broad area of need.'];
    if (f.wave === '') found.wave = ['Choose wave 1, 2 or 3.'];
    const numbers = {} as Record<keyof typeof limits, number>;
    for (const [key, [what, min, max]] of Object.entries(limits) as [keyof typeof limits, (typeof limits)[keyof typeof limits]][]) {
      const n = Number(f[key].trim());
      if (f[key].trim() === '' || !Number.isInteger(n) || n < min || n > max) found[key] = [`Give ${what} as a whole number from ${min} to ${max}.`];
      numbers[key] = n;
    }
    const materials = showMoney ? fieldToPence(f.materials, 'the materials cost') : { pence: null };
    const licence = showMoney ? fieldToPence(f.licence, 'the licence cost') : { pence: null };
    if ('error' in materials) found.materials = [materials.error];
    if ('error' in licence) found.licence = [licence.error];
    if (f.intendedOutcome.trim() === '') found.intendedOutcome = ['Say what the provision is meant to achieve.'];
    if (f.measureKind === '') found.measureKind = ['Choose how entry and exit are measured.'];
    if (f.measureKind === 'custom' && f.customName.trim() === '') found.customName = ['Name the measure of your own, for example "Boxall profile".'];
    if (errors.show(found) || busy || f.area === '' || f.wave === '' || f.measureKind === '') return;
    const fields = {
      name: f.name.trim(),
      description: f.description.trim(),
      evidence: f.evidence.trim(),
      area: f.area,
      wave: Number(f.wave) as Wave,
      defaultRoleId: f.defaultRoleId || null,
      ...numbers,
      materialsPence: 'pence' in materials ? materials.pence : null,
      licencePence: 'pence' in licence ? licence.pence : null,
      intendedOutcome: f.intendedOutcome.trim(),
      measure: f.measureKind === 'custom' ? { kind: f.measureKind, customName: f.customName.trim() } : { kind: f.measureKind },
    };
    setBusy(true);
    const result = entry
      ? await window.senco.provision.changeEntry({ provisionId: entry.id, version: entry.version, entry: fields })
      : await window.senco.provision.addEntry({ entry: fields });
    if (result.ok) return onSaved(entry ? `${fields.name} was saved.` : `${fields.name} was added to the library.`);
    setBusy(false);
    errors.showServer(result.error, {}, ids.name);
  }

  const title = entry ? `Change ${entry.name}` : 'Add a provision to the library';
  return (
    <main className="page page--medium">
      <p className="back-link">
        <NavLink to="library" onNavigate={onCancel}>
          Back to the library
        </NavLink>
      </p>
      <PageHeading title={title} />
      <ErrorSummary errors={[...errors.summary, ...(roles.state === 'failed' ? [{ message: roles.error.message }] : [])]} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <Field id={ids.name} label="Name" hint="For example: Toe by Toe, or Lego therapy." autoComplete="off" errors={errors.errors.name} value={f.name} onValueChange={set('name')} />
        <TextAreaField id={ids.description} label="Description (optional)" rows={3} value={f.description} onValueChange={set('description')} />
        <TextAreaField id={ids.evidence} label="Evidence base (optional)" hint="For example: EEF toolkit, small-group tuition, +4 months." rows={2} value={f.evidence} onValueChange={set('evidence')} />
        <SelectField<BroadArea> id={ids.area} label="Broad area of need" placeholder="Choose an area" options={areaOptions} errors={errors.errors.area} value={f.area} onValueChange={set('area')} />
        <SelectField<'1' | '2' | '3'> id={ids.wave} label="Wave" placeholder="Choose a wave" options={waveOptions} errors={errors.errors.wave} value={f.wave} onValueChange={set('wave')} />
        <SelectField id={ids.defaultRoleId} label="Usually run by (optional)" placeholder="No usual role" options={roleOptions} value={f.defaultRoleId} onValueChange={set('defaultRoleId')} />
        <div className="field-row">
          <Field id={ids.groupSize} label="Group size" inputMode="numeric" inputClassName="field__input--number" errors={errors.errors.groupSize} value={f.groupSize} onValueChange={set('groupSize')} />
          <Field id={ids.sessionsPerWeek} label="Sessions a week" inputMode="numeric" inputClassName="field__input--number" errors={errors.errors.sessionsPerWeek} value={f.sessionsPerWeek} onValueChange={set('sessionsPerWeek')} />
          <Field id={ids.minutesPerSession} label="Minutes a session" inputMode="numeric" inputClassName="field__input--number" errors={errors.errors.minutesPerSession} value={f.minutesPerSession} onValueChange={set('minutesPerSession')} />
          <Field id={ids.weeks} label="Weeks it lasts" inputMode="numeric" inputClassName="field__input--number" errors={errors.errors.weeks} value={f.weeks} onValueChange={set('weeks')} />
        </div>
        {showMoney ? (
          <div className="field-row">
            <MoneyField id={ids.materials} label="Materials" hint="For one run. Leave empty for none." errors={errors.errors.materials} value={f.materials} onValueChange={set('materials')} />
            <MoneyField id={ids.licence} label="Licences" hint="For one run. Leave empty for none." errors={errors.errors.licence} value={f.licence} onValueChange={set('licence')} />
          </div>
        ) : null}
        <TextAreaField id={ids.intendedOutcome} label="Intended outcome" rows={2} errors={errors.errors.intendedOutcome} value={f.intendedOutcome} onValueChange={set('intendedOutcome')} />
        <MeasureFields ids={{ kind: ids.measureKind, customName: ids.customName }} kind={f.measureKind} customName={f.customName} errors={{ kind: errors.errors.measureKind, customName: errors.errors.customName }} onKind={set('measureKind')} onCustomName={set('customName')} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Saving…' : entry ? 'Save the changes' : 'Add to the library'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
