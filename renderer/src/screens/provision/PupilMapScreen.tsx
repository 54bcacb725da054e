import { type FormEvent, useEffect, useState } from 'react';
import { broadAreaLabels, ncYearGroupLabels } from '../../../../shared/domain/sen';
import { type Weekday, weekdayLabels, weekdays } from '../../../../shared/domain/provision';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { SummaryList } from '../../components/SummaryList';
import { useFormErrors } from '../../forms/useFormErrors';
import type { PupilMap } from './api';
import { CostNotes } from './CostNotes';
import { formatPence } from './money';
import type { MapDocument } from './printRequest';
import { rangeProblems, RangeFields, useRangeChoice } from './RangeFields';
import { costPair, dateSpan, shortWave, signed } from './words';
import './provision.css';

interface PupilMapScreenProps {
  pupilId: string;
  pupilName: string;
  onBack(): void;
  onOpenGroup(groupId: string): void;
  onPrint?: ((document: MapDocument, title: string) => void) | undefined;
}

const ids = { from: 'pupil-map-from', to: 'pupil-map-to' };

/** One pupil's costed provision map for a range of dates, with their week's support timetable. */
export function PupilMapScreen({ pupilId, pupilName, onBack, onOpenGroup, onPrint }: PupilMapScreenProps) {
  const { terms, range, setRange } = useRangeChoice();
  const [map, setMap] = useState<PupilMap | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function show(event?: FormEvent) {
    event?.preventDefault();
    if (errors.show(rangeProblems(range))) return;
    setBusy(true);
    const result = await window.senco.provisionMaps.pupil({ pupilId, range: { from: range.from, to: range.to }, audience: 'staff' });
    setBusy(false);
    if (result.ok) setMap(result.value);
    else {
      setMap(null);
      errors.showServer(result.error, {}, 'pupil-map-range');
    }
  }
  useEffect(() => {
    void show();
  }, []);

  const title = `Provision map for ${pupilName}`;
  return (
    <main className="page page--wide">
      <p className="back-link">
        <NavLink to="pupil" onNavigate={onBack}>
          Back to {pupilName}’s file
        </NavLink>
      </p>
      <PageHeading title={title} />
      <ErrorSummary errors={errors.summary} />
      <form className="card map-controls" noValidate onSubmit={(e) => void show(e)}>
        <RangeFields idPrefix="pupil-map" terms={terms} range={range} errors={errors.errors} onChange={(r) => { errors.clear('from'); errors.clear('to'); setRange(r); }} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Show the map
          </button>
          {onPrint && map ? (
            <button type="button" className="button button--secondary" onClick={() => onPrint({ kind: 'provision-map-pupil', pupilId, range: { from: range.from, to: range.to } }, title)}>
              Print or save as PDF
            </button>
          ) : null}
        </div>
      </form>
      {busy ? <p role="status">Building the map…</p> : null}
      {map ? <PupilMapView map={map} onOpenGroup={onOpenGroup} /> : null}
    </main>
  );
}

function PupilMapView({ map, onOpenGroup }: { map: PupilMap; onOpenGroup(groupId: string): void }) {
  const costs = map.provisions.some((p) => p.cost);
  const pupilRows: [string, string][] = [
    ['Year', map.pupil.year ? ncYearGroupLabels[map.pupil.year] : 'Not recorded'],
    ['SEN', map.pupil.senStatus ?? 'Not recorded'],
    ['Needs', map.pupil.needs.join(', ') || 'None recorded'],
  ];
  if (map.costs) {
    pupilRows.push(['Cost in these dates', costPair(map.costs.total)]);
    pupilRows.push(['This school year, projected', `${formatPence(map.costs.schoolYearPence)}${map.costs.element3Candidate ? ` — ${formatPence(map.costs.abovePence)} above £6,000: a candidate for high-needs top-up` : ''}`]);
  }
  return (
    <>
      <section className="card" aria-labelledby="pupil-map-scope">
        <h2 id="pupil-map-scope">{map.header.scope}</h2>
        <SummaryList rows={pupilRows} />
      </section>
      <CostNotes header={map.header} />
      <section className="card" aria-labelledby="pupil-map-provisions">
        <h2 id="pupil-map-provisions">Provision</h2>
        {map.provisions.length === 0 ? (
          <p>No provision in these dates.</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">Provision in these dates, earliest first</caption>
            <thead>
              <tr>
                <th scope="col">Provision</th>
                <th scope="col">Staff and how often</th>
                <th scope="col">Dates</th>
                <th scope="col">Entry, exit and change</th>
                <th scope="col">Review outcome</th>
                {costs ? <th scope="col">Cost</th> : null}
              </tr>
            </thead>
            <tbody>
              {map.provisions.map((p) => (
                <tr key={p.membershipId}>
                  <th scope="row">
                    <NavLink to={`group-${p.groupId}`} onNavigate={() => onOpenGroup(p.groupId)}>
                      {p.name}
                    </NavLink>
                    <div className="cell-note">
                      {broadAreaLabels[p.area]}, {shortWave(p.wave)} · {p.groupWith}
                    </div>
                  </th>
                  <td>
                    {p.staff.join(', ') || '—'}
                    <div className="cell-note">{p.frequency}</div>
                  </td>
                  <td>{dateSpan(p.startDate, p.endDate)}</td>
                  <td>
                    {p.measureLabel}: {p.scores.entry ?? '—'} → {p.scores.exit ?? '—'} ({signed(p.scores.change)})
                  </td>
                  <td>{p.outcome ? `${p.outcome.label} (${signed(p.outcome.score)})` : '—'}</td>
                  {costs ? <td>{p.cost ? costPair(p.cost) : '—'}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="pupil-map-week">
        <h2 id="pupil-map-week">Weekly timetable</h2>
        <table className="table timetable">
          <caption className="visually-hidden">Support sessions each school day, Monday to Friday</caption>
          <thead>
            <tr>
              {weekdays.map((d) => (
                <th scope="col" key={d}>
                  {weekdayLabels[d]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {weekdays.map((d: Weekday) => {
                const slots = map.timetable.filter((s) => s.day === d);
                return (
                  <td key={d}>
                    {slots.length === 0 ? (
                      <span className="cell-note">No sessions</span>
                    ) : (
                      <ul className="plain-list">
                        {slots.map((s) => (
                          <li key={`${s.start}-${s.provisionName}`}>
                            <strong>
                              {s.start}–{s.end}
                            </strong>{' '}
                            {s.provisionName}
                            <div className="cell-note">{[s.room, ...s.staff].filter(Boolean).join(' · ')}</div>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
      </section>
    </>
  );
}
