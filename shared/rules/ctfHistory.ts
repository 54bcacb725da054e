import { isNeedType } from '../domain/sen';

/** What a CTF says of one SEN period, as parsed. */
export interface CtfSenEntryInput {
  line: number;
  startDate: string;
  endDate?: string;
  provision: string;
  needs: { type: string; rank: number | null }[];
}

export interface ImportedStatus {
  provision: 'E' | 'K' | 'N' | 'S' | 'A' | 'P';
  startDate: string;
  endDate: string | null;
}

export interface ImportedNeed {
  type: string;
  rank: number;
  startDate: string;
  endDate: string | null;
}

/** When each historic kind of provision ended nationally; a period with no end is closed then. */
const historicEnds: Record<'S' | 'A' | 'P', string> = { S: '2018-04-01', A: '2015-04-01', P: '2015-04-01' };
const provisions = new Set(['E', 'K', 'N', 'S', 'A', 'P']);

/**
 * A CTF's SEN history as the vault keeps it: periods in date order, each
 * ending the day the next starts (half-open), historic S/A/P always closed,
 * needs dated with their period. What cannot be kept is said, with its line.
 */
export function senHistoryFromCtf(entries: readonly CtfSenEntryInput[]): {
  statuses: ImportedStatus[];
  needs: ImportedNeed[];
  warnings: { line: number; message: string }[];
} {
  const warnings: { line: number; message: string }[] = [];
  const usable = entries.filter((entry) => {
    if (provisions.has(entry.provision)) return true;
    warnings.push({ line: entry.line, message: `Line ${entry.line}: "${entry.provision}" is not an SEN provision code; that period is left out.` });
    return false;
  });
  const sorted = [...usable].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.line - b.line);
  const statuses: ImportedStatus[] = [];
  const needs: ImportedNeed[] = [];
  sorted.forEach((entry, index) => {
    const next = sorted[index + 1];
    const provision = entry.provision as ImportedStatus['provision'];
    let endDate = next?.startDate ?? entry.endDate ?? null;
    if (endDate === null && (provision === 'S' || provision === 'A' || provision === 'P')) {
      endDate = historicEnds[provision] > entry.startDate ? historicEnds[provision] : entry.startDate;
      warnings.push({ line: entry.line, message: `Line ${entry.line}: a ${provision} period with no end is closed on ${endDate}, when it ended nationally.` });
    }
    statuses.push({ provision, startDate: entry.startDate, endDate });
    let nextRank = Math.max(0, ...entry.needs.map((n) => n.rank ?? 0)) + 1;
    for (const need of entry.needs) {
      if (!isNeedType(need.type)) {
        warnings.push({ line: entry.line, message: `Line ${entry.line}: "${need.type}" is not a need type the census uses; it is left out.` });
        continue;
      }
      const rank = need.rank ?? nextRank++;
      needs.push({ type: need.type, rank, startDate: entry.startDate, endDate });
    }
  });
  return { statuses, needs, warnings };
}
