import type { DocumentKind } from '../../shared/domain/disclosure';

/**
 * The register extract (issue 5): one CSV row per pupil for the local
 * authority, who open it in Excel. Pure: the export service reads the rows
 * (registerRows) and asks the disclosure gate first.
 *
 * Choices, for a file that is opened by double-click in Excel on Windows:
 * - RFC 4180: commas, a field in double quotes when it holds a comma, a quote,
 *   a line break or a leading/trailing space ("" for a quote), CRLF after
 *   every record, the last included.
 * - A UTF-8 byte order mark first. Without it Excel reads a CSV as Windows-1252
 *   and "Zoë" becomes "ZoÃ«"; with it every name survives. Other readers,
 *   parseCsv in shared/rules/csv.ts among them, skip it.
 * - Formula injection: a cell that begins with = + - @ (after any spaces,
 *   and in their full-width forms too), a tab or a carriage return gets
 *   a leading apostrophe, as OWASP advises. The apostrophe is visible, so
 *   whoever reads "'=HYPERLINK(…)" sees that the value was text and
 *   neutralised, and nothing runs; silently dropping characters would change
 *   a child's name without saying so. Every cell is treated alike, so a name,
 *   a class or a code cannot slip through.
 * - Dates as ISO 8601 (2016-03-14): Excel reads them as dates in any locale,
 *   where 03/04/2016 flips between UK and US settings.
 * - Yes/no as Y and N; needs and status as the census codes, as the LA's own
 *   systems hold them.
 */

/** What the extract reads of a register row: RegisterRow (electron/db/repositories/register.ts) fits it as it is. */
export interface RegisterExtractRow {
  upn: string | null;
  legalSurname: string;
  legalForename: string;
  dateOfBirth: string;
  ncYear: string | null;
  className: string | null;
  eal: boolean;
  pupilPremium: boolean;
  fsm: boolean;
  lookedAfter: boolean;
  previouslyLookedAfter: boolean;
  provision: string | null;
  statusSince: string | null;
  /** Open needs; rank 1 is the primary need, 2 the secondary. */
  needs: readonly { type: string; rank: number }[];
}

export interface RegisterExtractOptions {
  /**
   * The looked-after columns (LAC and previously looked after): family and
   * social care details, so only when asked for and only where the gate has
   * allowed that kind too.
   */
  includeLookedAfter?: boolean;
}

/**
 * What the columns are for the disclosure gate:
 * - UPN, names, date of birth, year, class, SEN status and since, needs: the
 *   register entry itself, 'sen-record'.
 * - EAL, pupil premium, FSM: 'sen-record' too. They are the census fields
 *   printed on every register line and the LA already holds them from the
 *   School Census; pupil premium does not say which of its grounds applies.
 * - Looked after and previously looked after: a child's care status is
 *   'family-social-care', so those two columns come only with that kind.
 */
export function registerExtractDocumentKinds(options: RegisterExtractOptions): DocumentKind[] {
  return options.includeLookedAfter ? ['sen-record', 'family-social-care'] : ['sen-record'];
}

type Column = [header: string, value: (row: RegisterExtractRow) => string];

const yn = (b: boolean) => (b ? 'Y' : 'N');
const needOfRank = (row: RegisterExtractRow, rank: number) => row.needs.find((n) => n.rank === rank)?.type ?? '';

const columns: Column[] = [
  ['UPN', (r) => r.upn ?? ''],
  ['Legal surname', (r) => r.legalSurname],
  ['Legal forename', (r) => r.legalForename],
  ['Date of birth', (r) => r.dateOfBirth],
  ['NC year', (r) => r.ncYear ?? ''],
  ['Class', (r) => r.className ?? ''],
  // A pupil with no open status counts as N (REFERENCE.md §2), with no date.
  ['SEN provision', (r) => r.provision ?? 'N'],
  ['SEN status since', (r) => r.statusSince ?? ''],
  ['Primary need', (r) => needOfRank(r, 1)],
  ['Secondary need', (r) => needOfRank(r, 2)],
  ['EAL', (r) => yn(r.eal)],
  ['Pupil premium', (r) => yn(r.pupilPremium)],
  ['FSM', (r) => yn(r.fsm)],
];

const lookedAfterColumns: Column[] = [
  ['Looked after', (r) => yn(r.lookedAfter)],
  ['Previously looked after', (r) => yn(r.previouslyLookedAfter)],
];

export const BOM = '\uFEFF';
const CRLF = '\r\n';

/** The header, then one line per row in the order given. */
export function registerExtractCsv(rows: readonly RegisterExtractRow[], options: RegisterExtractOptions): string {
  const chosen = options.includeLookedAfter ? [...columns, ...lookedAfterColumns] : columns;
  const lines = [chosen.map(([header]) => csvCell(header)), ...rows.map((row) => chosen.map(([, value]) => csvCell(value(row))))];
  return BOM + lines.map((cells) => cells.join(',') + CRLF).join('');
}

/**
 * A cell Excel, LibreOffice or Google Sheets could read as a formula or a
 * command: one that starts with a tab or a carriage return, or whose first
 * character after any spaces is = + - @ or their full-width forms (a reader
 * that trims spaces would otherwise find the formula underneath).
 */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One field: neutralised against formulas, then quoted where RFC 4180 needs it. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
