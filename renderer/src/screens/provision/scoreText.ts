import { type MeasureKind, measureRanges } from '../../../../shared/domain/provision';

/**
 * A score as typed, checked against the group's measure before main checks
 * it again: "Give a standardised score from 40 to 160."
 */
export function readScore(text: string, kind: MeasureKind, what: string): { score: number | null } | { error: string } {
  const cleaned = text.trim();
  if (cleaned === '') return { score: null };
  const range = measureRanges[kind];
  const value = Number(cleaned);
  const words = `Give ${what} as a ${range.wholeNumbers ? 'whole number' : 'number'} from ${range.min} to ${range.max}.`;
  if (!Number.isFinite(value) || (range.wholeNumbers && !Number.isInteger(value))) return { error: words };
  if (value < range.min || value > range.max) return { error: words };
  return { score: value };
}
