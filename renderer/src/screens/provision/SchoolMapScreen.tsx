import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { SchoolMapGrouping } from '../../../../shared/domain/provisionMaps';
import { ncYearGroupLabels } from '../../../../shared/domain/sen';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { RadioGroup } from '../../components/RadioGroup';
import { useFormErrors } from '../../forms/useFormErrors';
import type { SchoolMap } from './api';
import { CellEntries } from './CellEntries';
import { CostNotes } from './CostNotes';
import { MapGrid } from './MapGrid';
import { MapTotals } from './MapTotals';
import { formatPence } from './money';
import { rangeProblems, RangeFields, useRangeChoice } from './RangeFields';
import type { MapDocument } from './printRequest';

interface SchoolMapScreenProps {
  notice?: string | undefined;
  onOpenGroup(groupId: string): void;
  onOpenPupil(pupilId: string): void;
  /** Left out for roles that may not send anything out. */
  onPrint?: ((document: MapDocument, title: string) => void) | undefined;
}

const ids = { from: 'school-map-from', to: 'school-map-to' };
const groupingOptions = [
  { value: 'area-wave', label: 'By area of need and wave' },
  { value: 'year', label: 'By year group' },
];

type Shown = { state: 'none' } | { state: 'loading' } | { state: 'ready'; view: SchoolMap };

/** The whole school's provision for a term or a range of dates, as a grid a keyboard can walk. */
export function SchoolMapScreen({ notice, onOpenGroup, onOpenPupil, onPrint }: SchoolMapScreenProps) {
  const { terms, range, setRange } = useRangeChoice();
  const [grouping, setGrouping] = useState<SchoolMapGrouping>('area-wave');
  const [shown, setShown] = useState<Shown>({ state: 'none' });
  const [opened, setOpened] = useState<number | null>(null);
  const errors = useFormErrors(ids);
  const cellHeading = useRef(false);

  async function show(event?: FormEvent) {
    event?.preventDefault();
    if (errors.show(rangeProblems(range))) return;
    setShown({ state: 'loading' });
    setOpened(null);
    const result = await window.senco.provisionMaps.school({ grouping, range: { from: range.from, to: range.to }, audience: 'staff' });
    if (result.ok) setShown({ state: 'ready', view: result.value });
    else {
      setShown({ state: 'none' });
      errors.showServer(result.error, {}, 'school-map-range');
    }
  }

  // The first map shows at once, for this school year; later ones when asked.
  useEffect(() => {
    void show();
  }, []);

  // Opening a cell moves focus to its groups, so a keyboard user hears what opened.
  useEffect(() => {
    if (opened !== null && cellHeading.current) document.getElementById('map-cell-heading')?.focus();
  }, [opened]);

  const view = shown.state === 'ready' ? shown.view : null;
  return (
    <main className="page page--wide">
      <PageHeading title="Whole-school provision map" />
      {notice ? <p className="success-panel">{notice}</p> : null}
      <ErrorSummary errors={errors.summary} />
      <form className="card map-controls" noValidate onSubmit={(e) => void show(e)}>
        <RadioGroup id="school-map-grouping" legend="Arrange the map" name="school-map-grouping" value={grouping} options={groupingOptions} onValueChange={(v) => setGrouping(v as SchoolMapGrouping)} />
        <RangeFields idPrefix="school-map" terms={terms} range={range} errors={errors.errors} onChange={(r) => { errors.clear('from'); errors.clear('to'); setRange(r); }} />
        <div className="button-row">
          <button type="submit" className="button" disabled={shown.state === 'loading'}>
            Show the map
          </button>
          {onPrint && view ? (
            <button type="button" className="button button--secondary" onClick={() => onPrint({ kind: 'provision-map-school', grouping, range: { from: range.from, to: range.to } }, 'Whole-school provision map')}>
              Print or save as PDF
            </button>
          ) : null}
        </div>
      </form>
      {shown.state === 'loading' ? <p role="status">Building the map…</p> : null}
      {view ? (
        <>
          <section className="card" aria-labelledby="map-totals-heading">
            <h2 id="map-totals-heading">{view.header.scope}</h2>
            <MapTotals totals={view.totals} />
          </section>
          <CostNotes header={view.header} />
          <MapGrid
            view={view}
            opened={opened}
            onOpen={(i) => {
              cellHeading.current = true;
              setOpened(i);
            }}
          />
          {opened !== null && view.cells[opened] ? <CellEntries cell={view.cells[opened]} onOpenGroup={onOpenGroup} /> : null}
          {view.element3Candidates?.length ? (
            <section className="card" aria-labelledby="element3-heading">
              <h2 id="element3-heading">Candidates for high-needs top-up (element 3)</h2>
              <p>Their additional support this school year, projected, passes the £6,000 the school meets itself.</p>
              <ul className="plain-list">
                {view.element3Candidates.map((c) => (
                  <li key={c.pupilId}>
                    <NavLink to={`pupil-${c.pupilId}`} onNavigate={() => onOpenPupil(c.pupilId)}>
                      {c.name}
                    </NavLink>
                    {c.year ? ` (${ncYearGroupLabels[c.year]})` : ''}: {formatPence(c.yearCostPence)}, {formatPence(c.abovePence)} above £6,000
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </main>
  );
}
