import { type NcYearGroup, isNcYearGroup } from '../domain/sen';

/**
 * Reading the values MIS exports write: UK dates, yes/no in many spellings,
 * sex, year groups. Each reader returns the value, or null with a reason.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const good = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(reason: string): Read<T> => ({ ok: false, reason });

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `2016-03-14`, or the UK order `14/03/2016` (also with - or .); never the US order. */
export function readDate(text: string): Read<string> {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!y || !m || !d) return bad(`"${value}" is not a date: use 14/03/2016 or 2016-03-14.`);
  if (!isRealDate(Number(y), Number(m), Number(d))) return bad(`"${value}" is not a real day.`);
  return good(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

const yes = new Set(['y', 'yes', 'true', 't', '1']);
const no = new Set(['n', 'no', 'false', 'f', '0', '']);

export function readYesNo(text: string): Read<boolean> {
  const value = text.trim().toLowerCase();
  if (yes.has(value)) return good(true);
  if (no.has(value)) return good(false);
  return bad(`"${text.trim()}" is not yes or no.`);
}

export function readSex(text: string): Read<'M' | 'F' | null> {
  const value = text.trim().toLowerCase();
  if (value === 'm' || value === 'male') return good('M');
  if (value === 'f' || value === 'female') return good('F');
  if (value === '') return good(null);
  return bad(`"${text.trim()}" is not a sex the census records (M or F).`);
}

/** "Year 6", "Y6", "6", "R", "Reception", "N1", "Nursery 2" → the census code. */
export function readYearGroup(text: string): Read<NcYearGroup | null> {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '') return good(null);
  if (value === 'reception' || value === 'rec') return good('R');
  const nursery = /^(?:n|nursery ?)([12])$/.exec(value);
  if (nursery) return good(`N${nursery[1]}` as NcYearGroup);
  const year = /^(?:year ?|yr ?|y)?(\d{1,2})$/.exec(value);
  const code = year ? String(Number(year[1])) : value.toUpperCase();
  return isNcYearGroup(code) ? good(code) : bad(`"${text.trim()}" is not a year group (Reception, Year 1 to Year 14, Nursery 1 or 2).`);
}
