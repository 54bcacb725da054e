import { ncYearGroupLabels } from '../../../../shared/domain/sen';
import { evaluationDecisionLabels } from '../../../../shared/domain/provision';
import { NavLink } from '../../components/NavLink';
import { longDate } from '../register/labels';
import type { GroupMember, ReviewOutcomeValue } from './api';
import { signed } from './words';

interface GroupMembersTableProps {
  members: GroupMember[];
  outcomes: ReviewOutcomeValue[];
  onOpenPupil(pupilId: string): void;
  /** Left out for roles that may not change the group. */
  onTask?: ((task: MemberTask, member: GroupMember) => void) | undefined;
}

export type MemberTask = 'evaluate' | 'dates' | 'end';

const score = (s: { score: number; date: string } | null) => (s ? String(s.score) : '—');

/** The pupils in a group, past and present, each with their own dates, scores and review. */
export function GroupMembersTable({ members, outcomes, onOpenPupil, onTask }: GroupMembersTableProps) {
  if (members.length === 0) return <p>No pupils are in this group yet.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Pupils in the group</caption>
      <thead>
        <tr>
          <th scope="col">Pupil</th>
          <th scope="col">Dates</th>
          <th scope="col">Entry score</th>
          <th scope="col">Exit score</th>
          <th scope="col">Change</th>
          <th scope="col">Review outcome</th>
          <th scope="col">Pupil evaluation</th>
          {onTask ? <th scope="col"><span className="visually-hidden">Actions</span></th> : null}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => {
          const change = m.entry && m.exit ? m.exit.score - m.entry.score : null;
          const outcome = outcomes.find((o) => o.id === m.reviewOutcomeId);
          return (
            <tr key={m.id}>
              <th scope="row">
                <NavLink to={`pupil-${m.pupilId}`} onNavigate={() => onOpenPupil(m.pupilId)}>
                  {m.pupilName}
                </NavLink>
                {m.year ? <div className="cell-note">{ncYearGroupLabels[m.year]}</div> : null}
              </th>
              <td>
                {longDate(m.startDate)}
                {m.endDate ? ` to ${longDate(m.endDate)}` : ' onwards'}
              </td>
              <td>{score(m.entry)}</td>
              <td>{score(m.exit)}</td>
              <td>{signed(change)}</td>
              <td>{outcome ? `${outcome.label} (${signed(outcome.score)})` : '—'}</td>
              <td>{m.evaluation ? `${evaluationDecisionLabels[m.evaluation.decision]}: ${m.evaluation.reason}` : '—'}</td>
              {onTask ? (
                <td>
                  <div className="button-stack">
                    <button type="button" className="button button--secondary button--small" onClick={() => onTask('evaluate', m)}>
                      Evaluate for {m.pupilName}
                    </button>
                    <button type="button" className="button button--secondary button--small" onClick={() => onTask('dates', m)}>
                      Change {m.pupilName}’s dates
                    </button>
                    {m.endDate === null ? (
                      <button type="button" className="button button--secondary button--small" onClick={() => onTask('end', m)}>
                        End {m.pupilName}’s place
                      </button>
                    ) : null}
                  </div>
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
