import { type FormEvent, type ReactElement, useState } from 'react';
import { evaluationDecisionLabels } from '../../../../shared/domain/provision';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useFormErrors } from '../../forms/useFormErrors';
import { today } from '../pupil/decision';
import { longDate } from '../register/labels';
import { EvaluationForm } from './EvaluationForm';
import { type GroupContext, useGroup } from './useGroup';

interface TaskProps {
  groupId: string;
  onDone(notice: string): void;
  onCancel(): void;
}

/** Opens the group, then shows the task's form with it. */
function WithGroup({ groupId, title, children }: { groupId: string; title: string; children(context: GroupContext): ReactElement }) {
  const [loaded] = useGroup(groupId);
  if (loaded.state === 'ready') return children(loaded.value);
  return (
    <main className="page page--medium">
      <PageHeading title={title}>{loaded.state === 'loading' ? 'Opening the group…' : title}</PageHeading>
      <ErrorSummary errors={loaded.state === 'failed' ? [{ message: loaded.error.message }] : []} />
    </main>
  );
}

function Buttons({ busy, label, busyLabel, tone, onCancel }: { busy: boolean; label: string; busyLabel: string; tone?: 'warning'; onCancel(): void }) {
  return (
    <div className="button-row">
      <button type="submit" className={tone ? `button button--${tone}` : 'button'} disabled={busy}>
        {busy ? busyLabel : label}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/** Asks before a pupil leaves the group, and from which day. Their place stays on record as ended. */
export function EndMembership({ membershipId, ...props }: TaskProps & { membershipId: string }) {
  return (
    <WithGroup groupId={props.groupId} title="End a pupil’s place">
      {(context) => <EndMembershipForm context={context} membershipId={membershipId} {...props} />}
    </WithGroup>
  );
}

function EndMembershipForm({ context, membershipId, onDone, onCancel }: TaskProps & { context: GroupContext; membershipId: string }) {
  const member = context.detail.memberships.find((m) => m.id === membershipId);
  const [endDate, setEndDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors({ endDate: 'membership-end' });
  if (!member) return <main className="page page--medium"><PageHeading title="End a pupil’s place">That pupil is no longer in this group.</PageHeading></main>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = endDate === '' ? 'Enter the date the pupil left the group.' : endDate < member!.startDate ? `The pupil must leave on or after ${longDate(member!.startDate)}, the day they joined.` : null;
    if (busy || errors.show(problem ? { endDate: [problem] } : {})) return;
    setBusy(true);
    const result = await window.senco.provision.endMembership({ membershipId, version: member!.version, endDate });
    if (result.ok) return onDone(`${member!.pupilName} left ${context.detail.group.name} on ${longDate(endDate)}.`);
    setBusy(false);
    errors.showServer(result.error, {}, 'membership-end');
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`End ${member.pupilName}’s place in ${context.detail.group.name}`}>
        End {member.pupilName}’s place in {context.detail.group.name}?
      </PageHeading>
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <p className="form-intro">They joined on {longDate(member.startDate)}. Their scores and review stay on record.</p>
        <Field id="membership-end" label="Date they left the group" type="date" inputClassName="field__input--date" errors={errors.errors.endDate} value={endDate} onValueChange={errors.edit('endDate', setEndDate)} />
        <Buttons busy={busy} label="End their place" busyLabel="Ending…" tone="warning" onCancel={onCancel} />
      </form>
    </main>
  );
}

/** Asks before the whole group ends: the pupils still in it leave on the same day. */
export function EndGroup(props: TaskProps) {
  return <WithGroup groupId={props.groupId} title="End the group">{(context) => <EndGroupForm context={context} {...props} />}</WithGroup>;
}

function EndGroupForm({ context, onDone, onCancel }: TaskProps & { context: GroupContext }) {
  const { group, memberships } = context.detail;
  const [endDate, setEndDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors({ endDate: 'group-end' });
  const still = memberships.filter((m) => m.endDate === null).length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = endDate === '' ? 'Enter the date the group ended.' : endDate < group.startDate ? `The group must end on or after ${longDate(group.startDate)}, the day it started.` : null;
    if (busy || errors.show(problem ? { endDate: [problem] } : {})) return;
    setBusy(true);
    const result = await window.senco.provision.endGroup({ groupId: group.id, version: group.version, endDate });
    if (result.ok) return onDone(`${group.name} ended on ${longDate(endDate)}.`);
    setBusy(false);
    errors.showServer(result.error, {}, 'group-end');
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`End ${group.name}`}>End {group.name}?</PageHeading>
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <p className="form-intro">
          {still === 0 ? 'No pupils are in it now.' : still === 1 ? 'The 1 pupil still in it leaves on the same day.' : `The ${still} pupils still in it leave on the same day.`} The group and its
          records stay, marked as ended.
        </p>
        <Field id="group-end" label="Date the group ended" type="date" inputClassName="field__input--date" errors={errors.errors.endDate} value={endDate} onValueChange={errors.edit('endDate', setEndDate)} />
        <Buttons busy={busy} label="End the group" busyLabel="Ending…" tone="warning" onCancel={onCancel} />
      </form>
    </main>
  );
}

/** The intervention's evaluation for the whole group. */
export function EvaluateGroup(props: TaskProps) {
  return (
    <WithGroup groupId={props.groupId} title="Evaluate the group">
      {({ detail: { group } }) => (
        <EvaluationForm
          heading={`Evaluate ${group.name}`}
          current={group.evaluation}
          save={(evaluation) => window.senco.provision.evaluateGroup({ groupId: group.id, version: group.version, evaluation })}
          notice={(decision) => `The evaluation of ${group.name} was saved: ${evaluationDecisionLabels[decision].toLowerCase()}.`}
          onDone={props.onDone}
          onCancel={props.onCancel}
        />
      )}
    </WithGroup>
  );
}

/** The intervention's evaluation for one pupil in the group. */
export function EvaluateMembership({ membershipId, ...props }: TaskProps & { membershipId: string }) {
  return (
    <WithGroup groupId={props.groupId} title="Evaluate for a pupil">
      {({ detail: { group, memberships } }) => {
        const member = memberships.find((m) => m.id === membershipId);
        if (!member) return <main className="page page--medium"><PageHeading title="Evaluate for a pupil">That pupil is no longer in this group.</PageHeading></main>;
        return (
          <EvaluationForm
            heading={`Evaluate ${group.name} for ${member.pupilName}`}
            current={member.evaluation}
            save={(evaluation) => window.senco.provision.evaluateMembership({ membershipId, version: member.version, evaluation })}
            notice={(decision) => `The evaluation of ${group.name} for ${member.pupilName} was saved: ${evaluationDecisionLabels[decision].toLowerCase()}.`}
            onDone={props.onDone}
            onCancel={props.onCancel}
          />
        );
      }}
    </WithGroup>
  );
}

/** Corrects the days a pupil joined and left the group: every earlier version stays on record. */
export function ChangeMembershipDates({ membershipId, ...props }: TaskProps & { membershipId: string }) {
  return (
    <WithGroup groupId={props.groupId} title="Change a pupil’s dates">
      {(context) => <DatesForm context={context} membershipId={membershipId} {...props} />}
    </WithGroup>
  );
}

function DatesForm({ context, membershipId, onDone, onCancel }: TaskProps & { context: GroupContext; membershipId: string }) {
  const member = context.detail.memberships.find((m) => m.id === membershipId);
  const [startDate, setStartDate] = useState(member?.startDate ?? '');
  const [endDate, setEndDate] = useState(member?.endDate ?? '');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors({ startDate: 'membership-start', endDate: 'membership-end' });
  if (!member) return <main className="page page--medium"><PageHeading title="Change a pupil’s dates">That pupil is no longer in this group.</PageHeading></main>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      ...(startDate === '' ? { startDate: ['Enter the date the pupil joined the group.'] } : {}),
      ...(endDate !== '' && startDate !== '' && endDate < startDate ? { endDate: ['The pupil must leave on or after the date they joined.'] } : {}),
    };
    if (busy || errors.show(found)) return;
    setBusy(true);
    const result = await window.senco.provision.changeMembershipDates({ membershipId, version: member!.version, startDate, endDate: endDate === '' ? null : endDate });
    if (result.ok) return onDone(`${member!.pupilName}’s dates in ${context.detail.group.name} were changed.`);
    setBusy(false);
    errors.showServer(result.error, {}, 'membership-start');
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`Change ${member.pupilName}’s dates in ${context.detail.group.name}`} />
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <p className="form-intro">For a date recorded wrongly. The earlier dates stay in the pupil’s history in this group.</p>
        <Field id="membership-start" label="Date they joined the group" type="date" inputClassName="field__input--date" errors={errors.errors.startDate} value={startDate} onValueChange={errors.edit('startDate', setStartDate)} />
        <Field id="membership-end" label="Date they left the group" hint="Leave empty while they are still in it." type="date" inputClassName="field__input--date" errors={errors.errors.endDate} value={endDate} onValueChange={errors.edit('endDate', setEndDate)} />
        <Buttons busy={busy} label="Save the dates" busyLabel="Saving…" onCancel={onCancel} />
      </form>
    </main>
  );
}
