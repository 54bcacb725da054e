import { type ImportField, importFields } from './pupilImport';

/** A value the SENCO typed over one cell of the file, in the preview: held with the file in memory, never written back to it. */
export interface CellFix {
  line: number;
  field: ImportField;
  value: string;
}

type Rows = readonly { line: number; cells: readonly string[] }[];
type Mapping = Readonly<Record<ImportField, number | null>>;
export type Fixed = { ok: true; rows: { line: number; cells: readonly string[] }[] } | { ok: false; reason: string };

const fieldNames: Record<ImportField, string> = {
  upn: 'UPN', formerUpn: 'former UPN', legalSurname: 'legal surname', legalForename: 'legal forename',
  preferredSurname: 'preferred surname', preferredForename: 'preferred forename', dateOfBirth: 'date of birth', sex: 'sex',
  ncYear: 'year group', className: 'class', admissionDate: 'admission date', leavingDate: 'leaving date', eal: 'EAL',
  pupilPremium: 'pupil premium', fsm: 'FSM', lookedAfter: 'looked after',
};
export const fieldName = (field: ImportField | 'row'): string => (field === 'row' ? 'row' : fieldNames[field]);

/**
 * The file's rows with the SENCO's corrections typed over the mapped cells.
 * A fix lands in the column the field is mapped to now, so changing the
 * mapping after fixing keeps the fix with its field; a later fix of the same
 * cell wins. Rows without a fix are the same objects as before.
 */
export function applyFixes(rows: Rows, mapping: Mapping, fixes: readonly CellFix[]): Fixed {
  if (fixes.length === 0) return { ok: true, rows: [...rows] };
  const index = new Map(rows.map((row, i) => [row.line, i]));
  const out = [...rows];
  for (const fix of fixes) {
    if (!importFields.includes(fix.field)) return { ok: false, reason: `"${String(fix.field)}" is not a field a pupil import can fill.` };
    const at = index.get(fix.line);
    if (at === undefined) return { ok: false, reason: `There is no row on line ${fix.line} of this file to correct.` };
    const column = mapping[fix.field];
    if (column === null) return { ok: false, reason: `Match a column to the ${fieldNames[fix.field]} before correcting it on line ${fix.line}.` };
    const cells = [...(out[at]?.cells ?? [])];
    while (cells.length <= column) cells.push('');
    cells[column] = fix.value;
    out[at] = { line: fix.line, cells };
  }
  return { ok: true, rows: out };
}

/** Problems that stop a row from becoming a record; other UPN census problems do not (census readiness lists them). */
export const blockingProblems = <P extends { code?: string | undefined }>(row: { problems: readonly P[] }) => row.problems.filter((p) => !p.code || p.code === '1520');
export const isBlocked = (row: { problems: readonly { code?: string | undefined }[] }) => blockingProblems(row).length > 0;
