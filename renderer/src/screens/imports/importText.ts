import { type ImportField, importFields } from '../../../../shared/rules/pupilImport';
import { fieldName } from '../../../../shared/rules/importFixes';
import { formatSchoolDate } from '../../../../shared/rules/schoolDate';

/** "1,980": counts are read aloud and scanned, so they carry the thousands comma. */
export const count = (n: number): string => n.toLocaleString('en-GB');
export const pupils = (n: number): string => `${count(n)} ${n === 1 ? 'pupil' : 'pupils'}`;
export const rows = (n: number): string => `${count(n)} ${n === 1 ? 'row' : 'rows'}`;

/** "Legal surname", "UPN": the field as a label. */
export const fieldLabel = (field: ImportField | 'row'): string => {
  const name = fieldName(field);
  return name.charAt(0).toUpperCase() + name.slice(1);
};
export const isImportField = (field: string): field is ImportField => (importFields as readonly string[]).includes(field);

export interface CsvPlan {
  added: number;
  updated: number;
  leavers: number;
  leavingDate: string;
}

/** "Add 12 pupils, update 1,980, mark 3 as left on 20 July 2026": what Import will do, said before it is done. */
export function planSentence({ added, updated, leavers, leavingDate }: CsvPlan): string {
  const parts = [`add ${pupils(added)}`, `update ${count(updated)}`];
  if (leavers > 0) parts.push(`mark ${count(leavers)} as left on ${formatSchoolDate(leavingDate)}`);
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The register's notice once the import is in. */
export function doneNotice(fileName: string, done: { added: number; updated: number; leavers: number }): string {
  const parts = [`${pupils(done.added)} added`, `${count(done.updated)} updated`];
  if (done.leavers > 0) parts.push(`${count(done.leavers)} marked as left`);
  return `Imported ${fileName}: ${parts.join(', ')}.`;
}
