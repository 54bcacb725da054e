import { isNcYearGroup, ncYearNumber } from '../../../../shared/domain/sen';
import type { RegisterRow } from '../../api';
import { sortKey } from './names';

export type SortColumn = 'name' | 'year' | 'status';
export interface Sort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

const yearRank = (code: string | null): number => {
  if (code === null || !isNcYearGroup(code)) return 99;
  return ncYearNumber(code) ?? 98;
};
/** EHC plan first, then SEN support, monitoring, no SEN. */
const statusRank = (row: RegisterRow): number =>
  row.provision === 'E' ? 0 : row.provision === 'K' ? 1 : row.monitoring ? 2 : 3;

const byName = (a: RegisterRow, b: RegisterRow) => sortKey(a).localeCompare(sortKey(b), 'en-GB');
const compare: Record<SortColumn, (a: RegisterRow, b: RegisterRow) => number> = {
  name: byName,
  year: (a, b) => yearRank(a.ncYear) - yearRank(b.ncYear),
  status: (a, b) => statusRank(a) - statusRank(b),
};

/** A sorted copy; ties fall back to the name, A to Z either way, so the order never jumps about. */
export function sortRows(rows: readonly RegisterRow[], sort: Sort): RegisterRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare[sort.column](a, b) || byName(a, b));
}

/** Pressing a column's button: the same column flips, another starts ascending. */
export const nextSort = (current: Sort, column: SortColumn): Sort =>
  current.column === column
    ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { column, direction: 'ascending' };
