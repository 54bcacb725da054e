import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { RegisterRow } from '../../api';
import { RegisterRowView } from './RegisterRowView';
import type { Sort, SortColumn } from './sortRows';
import { ROW_HEIGHT, useWindow } from './useWindow';
import './registerTable.css';

const HEADER_HEIGHT = 44;
const COLUMNS = 7;

interface RegisterTableProps {
  rows: readonly RegisterRow[];
  sort: Sort;
  onSort(column: SortColumn): void;
  onOpen(row: RegisterRow): void;
  /** The pupil whose file was just left: their row is scrolled to and focused, so the place is not lost. */
  returnTo?: string | undefined;
  /** Called once the row is focused: later tables (after a filter change) leave focus where it is. */
  onReturned?(): void;
}

/**
 * The register as a real table, drawn a window at a time so that 2,000 pupils
 * scroll smoothly. Screen readers still hear the whole size: the table has
 * aria-rowcount and each drawn row its aria-rowindex (the header is row 1).
 * Spacer rows above and below keep the scroll bar true; they are hidden from
 * assistive technology. Each pupil's name is a button: Tab or the arrow keys
 * move between them (Home, End, Page Up and Page Down too), and Enter opens
 * the pupil's file; a click anywhere on the row does the same.
 */
export function RegisterTable({ rows, sort, onSort, onOpen, returnTo, onReturned }: RegisterTableProps) {
  const box = useRef<HTMLDivElement>(null);
  const view = useWindow(box, rows.length, HEADER_HEIGHT);
  const { focusRow } = view;
  useEffect(() => {
    if (!returnTo) return;
    const index = rows.findIndex((row) => row.id === returnTo);
    if (index >= 0) focusRow(index);
    onReturned?.();
  }, [rows, returnTo, focusRow, onReturned]);

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const index = Number((event.target as HTMLElement).dataset.rowIndex);
    if (Number.isNaN(index)) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + view.pageRows,
      PageUp: index - view.pageRows,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    view.focusRow(target);
  }

  return (
    <div ref={box} className="register-box" onScroll={view.onScroll}>
      <table className="table register-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">Pupils, {rows.length} shown. Use the arrow keys to move between names.</caption>
        <thead>
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            <SortHeader column="name" label="Name" sort={sort} onSort={onSort} />
            <SortHeader column="year" label="Year" sort={sort} onSort={onSort} />
            <th scope="col">Class</th>
            <SortHeader column="status" label="Status" sort={sort} onSort={onSort} />
            <th scope="col">
              Needs<span className="visually-hidden"> (primary / secondary)</span>
            </th>
            <th scope="col">Flags</th>
            <th scope="col">Monitoring</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          <Spacer rows={view.first} />
          {rows.slice(view.first, view.last).map((row, i) => (
            <RegisterRowView key={row.id} row={row} index={view.first + i} height={ROW_HEIGHT} onOpen={onOpen} />
          ))}
          <Spacer rows={rows.length - view.last} />
        </tbody>
      </table>
    </div>
  );
}

function Spacer({ rows }: { rows: number }) {
  if (rows <= 0) return null;
  return (
    <tr aria-hidden="true" className="register-spacer" style={{ height: rows * ROW_HEIGHT }}>
      <td colSpan={COLUMNS} />
    </tr>
  );
}

interface SortHeaderProps {
  column: SortColumn;
  label: string;
  sort: Sort;
  onSort(column: SortColumn): void;
}

function SortHeader({ column, label, sort, onSort }: SortHeaderProps) {
  const active = sort.column === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
