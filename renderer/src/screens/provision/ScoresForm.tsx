import { useState } from 'react';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { focusById } from '../../forms/useFormErrors';
import { today } from '../pupil/decision';
import type { GroupMember } from './api';
import { readScore } from './scoreText';
import { type GroupContext, useGroup } from './useGroup';
import { measureLabel, signed } from './words';

interface ScoresFormProps {
  groupId: string;
  onDone(notice: string): void;
  onCancel(): void;
}

interface Row {
  member: GroupMember;
  exit: string;
  outcomeId: string;
}

/**
 * After an assessment round: every pupil's exit score and review outcome on
 * one page, saved together. Only what changed is sent; each save is a new
 * version of that pupil's place in the group.
 */
export function ScoresForm({ groupId, onDone, onCancel }: ScoresFormProps) {
  const [loaded] = useGroup(groupId);
  if (loaded.state !== 'ready') {
    return (
      <main className="page page--medium">
        <PageHeading title="Record scores and outcomes">{loaded.state === 'loading' ? 'Opening the group…' : 'Record scores and outcomes'}</PageHeading>
        <ErrorSummary errors={loaded.state === 'failed' ? [{ message: loaded.error.message }] : []} />
      </main>
    );
  }
  return <Loaded context={loaded.value} onDone={onDone} onCancel={onCancel} />;
}

function Loaded({ context, onDone, onCancel }: { context: GroupContext } & Omit<ScoresFormProps, 'groupId'>) {
  const { group, memberships } = context.detail;
  const outcomes = context.outcomes.filter((o) => !o.archived || memberships.some((m) => m.reviewOutcomeId === o.id));
  const [rows, setRows] = useState<Row[]>(() =>
    memberships.map((member) => ({ member, exit: member.exit ? String(member.exit.score) : '', outcomeId: member.reviewOutcomeId ?? '' })),
  );
  const [assessed, setAssessed] = useState(today);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const edit = (id: string, patch: Partial<Row>) => setRows((r) => r.map((row) => (row.member.id === id ? { ...row, ...patch } : row)));

  async function save() {
    const problems: FormError[] = [];
    const changes = rows.flatMap((row, i) => {
      const read = readScore(row.exit, group.measure.kind, `${row.member.pupilName}’s exit score`);
      if ('error' in read) {
        problems.push({ message: read.error, fieldId: `exit-${i}` });
        return [];
      }
      const before = row.member.exit?.score ?? null;
      const scoreChanged = read.score !== before;
      const outcomeChanged = row.outcomeId !== (row.member.reviewOutcomeId ?? '');
      return scoreChanged || outcomeChanged ? [{ row, score: read.score, scoreChanged, outcomeChanged }] : [];
    });
    if (assessed === '' && changes.some((c) => c.scoreChanged && c.score !== null)) problems.push({ message: 'Enter the date of the exit assessment.', fieldId: 'exit-assessed' });
    setErrors(problems);
    if (problems.length > 0 || busy) return focusById(problems[0]?.fieldId);
    if (changes.length === 0) return onDone('Nothing had changed, so nothing was saved.');
    setBusy(true);
    for (const change of changes) {
      const { member } = change.row;
      let version = member.version;
      if (change.scoreChanged) {
        const result = await window.senco.provision.recordExitScore({ membershipId: member.id, version, score: change.score === null ? null : { score: change.score, date: assessed } });
        if (!result.ok) return failed(`${member.pupilName}: ${result.error.message}`);
        version = result.value.version;
      }
      if (change.outcomeChanged) {
        const result = await window.senco.provision.recordReviewOutcome({ membershipId: member.id, version, reviewOutcomeId: change.row.outcomeId || null });
        if (!result.ok) return failed(`${member.pupilName}: ${result.error.message}`);
      }
    }
    onDone(changes.length === 1 ? `The scores and outcome of ${changes[0]!.row.member.pupilName} were saved.` : `Scores and outcomes for ${changes.length} pupils were saved.`);
  }

  function failed(message: string) {
    setBusy(false);
    // What was saved before the refusal stays saved: each pupil's place is its own record.
    setErrors([{ message: `${message} Pupils listed before this one were saved; open the group again to see them.` }]);
  }

  return (
    <main className="page page--wide">
      <p className="back-link">
        <NavLink to="group" onNavigate={onCancel}>
          Back to {group.name}
        </NavLink>
      </p>
      <PageHeading title={`Record scores and outcomes: ${group.name}`} />
      <ErrorSummary errors={errors} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <p className="form-intro">Measure: {measureLabel(group.measure)}. Leave a score empty if the pupil was not assessed.</p>
        <Field id="exit-assessed" label="Date of the exit assessment" type="date" inputClassName="field__input--date" value={assessed} onValueChange={setAssessed} />
        <table className="table form-table">
          <caption className="visually-hidden">Exit scores and review outcomes for each pupil</caption>
          <thead>
            <tr>
              <th scope="col">Pupil</th>
              <th scope="col">Entry score</th>
              <th scope="col">Exit score</th>
              <th scope="col">Change</th>
              <th scope="col">Review outcome</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const exit = Number(row.exit);
              const change = row.member.entry && row.exit.trim() !== '' && Number.isFinite(exit) ? exit - row.member.entry.score : null;
              return (
                <tr key={row.member.id}>
                  <th scope="row">{row.member.pupilName}</th>
                  <td>{row.member.entry ? row.member.entry.score : '—'}</td>
                  <td>
                    <input id={`exit-${i}`} className="field__input field__input--number" inputMode="decimal" aria-label={`${row.member.pupilName}’s exit score`} value={row.exit} onChange={(e) => edit(row.member.id, { exit: e.target.value })} />
                  </td>
                  <td>{signed(change)}</td>
                  <td>
                    <select id={`outcome-${i}`} className="field__select" aria-label={`${row.member.pupilName}’s review outcome`} value={row.outcomeId} onChange={(e) => edit(row.member.id, { outcomeId: e.target.value })}>
                      <option value="">Not reviewed yet</option>
                      {outcomes.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.label} ({signed(o.score)})
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Saving…' : 'Save scores and outcomes'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
