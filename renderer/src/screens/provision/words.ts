import { broadAreaLabels, type BroadArea } from '../../../../shared/domain/sen';
import { waveLabels, type Wave } from '../../../../shared/domain/provision';
import type { CostPair } from '../../../../shared/domain/provisionMaps';
import { longDate } from '../register/labels';
import { formatPence } from './money';

export const areaOptions = (Object.keys(broadAreaLabels) as BroadArea[]).map((value) => ({ value, label: broadAreaLabels[value] }));
export const waveOptions = ([1, 2, 3] as const).map((w) => ({ value: String(w) as '1' | '2' | '3', label: waveLabels[w] }));
export const shortWave = (wave: Wave): string => `Wave ${wave}`;

export { measureLabel } from '../../../../shared/rules/provisionWords';

/** "1 September 2026 to 31 December 2026", or "from 1 September 2026" while it runs on. */
export const dateSpan = (start: string, end: string | null): string => (end ? `${longDate(start)} to ${longDate(end)}` : `From ${longDate(start)}`);

/** "£120.00 to date, £380.00 projected". */
export const costPair = (cost: CostPair): string => `${formatPence(cost.toDatePence)} to date, ${formatPence(cost.projectedPence)} projected`;

export const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "+4", "−2", "0": a change reads with its sign. */
export const signed = (n: number | null): string => (n === null ? '—' : n > 0 ? `+${round(n)}` : n < 0 ? `−${round(-n)}` : '0');
const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
export const hours = (n: number): string => `${Number.isInteger(n) ? n : n.toFixed(1)} ${n === 1 ? 'hour' : 'hours'}`;
