import { useState } from 'react';
import { broadAreaLabels, type BroadArea } from '../../../../shared/domain/sen';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { SuccessNotice } from '../../components/SuccessNotice';
import { useLoad } from '../../components/useLoad';
import type { ProvisionEntryValue } from './api';
import { formatPence } from './money';
import { areaOptions, measureLabel, shortWave, waveOptions } from './words';

interface LibraryListProps {
  notice?: string | undefined;
  /** Left out for roles that may not keep the library. */
  onEdit?: ((entry: ProvisionEntryValue | null) => void) | undefined;
  onArchive?: ((entry: ProvisionEntryValue) => void) | undefined;
  onStartGroup?: ((entry: ProvisionEntryValue) => void) | undefined;
}

/** The school's provision library: what it can offer, with the figures a group starts from. */
export function LibraryList({ notice, onEdit, onArchive, onStartGroup }: LibraryListProps) {
  const [loaded] = useLoad(() => window.senco.provision.listLibrary({ includeArchived: true }), 'SENCO Desk could not open the library.');
  const [search, setSearch] = useState('');
  const [area, setArea] = useState<BroadArea | ''>('');
  const [wave, setWave] = useState<'1' | '2' | '3' | ''>('');
  const [archived, setArchived] = useState(false);

  const entries = loaded.state === 'ready' ? loaded.value : [];
  const words = search.trim().toLocaleLowerCase('en-GB');
  const shown = entries.filter(
    (e) =>
      e.archived === archived &&
      (area === '' || e.area === area) &&
      (wave === '' || String(e.wave) === wave) &&
      (words === '' || `${e.name} ${e.description} ${e.evidence}`.toLocaleLowerCase('en-GB').includes(words)),
  );

  return (
    <main className="page page--wide">
      <PageHeading title="Provision library" />
      <SuccessNotice notice={notice} />
      <ErrorSummary errors={loaded.state === 'failed' ? [{ message: loaded.error.message }] : []} />
      {onEdit ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => onEdit(null)}>
            Add a provision
          </button>
        </div>
      ) : null}
      <div className="card filters" role="search" aria-label="Filter the library">
        <Field id="library-search" label="Search" hint="Words in the name, description or evidence." autoComplete="off" value={search} onValueChange={setSearch} />
        <SelectField<BroadArea> id="library-area" label="Area of need" placeholder="Any area" options={areaOptions} value={area} onValueChange={setArea} />
        <SelectField<'1' | '2' | '3'> id="library-wave" label="Wave" placeholder="Any wave" options={waveOptions} value={wave} onValueChange={setWave} />
        <SelectField<'in' | 'out'> id="library-archived" label="Show" options={[{ value: 'in', label: 'In the library' }, { value: 'out', label: 'Archived' }]} value={archived ? 'out' : 'in'} onValueChange={(v) => setArchived(v === 'out')} />
      </div>
      {loaded.state === 'loading' ? <p role="status">Opening the library…</p> : null}
      {loaded.state === 'ready' ? (
        <>
          <p role="status">{shown.length === 1 ? '1 provision' : `${shown.length} provisions`}</p>
          {shown.length === 0 ? <p>No provisions match.</p> : null}
          <ul className="entry-list">
            {shown.map((e) => (
              <li key={e.id} className="card entry">
                <h2 className="entry__name">{e.name}</h2>
                <p className="entry__meta">
                  {broadAreaLabels[e.area]} · {shortWave(e.wave)} · {e.sessionsPerWeek} × {e.minutesPerSession} minutes a week for {e.weeks} weeks · groups of up to {e.groupSize}
                </p>
                {e.description ? <p>{e.description}</p> : null}
                <dl className="summary">
                  <div>
                    <dt>Intended outcome</dt>
                    <dd>{e.intendedOutcome}</dd>
                  </div>
                  <div>
                    <dt>Measure</dt>
                    <dd>{measureLabel(e.measure)}</dd>
                  </div>
                  {e.evidence ? (
                    <div>
                      <dt>Evidence</dt>
                      <dd>{e.evidence}</dd>
                    </div>
                  ) : null}
                  {e.materialsPence !== null || e.licencePence !== null ? (
                    <div>
                      <dt>Materials and licences</dt>
                      <dd>{formatPence((e.materialsPence ?? 0) + (e.licencePence ?? 0))} a run</dd>
                    </div>
                  ) : null}
                </dl>
                <div className="button-row">
                  {onStartGroup && !e.archived ? (
                    <button type="button" className="button button--secondary button--small" onClick={() => onStartGroup(e)}>
                      Start a group: {e.name}
                    </button>
                  ) : null}
                  {onEdit && !e.archived ? (
                    <button type="button" className="button button--secondary button--small" onClick={() => onEdit(e)}>
                      Change {e.name}
                    </button>
                  ) : null}
                  {onArchive ? (
                    <button type="button" className="button button--secondary button--small" onClick={() => onArchive(e)}>
                      {e.archived ? `Put ${e.name} back` : `Archive ${e.name}`}
                    </button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </main>
  );
}
