import { memo } from 'react';
import type { RegisterRow } from '../../api';
import { statusLabel, yearLabel } from './labels';
import { knownAs, legalIfDifferent } from './names';

interface RowProps {
  row: RegisterRow;
  /** Position in the whole (sorted) list, from 0. */
  index: number;
  height: number;
  onOpen(row: RegisterRow): void;
}

const rankedNeed = (row: RegisterRow, rank: number) => row.needs.find((n) => n.rank === rank)?.type;

/** One pupil: the name they go by, with the legal name under it when it differs. */
export const RegisterRowView = memo(function RegisterRowView({ row, index, height, onOpen }: RowProps) {
  const legal = legalIfDifferent(row);
  const primary = rankedNeed(row, 1);
  const secondary = rankedNeed(row, 2);
  return (
    <tr aria-rowindex={index + 2} style={{ height }} onClick={() => onOpen(row)} className="register-row">
      <th scope="row">
        <button type="button" className="link-button" data-row-index={index} onClick={(e) => (e.stopPropagation(), onOpen(row))}>
          {knownAs(row)}
        </button>
        {legal ? <span className="register-row__legal">Legal name: {legal}</span> : null}
      </th>
      <td>{yearLabel(row.ncYear)}</td>
      <td>{row.className ?? '—'}</td>
      <td>
        {statusLabel(row.provision)}
        {row.leavingDate ? <span className="register-row__legal">Left</span> : null}
      </td>
      <td>{primary ? `${primary}${secondary ? ` / ${secondary}` : ''}` : '—'}</td>
      <td>
        {row.eal ? <abbr className="badge" title="English as an additional language">EAL</abbr> : null}
        {row.pupilPremium ? <abbr className="badge" title="Pupil premium">PP</abbr> : null}
        {row.lookedAfter ? <abbr className="badge" title="Looked after child">LAC</abbr> : null}
      </td>
      <td>{row.monitoring ? 'Monitoring' : ''}</td>
    </tr>
  );
});
