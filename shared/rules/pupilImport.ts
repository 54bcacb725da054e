import { type Read, readDate, readSex, readYearGroup, readYesNo } from './importValues';
import { checkUpn, normaliseUpn } from './upn';

/** The pupil details a CSV from the MIS can carry. SEN history, needs and notes are the SENCO's and never imported from CSV. */
export const importFields = [
  'upn', 'formerUpn', 'legalSurname', 'legalForename', 'preferredSurname', 'preferredForename', 'dateOfBirth', 'sex',
  'ncYear', 'className', 'admissionDate', 'leavingDate', 'eal', 'pupilPremium', 'fsm', 'lookedAfter',
] as const;
export type ImportField = (typeof importFields)[number];
export const requiredFields: readonly ImportField[] = ['upn', 'legalSurname', 'legalForename', 'dateOfBirth'];

/**
 * Header names each field goes by in MIS exports. Matching ignores case,
 * spaces and punctuation. These are the names commonly seen in SIMS, Arbor
 * and Bromcom report exports; the SENCO can map any column by hand.
 */
export const headerNames: Record<ImportField, readonly string[]> = {
  upn: ['UPN', 'Unique Pupil Number'],
  formerUpn: ['Former UPN', 'Previous UPN'],
  legalSurname: ['Legal Surname', 'Surname', 'Last Name', 'Family Name'],
  legalForename: ['Legal Forename', 'Forename', 'First Name', 'Given Name'],
  preferredSurname: ['Preferred Surname', 'Known As Surname'],
  preferredForename: ['Preferred Forename', 'Preferred Name', 'Known As', 'Chosen Name'],
  dateOfBirth: ['DOB', 'Date of Birth', 'Birth Date'],
  sex: ['Sex', 'Gender', 'Legal Sex'],
  ncYear: ['Year', 'NC Year', 'Year Group', 'NC Year Actual', 'Curriculum Year'],
  className: ['Reg', 'Reg Group', 'Registration Group', 'Form', 'Tutor Group', 'Class'],
  admissionDate: ['Admission Date', 'Date of Admission', 'Start Date', 'Entry Date'],
  leavingDate: ['Leaving Date', 'Date of Leaving', 'End Date'],
  eal: ['EAL', 'English Additional Language', 'First Language Not English'],
  pupilPremium: ['Pupil Premium', 'Pupil Premium Indicator', 'PP'],
  fsm: ['FSM', 'FSM Eligible', 'Free School Meals', 'FSM Ever 6'],
  lookedAfter: ['In Care', 'Looked After', 'CLA', 'LAC', 'Child Looked After'],
};

const key = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Column index for each field, from the file's own header row; null where nothing matches. */
export function suggestMapping(headers: readonly string[]): Record<ImportField, number | null> {
  const keys = headers.map(key);
  const mapping = {} as Record<ImportField, number | null>;
  for (const field of importFields) {
    const index = headerNames[field].map(key).map((name) => keys.indexOf(name)).find((i) => i >= 0);
    mapping[field] = index ?? null;
  }
  return mapping;
}

export interface ImportProblem {
  field: ImportField | 'row';
  code?: string;
  message: string;
  /** The cell as the file has it, for the SENCO to correct in the preview. */
  text?: string;
}

export type ImportedPupil = Partial<Record<ImportField, string | boolean | null>>;

/** A blank date is no date (the required check says so where one is needed), not a badly written one. */
const optionalDate = (t: string): Read<string | null> => (t.trim() ? readDate(t) : { ok: true, value: null });

const readers: Partial<Record<ImportField, (text: string) => Read<string | boolean | null>>> = {
  dateOfBirth: optionalDate,
  admissionDate: optionalDate,
  leavingDate: optionalDate,
  sex: readSex,
  ncYear: readYearGroup,
  eal: readYesNo,
  pupilPremium: readYesNo,
  fsm: readYesNo,
  lookedAfter: readYesNo,
};

/** One data row read through the mapping, with every problem it has. */
export function readPupilRow(cells: readonly string[], mapping: Record<ImportField, number | null>) {
  const pupil: ImportedPupil = {};
  const problems: ImportProblem[] = [];
  for (const field of importFields) {
    const column = mapping[field];
    if (column === null) continue;
    const text = (cells[column] ?? '').trim();
    const reader = readers[field];
    if (reader) {
      const read = reader(text);
      if (read.ok) pupil[field] = read.value;
      else problems.push({ field, message: read.reason, text });
    } else {
      pupil[field] = text === '' ? null : text;
    }
  }
  for (const field of requiredFields) {
    if (field !== 'upn' && (pupil[field] === null || pupil[field] === undefined) && !problems.some((p) => p.field === field)) {
      problems.push({ field, message: `The ${field === 'dateOfBirth' ? 'date of birth' : 'name'} is missing.`, text: '' });
    }
  }
  const upnText = typeof pupil.upn === 'string' ? pupil.upn : '';
  const upn = checkUpn(upnText);
  pupil.upn = upn.upn || null;
  for (const error of upn.errors) problems.push({ field: 'upn', code: error.code, message: error.message, text: upnText });
  return { pupil, problems };
}

export interface PreviewRow {
  line: number;
  pupil: ImportedPupil;
  problems: ImportProblem[];
  /** 'update' when a pupil with this UPN is already in the vault. */
  action: 'new' | 'update';
}

/** Every row with its problems, duplicates within the file (1520) included. Nothing is written. */
export function previewPupilImport(
  rows: readonly { line: number; cells: readonly string[] }[],
  mapping: Record<ImportField, number | null>,
  knownUpns: ReadonlySet<string>,
): PreviewRow[] {
  const preview = rows.map(({ line, cells }) => ({ line, ...readPupilRow(cells, mapping) }));
  const seen = new Map<string, number>();
  for (const row of preview) {
    const upn = typeof row.pupil.upn === 'string' ? normaliseUpn(row.pupil.upn) : '';
    if (!upn) continue;
    const first = seen.get(upn);
    if (first !== undefined) row.problems.push({ field: 'upn', code: '1520', message: `1520: the same UPN as the row on line ${first}.`, text: String(row.pupil.upn) });
    else seen.set(upn, row.line);
  }
  return preview.map((row) => ({
    ...row,
    action: typeof row.pupil.upn === 'string' && knownUpns.has(normaliseUpn(row.pupil.upn)) ? 'update' : 'new',
  }));
}
