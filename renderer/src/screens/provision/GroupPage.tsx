import { broadAreaLabels } from '../../../../shared/domain/sen';
import { evaluationDecisionLabels, waveLabels, weekdayLabels } from '../../../../shared/domain/provision';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { SuccessNotice } from '../../components/SuccessNotice';
import { SummaryList } from '../../components/SummaryList';
import { useAction } from '../../components/useAction';
import { longDate } from '../register/labels';
import type { GroupValue } from './api';
import { GroupMembersTable, type MemberTask } from './GroupMembersTable';
import { formatPence } from './money';
import { type GroupContext, roleName, useGroup } from './useGroup';
import type { ProvisionView } from './views';
import { dateSpan, measureLabel } from './words';

export interface GroupPageProps {
  groupId: string;
  notice?: string | undefined;
  /** May change the group: the deputy and the SENCO. */
  writer: boolean;
  /** May print its impact sheet through the disclosure gate. */
  discloser: boolean;
  onOpen(view: ProvisionView): void;
  onOpenPupil(pupilId: string): void;
  onBack(): void;
}

/** One group: what it is, when it runs, who runs it, and every pupil who has been in it. */
export function GroupPage(props: GroupPageProps) {
  const [loaded] = useGroup(props.groupId);
  return (
    <main className="page page--wide">
      <p className="back-link">
        <NavLink to="groups" onNavigate={props.onBack}>
          Back to the groups
        </NavLink>
      </p>
      {loaded.state === 'loading' ? <PageHeading title="Group">Opening the group…</PageHeading> : null}
      {loaded.state === 'failed' ? (
        <>
          <PageHeading title="Group" />
          <ErrorSummary errors={[{ message: loaded.error.message }]} />
        </>
      ) : null}
      {loaded.state === 'ready' ? <Loaded {...props} context={loaded.value} /> : null}
    </main>
  );
}

function groupRows({ detail: { group }, roles }: GroupContext): [string, string][] {
  const rows: [string, string][] = [
    ['Area of need', broadAreaLabels[group.area]],
    ['Wave', waveLabels[group.wave]],
    ['Staff', group.staff.map((s) => `${s.name} (${roleName(roles, s.roleId)})`).join('\n') || 'None named'],
    ['When', when(group)],
    ['Room', group.room || 'Not set'],
    ['Dates', dateSpan(group.startDate, group.endDate)],
    ['Intended outcome', group.intendedOutcome],
    ['Measure', measureLabel(group.measure)],
  ];
  if (group.materialsPence !== null) rows.push(['Materials', formatPence(group.materialsPence)]);
  if (group.licencePence !== null) rows.push(['Licences', formatPence(group.licencePence)]);
  rows.push([
    'Group evaluation',
    group.evaluation ? `${evaluationDecisionLabels[group.evaluation.decision]} (${longDate(group.evaluation.date)}): ${group.evaluation.reason}` : 'Not evaluated yet',
  ]);
  return rows;
}

/** The timetable's real days and times, or how often when it has none. */
export function when(group: Pick<GroupValue, 'timetable' | 'sessionsPerWeek' | 'minutesPerSession'>): string {
  if (group.timetable.length === 0) return `${group.sessionsPerWeek} × ${group.minutesPerSession} minutes a week`;
  return group.timetable.map((slot) => `${weekdayLabels[slot.day]} ${slot.start}–${slot.end}`).join('\n');
}

function Loaded({ context, notice, writer, onOpen, onOpenPupil }: GroupPageProps & { context: GroupContext }) {
  const { group, memberships } = context.detail;
  const groupId = group.id;
  const save = useAction(
    () => window.senco.provision.saveGroupToLibrary({ groupId }),
    () => onOpen({ name: 'group', groupId, notice: `${group.name} was saved to the library.` }),
  );
  const running = group.endDate === null || group.endDate >= new Date().toISOString().slice(0, 10);
  return (
    <>
      <PageHeading title={group.name} />
      <SuccessNotice notice={notice} />
      <ErrorSummary errors={save.error ? [{ message: save.error }] : []} />
      <div className="button-row group-actions">
        {writer ? (
          <>
            <button type="button" className="button" onClick={() => onOpen({ name: 'add-pupils', groupId })}>
              Add pupils
            </button>
            <button type="button" className="button button--secondary" disabled={memberships.length === 0} onClick={() => onOpen({ name: 'scores', groupId })}>
              Record scores and outcomes
            </button>
            <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'evaluate-group', groupId })}>
              Evaluate the group
            </button>
            <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'change-group', groupId })}>
              Change details
            </button>
            <button type="button" className="button button--secondary" disabled={save.busy} onClick={save.start}>
              {save.busy ? 'Saving…' : 'Save to library'}
            </button>
          </>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'impact', groupId })}>
          Impact sheet
        </button>
        {writer && running ? (
          <button type="button" className="button button--warning" onClick={() => onOpen({ name: 'end-group', groupId })}>
            End the group
          </button>
        ) : null}
      </div>
      <section className="card" aria-labelledby="group-details-heading">
        <h2 id="group-details-heading">Details</h2>
        <SummaryList rows={groupRows(context)} />
      </section>
      <section className="card" aria-labelledby="group-pupils-heading">
        <h2 id="group-pupils-heading">Pupils</h2>
        <GroupMembersTable
          members={memberships}
          outcomes={context.outcomes}
          onOpenPupil={onOpenPupil}
          onTask={writer ? (task, m) => onOpen({ name: memberTaskViews[task], groupId, membershipId: m.id }) : undefined}
        />
      </section>
    </>
  );
}

const memberTaskViews = { evaluate: 'evaluate-membership', dates: 'membership-dates', end: 'end-membership' } as const satisfies Record<MemberTask, ProvisionView['name']>;
