import { type FormEvent, useState } from 'react';
import type { Result } from '../../../../shared/contract/result';
import { type Weekday, weekdayLabels, weekdays } from '../../../../shared/domain/provision';
import type { BroadArea } from '../../../../shared/domain/sen';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useLoad } from '../../components/useLoad';
import { useFormErrors } from '../../forms/useFormErrors';
import type { GroupValue, ProvisionEntryValue, StaffRoleValue } from './api';
import { formFromEntry, formFromGroup, type GroupForm, groupIds, readGroupForm } from './groupForm';
import { MeasureFields } from './MeasureFields';
import { MoneyField } from './MoneyField';
import { areaOptions, waveOptions } from './words';

interface GroupFormScreenProps {
  /** Changing a group; absent to set one up, from `entry` when started from the library. */
  groupId?: string | undefined;
  entry?: ProvisionEntryValue | null | undefined;
  /** The SENCO: materials and licence costs show and can be changed. */
  showMoney: boolean;
  onSaved(groupId: string, notice: string): void;
  onCancel(): void;
}

type Loaded = { group: GroupValue | null; roles: StaffRoleValue[] };

/** Sets up a group (on its own or from a library entry), or changes one: every figure the maps cost it by. */
export function GroupFormScreen(props: GroupFormScreenProps) {
  const [loaded] = useLoad<Loaded>(async (): Promise<Result<Loaded>> => {
    const roles = await window.senco.costing.listRoles({});
    if (!roles.ok) return roles;
    if (!props.groupId) return { ok: true, value: { group: null, roles: roles.value } };
    const detail = await window.senco.provision.getGroup({ groupId: props.groupId });
    return detail.ok ? { ok: true, value: { group: detail.value.group, roles: roles.value } } : detail;
  }, 'SENCO Desk could not open the group.');
  const title = props.groupId ? 'Change the group' : props.entry ? `Start a group: ${props.entry.name}` : 'Set up a group';
  if (loaded.state !== 'ready') {
    return (
      <main className="page page--medium">
        <PageHeading title={title}>{loaded.state === 'loading' ? 'Opening…' : title}</PageHeading>
        <ErrorSummary errors={loaded.state === 'failed' ? [{ message: loaded.error.message }] : []} />
      </main>
    );
  }
  return <Form {...props} title={title} group={loaded.value.group} roles={loaded.value.roles} />;
}

function Form({ title, group, roles, entry, showMoney, onSaved, onCancel }: GroupFormScreenProps & Loaded & { title: string }) {
  const [form, setForm] = useState<GroupForm>(() => (group ? formFromGroup(group) : formFromEntry(entry ?? null)));
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(groupIds);
  const set = <K extends keyof GroupForm>(key: K, field = key as keyof typeof groupIds) => errors.edit(field, (value: GroupForm[K]) => setForm((f) => ({ ...f, [key]: value })));
  const roleOptions = roles.filter((r) => !r.archived || form.staff.some((s) => s.roleId === r.id)).map((r) => ({ value: r.id, label: r.name }));
  const editStaff = (i: number, patch: Partial<GroupForm['staff'][number]>) => set('staff')(form.staff.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const editSlot = (i: number, patch: Partial<GroupForm['timetable'][number]>) => set('timetable')(form.timetable.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const read = readGroupForm(form, showMoney);
    if ('errors' in read) return void errors.show(read.errors);
    if (busy) return;
    setBusy(true);
    const result = group
      ? await window.senco.provision.changeGroup({ groupId: group.id, version: group.version, group: read.value })
      : await window.senco.provision.createGroup({ provisionId: entry?.id ?? null, group: read.value });
    if (result.ok) return onSaved(result.value.id, group ? `The details of ${read.value.name} were saved.` : `${read.value.name} was set up.`);
    setBusy(false);
    errors.showServer(result.error, {}, groupIds.name);
  }

  return (
    <main className="page page--medium">
      <p className="back-link">
        <NavLink to="back" onNavigate={onCancel}>
          Back
        </NavLink>
      </p>
      <PageHeading title={title} />
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <Field id={groupIds.name} label="Name of the group" hint="For example: Toe by Toe (Year 4)." autoComplete="off" errors={errors.errors.name} value={form.name} onValueChange={set('name')} />
        <SelectField<BroadArea> id={groupIds.area} label="Broad area of need" placeholder="Choose an area" options={areaOptions} errors={errors.errors.area} value={form.area} onValueChange={set('area')} />
        <SelectField<'1' | '2' | '3'> id={groupIds.wave} label="Wave" placeholder="Choose a wave" options={waveOptions} errors={errors.errors.wave} value={form.wave} onValueChange={set('wave')} />
        <TextAreaField id={groupIds.intendedOutcome} label="Intended outcome" rows={2} errors={errors.errors.intendedOutcome} value={form.intendedOutcome} onValueChange={set('intendedOutcome')} />
        <MeasureFields ids={{ kind: groupIds.measureKind, customName: groupIds.customName }} kind={form.measureKind} customName={form.customName} errors={{ kind: errors.errors.measureKind, customName: errors.errors.customName }} onKind={set('measureKind')} onCustomName={set('customName')} />
        <div className="field-row">
          <Field id={groupIds.sessionsPerWeek} label="Sessions a week" inputMode="numeric" inputClassName="field__input--number" errors={errors.errors.sessionsPerWeek} value={form.sessionsPerWeek} onValueChange={set('sessionsPerWeek')} />
          <Field id={groupIds.minutesPerSession} label="Minutes a session" inputMode="numeric" inputClassName="field__input--number" errors={errors.errors.minutesPerSession} value={form.minutesPerSession} onValueChange={set('minutesPerSession')} />
          <Field id={groupIds.weeks} label="Weeks of sessions" inputMode="numeric" inputClassName="field__input--number" errors={errors.errors.weeks} value={form.weeks} onValueChange={set('weeks')} />
        </div>
        {showMoney ? (
          <div className="field-row">
            <MoneyField id={groupIds.materials} label="Materials" hint="For the whole group, for one run." errors={errors.errors.materials} value={form.materials} onValueChange={set('materials')} />
            <MoneyField id={groupIds.licence} label="Licences" hint="For the whole group, for one run." errors={errors.errors.licence} value={form.licence} onValueChange={set('licence')} />
          </div>
        ) : null}
        <fieldset className="fieldset repeat">
          <legend className="field__label">Staff</legend>
          {errors.errors.staff?.map((m) => <p key={m} className="field__error">{m}</p>)}
          {form.staff.map((s, i) => (
            <div className="repeat__row" key={i}>
              <Field id={`group-staff-name-${i}`} label={`Name of member of staff ${i + 1}`} autoComplete="off" value={s.name} onValueChange={(name) => editStaff(i, { name })} />
              <SelectField id={`group-staff-role-${i}`} label={`Role of member of staff ${i + 1}`} placeholder="Choose a role" options={roleOptions} value={s.roleId} onValueChange={(roleId) => editStaff(i, { roleId })} />
              <button type="button" className="button button--secondary button--small" onClick={() => set('staff')(form.staff.filter((_, j) => j !== i))}>
                Remove member of staff {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="button button--secondary" onClick={() => set('staff')([...form.staff, { name: '', roleId: entry?.defaultRoleId ?? '' }])}>
            Add a member of staff
          </button>
        </fieldset>
        <fieldset className="fieldset repeat">
          <legend className="field__label">Timetable</legend>
          <p className="field__hint">The real days and times. Leave empty to cost by sessions a week × minutes a session.</p>
          {errors.errors.timetable?.map((m) => <p key={m} className="field__error">{m}</p>)}
          {form.timetable.map((s, i) => (
            <div className="repeat__row" key={i}>
              <SelectField<Weekday> id={`group-slot-day-${i}`} label={`Day of session ${i + 1}`} placeholder="Choose a day" options={weekdays.map((d) => ({ value: d, label: weekdayLabels[d] }))} value={s.day} onValueChange={(day) => editSlot(i, { day })} />
              <Field id={`group-slot-start-${i}`} label={`Session ${i + 1} starts`} type="time" value={s.start} onValueChange={(start) => editSlot(i, { start })} />
              <Field id={`group-slot-end-${i}`} label={`Session ${i + 1} ends`} type="time" value={s.end} onValueChange={(end) => editSlot(i, { end })} />
              <button type="button" className="button button--secondary button--small" onClick={() => set('timetable')(form.timetable.filter((_, j) => j !== i))}>
                Remove session {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="button button--secondary" onClick={() => set('timetable')([...form.timetable, { day: '', start: '', end: '' }])}>
            Add a session
          </button>
        </fieldset>
        <Field id={groupIds.room} label="Room (optional)" autoComplete="off" value={form.room} onValueChange={set('room')} />
        <div className="field-row">
          <Field id={groupIds.startDate} label="Starts on" type="date" inputClassName="field__input--date" errors={errors.errors.startDate} value={form.startDate} onValueChange={set('startDate')} />
          <Field id={groupIds.endDate} label="Ends on (optional)" type="date" inputClassName="field__input--date" errors={errors.errors.endDate} value={form.endDate} onValueChange={set('endDate')} />
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Saving…' : group ? 'Save the changes' : 'Set up the group'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
