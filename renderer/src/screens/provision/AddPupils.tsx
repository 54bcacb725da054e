import { type FormEvent, useState } from 'react';
import type { RegisterRow } from '../../api';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { focusById } from '../../forms/useFormErrors';
import { today } from '../pupil/decision';
import { yearLabel } from '../register/labels';
import { knownAs } from '../register/names';
import { readScore } from './scoreText';
import { measureLabel } from './words';

interface AddPupilsProps {
  groupId: string;
  onDone(notice: string): void;
  onCancel(): void;
}

interface Chosen {
  pupilId: string;
  name: string;
  startDate: string;
  entry: string;
}

/** Finds pupils on roll by name and adds them to the group, each with their start date and, if known, their entry score. */
export function AddPupils({ groupId, onDone, onCancel }: AddPupilsProps) {
  const [loaded] = useLoad(() => window.senco.provision.getGroup({ groupId }), 'SENCO Desk could not open the group.');
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<RegisterRow[] | null>(null);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [assessed, setAssessed] = useState(today);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);

  if (loaded.state !== 'ready') {
    return (
      <main className="page page--medium">
        <PageHeading title="Add pupils">{loaded.state === 'loading' ? 'Opening the group…' : 'Add pupils'}</PageHeading>
        <ErrorSummary errors={loaded.state === 'failed' ? [{ message: loaded.error.message }] : []} />
      </main>
    );
  }
  const { group, memberships } = loaded.value;
  const inGroup = new Set(memberships.filter((m) => m.endDate === null).map((m) => m.pupilId));

  async function find(event: FormEvent) {
    event.preventDefault();
    if (search.trim() === '') {
      setErrors([{ message: 'Enter part of a pupil’s name to search for.', fieldId: 'add-pupils-search' }]);
      return focusById('add-pupils-search');
    }
    setErrors([]);
    const result = await window.senco.register.list({ search: search.trim() });
    if (result.ok) setFound(result.value.rows);
    else setErrors([{ message: result.error.message, fieldId: 'add-pupils-search' }]);
  }

  const choose = (row: RegisterRow) => {
    setChosen((c) => (c.some((p) => p.pupilId === row.id) ? c : [...c, { pupilId: row.id, name: knownAs(row), startDate: group.startDate > today() ? group.startDate : today(), entry: '' }]));
    setErrors([]);
  };
  const change = (pupilId: string, patch: Partial<Chosen>) => setChosen((c) => c.map((p) => (p.pupilId === pupilId ? { ...p, ...patch } : p)));

  async function add() {
    const problems: FormError[] = [];
    const pupils = chosen.map((p, i) => {
      if (p.startDate === '') problems.push({ message: `Enter the date ${p.name} starts.`, fieldId: `add-start-${i}` });
      const read = readScore(p.entry, group.measure.kind, `${p.name}’s entry score`);
      if ('error' in read) problems.push({ message: read.error, fieldId: `add-entry-${i}` });
      const score = 'score' in read ? read.score : null;
      return { pupilId: p.pupilId, startDate: p.startDate, entry: score === null ? null : { score, date: assessed } };
    });
    if (chosen.length === 0) problems.push({ message: 'Choose at least one pupil to add.', fieldId: 'add-pupils-search' });
    if (pupils.some((p) => p.entry) && assessed === '') problems.push({ message: 'Enter the date of the entry assessment.', fieldId: 'add-assessed' });
    setErrors(problems);
    if (problems.length > 0 || busy) return focusById(problems[0]?.fieldId);
    setBusy(true);
    const result = await window.senco.provision.addMembers({ groupId, pupils });
    if (result.ok) return onDone(chosen.length === 1 ? `${chosen[0]!.name} was added to the group.` : `${chosen.length} pupils were added to the group.`);
    setBusy(false);
    setErrors([{ message: result.error.message }]);
  }

  return (
    <main className="page page--medium">
      <p className="back-link">
        <NavLink to="group" onNavigate={onCancel}>
          Back to {group.name}
        </NavLink>
      </p>
      <PageHeading title={`Add pupils to ${group.name}`} />
      <ErrorSummary errors={errors} />
      <form className="card" noValidate onSubmit={(e) => void find(e)} role="search" aria-label="Find pupils">
        <Field id="add-pupils-search" label="Pupil’s name" hint="Part of a first name or surname." autoComplete="off" value={search} onValueChange={setSearch} />
        <button type="submit" className="button button--secondary">
          Search
        </button>
      </form>
      {found ? (
        <section className="card" aria-labelledby="found-heading">
          <h2 id="found-heading">{found.length === 1 ? '1 pupil found' : `${found.length} pupils found`}</h2>
          <ul className="plain-list">
            {found.map((row) => (
              <li key={row.id}>
                {inGroup.has(row.id) ? (
                  <span>{knownAs(row)} ({yearLabel(row.ncYear)}) is already in the group</span>
                ) : (
                  <button type="button" className="button button--secondary button--small" disabled={chosen.some((p) => p.pupilId === row.id)} onClick={() => choose(row)}>
                    Choose {knownAs(row)} ({yearLabel(row.ncYear)})
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="chosen-heading">
        <h2 id="chosen-heading">Pupils to add</h2>
        {chosen.length === 0 ? (
          <p>None chosen yet: search for a pupil, then choose them.</p>
        ) : (
          <>
            <table className="table form-table">
              <caption className="visually-hidden">Pupils to add, with their start dates and entry scores</caption>
              <thead>
                <tr>
                  <th scope="col">Pupil</th>
                  <th scope="col">Starts on</th>
                  <th scope="col">Entry score ({measureLabel(group.measure)}, optional)</th>
                  <th scope="col"><span className="visually-hidden">Remove</span></th>
                </tr>
              </thead>
              <tbody>
                {chosen.map((p, i) => (
                  <tr key={p.pupilId}>
                    <th scope="row">{p.name}</th>
                    <td>
                      <input id={`add-start-${i}`} className="field__input field__input--date" type="date" aria-label={`${p.name} starts on`} value={p.startDate} onChange={(e) => change(p.pupilId, { startDate: e.target.value })} />
                    </td>
                    <td>
                      <input id={`add-entry-${i}`} className="field__input field__input--number" inputMode="decimal" aria-label={`${p.name}’s entry score`} value={p.entry} onChange={(e) => change(p.pupilId, { entry: e.target.value })} />
                    </td>
                    <td>
                      <button type="button" className="button button--secondary button--small" onClick={() => setChosen((c) => c.filter((x) => x.pupilId !== p.pupilId))}>
                        Remove {p.name}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Field id="add-assessed" label="Date of the entry assessment" type="date" inputClassName="field__input--date" value={assessed} onValueChange={setAssessed} />
          </>
        )}
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={() => void add()}>
            {busy ? 'Adding…' : 'Add to the group'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </section>
    </main>
  );
}
