import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RegisterRow } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RegisterEmpty } from '../home/RegisterEmpty';
import { ImportButtons } from '../imports/ImportButtons';
import { isFiltered, noFilter, toFilterInput, type FilterState } from './filterState';
import { RegisterFilters } from './RegisterFilters';
import { RegisterSummary } from './RegisterSummary';
import { RegisterTable } from './RegisterTable';
import { nextSort, type Sort, sortRows } from './sortRows';
import { useRegister } from './useRegister';
import './register.css';

/** What the person chose: kept by the register screen while they visit pupil files. */
export interface ListState {
  filter: FilterState;
  sort: Sort;
  /** The pupil whose file was opened last, to come back to. */
  opened?: string;
}
export const initialList: ListState = { filter: noFilter, sort: { column: 'name', direction: 'ascending' } };

interface RegisterListProps {
  state: ListState;
  onStateChange(next: ListState): void;
  /** Writers get the "Add a pupil" action; others never see it. */
  onAdd?: (() => void) | undefined;
  /** Writers also get the imports from the MIS (CSV) and from another school (CTF). */
  onImport?: ((kind: 'csv' | 'ctf') => void) | undefined;
  onOpen(row: RegisterRow): void;
  onCensus(): void;
  /** Those who may share records get "Export an extract (CSV)" of the pupils shown. */
  onExtract?: (() => void) | undefined;
}

/** The register under the home screen's heading: search and filters, counts, then the pupils. */
export function RegisterList({ state, onStateChange, onAdd, onImport, onOpen, onCensus, onExtract }: RegisterListProps) {
  const { filter, sort } = state;
  // Used once, when the list comes back from a pupil's file.
  const [returnTo, setReturnTo] = useState(state.opened);
  const returned = useCallback(() => setReturnTo(undefined), []);
  const loaded = useRegister(useMemo(() => toFilterInput(filter), [filter]));
  const [classes, setClasses] = useState<readonly string[]>([]);
  const rows = useMemo(() => (loaded.state === 'ready' ? sortRows(loaded.value.rows, sort) : []), [loaded, sort]);

  // The classes seen so far: main has no list of classes, and the first answer is the whole school.
  useEffect(() => {
    if (loaded.state !== 'ready') return;
    setClasses((seen) => {
      const all = new Set(seen);
      for (const row of loaded.value.rows) if (row.className) all.add(row.className);
      return all.size === seen.length ? seen : [...all].sort();
    });
  }, [loaded]);

  if (loaded.state === 'loading') return <p role="status">Loading the register…</p>;
  if (loaded.state === 'failed') return <ErrorSummary errors={[{ message: loaded.error.message }]} />;
  if (loaded.value.counts.total === 0 && !isFiltered(filter)) return <RegisterEmpty onAdd={onAdd} onImport={onImport} />;

  return (
    <>
      <div className="page-actions page-actions--top">
        {onAdd ? (
          <button type="button" className="button" onClick={onAdd}>
            Add a pupil
          </button>
        ) : null}
        {onImport ? <ImportButtons onImport={onImport} /> : null}
        <button type="button" className="button button--secondary" onClick={onCensus}>
          Check before census day
        </button>
        {onExtract ? (
          <button type="button" className="button button--secondary" onClick={onExtract}>
            Export an extract (CSV)
          </button>
        ) : null}
      </div>
      <RegisterFilters value={filter} classes={classes} onChange={(next) => onStateChange({ ...state, filter: next })} />
      <p role="status" className="register-count">
        {loaded.value.counts.total.toLocaleString('en-GB')} {loaded.value.counts.total === 1 ? 'pupil' : 'pupils'} shown
      </p>
      <RegisterSummary counts={loaded.value.counts} />
      {rows.length === 0 ? (
        <p className="register-none">No pupils match. Clear the search or choose wider filters.</p>
      ) : (
        <RegisterTable rows={rows} sort={sort} onSort={(column) => onStateChange({ ...state, sort: nextSort(sort, column) })} onOpen={onOpen} returnTo={returnTo} onReturned={returned} />
      )}
    </>
  );
}
