import { memo, useRef } from 'react';
import { isBlocked } from '../../../../shared/rules/importFixes';
import type { CsvPreviewRow } from '../../api';
import { yearLabel } from '../register/labels';
import { ROW_HEIGHT, useWindow } from '../register/useWindow';
import './imports.css';

const HEADER_HEIGHT = 44;
const COLUMNS = 7;

interface PreviewTableProps {
  rows: readonly CsvPreviewRow[];
  onCorrect(line: number): void;
}

const text = (value: string | boolean | null | undefined) => (typeof value === 'string' ? value : '');
const nameOf = (row: CsvPreviewRow) => `${text(row.pupil.legalForename)} ${text(row.pupil.legalSurname)}`.trim() || '(no name)';

/**
 * Every row of the file as it would be imported, drawn a window at a time
 * (as the register is) so a roll of 2,000 scrolls smoothly. The box itself
 * takes focus, so the keyboard can scroll it; a row with problems has its
 * own button to correct them.
 */
export function PreviewTable({ rows, onCorrect }: PreviewTableProps) {
  const box = useRef<HTMLDivElement>(null);
  const view = useWindow(box, rows.length, HEADER_HEIGHT);
  return (
    <div ref={box} className="register-box" onScroll={view.onScroll} tabIndex={0} role="region" aria-label="Rows of the file">
      <table className="table register-table import-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">Rows of the file, {rows.length} shown.</caption>
        <thead>
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            <th scope="col" className="import-table__line">Line</th>
            <th scope="col" className="import-table__name">Name</th>
            <th scope="col" className="import-table__upn">UPN</th>
            <th scope="col" className="import-table__year">Year</th>
            <th scope="col" className="import-table__problems">Problems</th>
            <th scope="col" className="import-table__action">Will be</th>
            <th scope="col" className="import-table__correct">
              <span className="visually-hidden">Correct</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <Spacer rows={view.first} />
          {rows.slice(view.first, view.last).map((row, i) => (
            <PreviewRowView key={row.line} row={row} index={view.first + i} onCorrect={onCorrect} />
          ))}
          <Spacer rows={rows.length - view.last} />
        </tbody>
      </table>
    </div>
  );
}

const PreviewRowView = memo(function PreviewRowView({ row, index, onCorrect }: { row: CsvPreviewRow; index: number; onCorrect(line: number): void }) {
  const blocked = isBlocked(row);
  return (
    <tr aria-rowindex={index + 2} style={{ height: ROW_HEIGHT }} className={blocked ? 'import-row import-row--blocked' : 'import-row'}>
      <td>{row.line}</td>
      <th scope="row">{nameOf(row)}</th>
      <td>{text(row.pupil.upn) || '—'}</td>
      <td>{typeof row.pupil.ncYear === 'string' ? yearLabel(row.pupil.ncYear) : '—'}</td>
      <td>
        <div className="import-row__problems">{row.problems.length === 0 ? 'None' : row.problems.map((p) => p.message).join(' ')}</div>
      </td>
      <td>{blocked ? 'Not imported until corrected' : row.action === 'new' ? 'New' : 'Updated'}</td>
      <td>
        {row.problems.length > 0 ? (
          <button type="button" className="link-button" data-row-index={index} onClick={() => onCorrect(row.line)}>
            Correct<span className="visually-hidden"> line {row.line}</span>
          </button>
        ) : null}
      </td>
    </tr>
  );
});

function Spacer({ rows }: { rows: number }) {
  if (rows <= 0) return null;
  return (
    <tr aria-hidden="true" className="register-spacer" style={{ height: rows * ROW_HEIGHT }}>
      <td colSpan={COLUMNS} />
    </tr>
  );
}
