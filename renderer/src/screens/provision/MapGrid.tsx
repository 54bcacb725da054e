import { type KeyboardEvent, useRef, useState } from 'react';
import { broadAreaLabels, broadAreas } from '../../../../shared/domain/sen';
import { waves } from '../../../../shared/domain/provision';
import type { SchoolMapCell, SchoolMapView } from '../../../../shared/domain/provisionMaps';
import { formatPence } from './money';
import { hours, plural, shortWave } from './words';

interface MapGridProps {
  view: SchoolMapView;
  /** The cell whose entries are open below the grid. */
  opened: number | null;
  onOpen(cellIndex: number): void;
}

interface Layout {
  columns: string[];
  rows: { label: string; cells: (number | null)[] }[];
}

/** Rows and columns of the grid: areas × waves, or one row a year group with a single column. */
function layout(view: SchoolMapView): Layout {
  if (view.grouping === 'area-wave') {
    const at = (area: string, wave: number) => view.cells.findIndex((c) => c.key.kind === 'area-wave' && c.key.area === area && c.key.wave === wave);
    return {
      columns: waves.map(shortWave),
      rows: broadAreas.map((area) => ({ label: broadAreaLabels[area], cells: waves.map((w) => nullIfMissing(at(area, w))) })),
    };
  }
  return { columns: ['Provision'], rows: view.cells.map((cell, i) => ({ label: cell.label, cells: [i] })) };
}
const nullIfMissing = (i: number) => (i < 0 ? null : i);

function cellText(cell: SchoolMapCell): string {
  const t = cell.totals;
  if (t.groups === 0) return 'No provision';
  const parts = [plural(t.groups, 'group', 'groups'), plural(t.pupils, 'pupil', 'pupils'), hours(t.hours)];
  if (t.cost) parts.push(`${formatPence(t.cost.projectedPence)} projected`);
  return parts.join(' · ');
}

/**
 * The whole-school map as an ARIA grid: one tab stop (the roving tabindex),
 * arrows move between cells, Home and End to the ends of a row (with Ctrl,
 * of the grid), Enter or Space opens the cell's groups under the grid.
 */
export function MapGrid({ view, opened, onOpen }: MapGridProps) {
  const { columns, rows } = layout(view);
  const [chosen, setActive] = useState<[number, number]>([0, 0]);
  const table = useRef<HTMLTableElement>(null);
  // Kept inside the grid when a new map has fewer rows or columns, so the grid always has its one tab stop.
  const active: [number, number] = [Math.min(chosen[0], rows.length - 1), Math.min(chosen[1], columns.length - 1)];

  const move = (row: number, col: number) => {
    const r = Math.max(0, Math.min(rows.length - 1, row));
    const c = Math.max(0, Math.min(columns.length - 1, col));
    setActive([r, c]);
    table.current?.querySelector<HTMLElement>(`[data-cell="${r}-${c}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, row: number, col: number, cellIndex: number | null) => {
    const last = columns.length - 1;
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(row, col + 1),
      ArrowLeft: () => move(row, col - 1),
      ArrowDown: () => move(row + 1, col),
      ArrowUp: () => move(row - 1, col),
      Home: () => (event.ctrlKey ? move(0, 0) : move(row, 0)),
      End: () => (event.ctrlKey ? move(rows.length - 1, last) : move(row, last)),
      PageDown: () => move(rows.length - 1, col),
      PageUp: () => move(0, col),
      Enter: () => cellIndex !== null && onOpen(cellIndex),
      ' ': () => cellIndex !== null && onOpen(cellIndex),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <table ref={table} className="table map-grid" role="grid" aria-labelledby="map-grid-caption">
      <caption id="map-grid-caption">
        {view.grouping === 'area-wave' ? 'Provision by area of need and wave' : 'Provision by year group'}
        <span className="map-grid__help"> Use the arrow keys to move between cells, and Enter to see a cell’s groups.</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{view.grouping === 'area-wave' ? 'Area of need' : 'Year group'}</th>
          {columns.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cellIndex, c) => {
              const cell = cellIndex === null ? null : view.cells[cellIndex]!;
              const isActive = active[0] === r && active[1] === c;
              return (
                <td
                  key={`${row.label}-${columns[c]}`}
                  data-cell={`${r}-${c}`}
                  tabIndex={isActive ? 0 : -1}
                  aria-selected={cellIndex !== null && opened === cellIndex}
                  className={cell && cell.totals.groups > 0 ? 'map-grid__cell' : 'map-grid__cell map-grid__cell--empty'}
                  onKeyDown={(e) => onKeyDown(e, r, c, cellIndex)}
                  onFocus={() => setActive([r, c])}
                  onClick={() => cellIndex !== null && onOpen(cellIndex)}
                >
                  {cell ? cellText(cell) : 'No provision'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
