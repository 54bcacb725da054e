import { type FormEvent, useEffect, useState } from 'react';
import { broadAreaLabels, type BroadArea } from '../../../../shared/domain/sen';
import type { Wave } from '../../../../shared/domain/provision';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { SuccessNotice } from '../../components/SuccessNotice';
import { today } from '../pupil/decision';
import type { GroupSummary } from './api';
import { areaOptions, dateSpan, shortWave, waveOptions } from './words';

type When = 'running' | 'ended' | 'all';
const whenOptions: { value: When; label: string }[] = [
  { value: 'running', label: 'Running now' },
  { value: 'ended', label: 'Ended' },
  { value: 'all', label: 'All groups' },
];

interface GroupsListProps {
  notice?: string | undefined;
  onOpenGroup(groupId: string): void;
  /** Left out for roles that may not set up groups. */
  onNewGroup?: (() => void) | undefined;
}

type Loaded = { state: 'loading' } | { state: 'ready'; groups: GroupSummary[] } | { state: 'failed'; message: string };

/** The groups that run, or ran: the provision as it happens. */
export function GroupsList({ notice, onOpenGroup, onNewGroup }: GroupsListProps) {
  const [when, setWhen] = useState<When>('running');
  const [area, setArea] = useState<BroadArea | ''>('');
  const [wave, setWave] = useState<'1' | '2' | '3' | ''>('');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  async function load(event?: FormEvent) {
    event?.preventDefault();
    setLoaded({ state: 'loading' });
    const day = today();
    const result = await window.senco.provision.listGroups({
      ...(when === 'running' ? { runningOn: day } : {}),
      ...(area ? { area } : {}),
      ...(wave ? { wave: Number(wave) as Wave } : {}),
    });
    if (!result.ok) return setLoaded({ state: 'failed', message: result.error.message });
    const groups = when === 'ended' ? result.value.filter((g) => g.endDate !== null && g.endDate < day) : result.value;
    setLoaded({ state: 'ready', groups });
  }

  useEffect(() => {
    void load();
  }, []);

  return (
    <main className="page page--wide">
      <PageHeading title="Provision groups" />
      <SuccessNotice notice={notice} />
      <ErrorSummary errors={loaded.state === 'failed' ? [{ message: loaded.message }] : []} />
      {onNewGroup ? (
        <div className="button-row">
          <button type="button" className="button" onClick={onNewGroup}>
            Set up a group
          </button>
        </div>
      ) : null}
      <form className="card filters" noValidate onSubmit={(e) => void load(e)}>
        <SelectField<When> id="groups-when" label="Show" options={whenOptions} value={when} onValueChange={(v) => setWhen(v || 'running')} />
        <SelectField<BroadArea> id="groups-area" label="Area of need" placeholder="Any area" options={areaOptions} value={area} onValueChange={setArea} />
        <SelectField<'1' | '2' | '3'> id="groups-wave" label="Wave" placeholder="Any wave" options={waveOptions} value={wave} onValueChange={setWave} />
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            Filter
          </button>
        </div>
      </form>
      {loaded.state === 'loading' ? <p role="status">Finding the groups…</p> : null}
      {loaded.state === 'ready' ? (
        <>
          <p role="status">{loaded.groups.length === 1 ? '1 group' : `${loaded.groups.length} groups`}</p>
          {loaded.groups.length > 0 ? (
            <table className="table">
              <caption className="visually-hidden">Provision groups</caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">Area and wave</th>
                  <th scope="col">Staff</th>
                  <th scope="col">Dates</th>
                  <th scope="col">Pupils now</th>
                </tr>
              </thead>
              <tbody>
                {loaded.groups.map((g) => (
                  <tr key={g.id}>
                    <th scope="row">
                      <NavLink to={`group-${g.id}`} onNavigate={() => onOpenGroup(g.id)}>
                        {g.name}
                      </NavLink>
                    </th>
                    <td>
                      {broadAreaLabels[g.area]}, {shortWave(g.wave)}
                    </td>
                    <td>{g.staff.map((s) => s.name).join(', ') || '—'}</td>
                    <td>{dateSpan(g.startDate, g.endDate)}</td>
                    <td>
                      {g.pupilsNow} <span className="cell-note">({g.pupilsEver} in all)</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>No groups match.</p>
          )}
        </>
      ) : null}
    </main>
  );
}
