/**
 * What a Common Transfer File yields once read (electron/imports/ctf.ts):
 * plain pupil records with their SEN history, each carrying the line it came
 * from so that later checks (UPN, census rules) can point at it.
 *
 * Values are trimmed but otherwise as the file gives them: no UPN check,
 * no code lists. Dates are ISO `YYYY-MM-DD`.
 */

/** The largest file read: a CTF for one school is far smaller. */
export const CTF_MAX_BYTES = 50 * 1024 * 1024;
/** The most pupils read from one file. */
export const CTF_MAX_PUPILS = 20_000;

export type CtfParseResult =
  | { ok: true; header: CtfHeader; pupils: CtfPupil[]; warnings: CtfWarning[] }
  | { ok: false; line: number | null; reason: string };

export interface CtfHeader {
  documentName?: string;
  ctfVersion?: string;
  /** As the file gives it (an xs:dateTime such as 2025-07-18T14:05:00). */
  dateTime?: string;
  documentQualifier?: string;
  supplierId?: string;
  sourceSchool: { lea?: string; estab?: string; urn?: string; name?: string };
  destSchool?: { lea?: string; estab?: string };
}

export interface CtfPupil {
  /** The line of the pupil's <Pupil> tag. */
  line: number;
  upn: string;
  surname: string;
  forename: string;
  /** ISO YYYY-MM-DD. */
  dateOfBirth: string;
  /** From <Sex>, or <Gender> in older files; null when absent or neither M nor F. */
  sex: 'M' | 'F' | null;
  preferredSurname?: string;
  preferredForename?: string;
  formerSurname?: string;
  formerForename?: string;
  middleNames?: string;
  formerUpn?: string;
  /** <NCyearActual> as given: R, N1, N2, 1 to 14, X. */
  ncYear?: string;
  /** In file order. */
  senHistory: CtfSenEntry[];
}

export interface CtfSenEntry {
  /** The line of the <SEN> tag. */
  line: number;
  /** ISO YYYY-MM-DD. */
  startDate: string;
  /** ISO YYYY-MM-DD, where the file gives one (CTF 17 onwards). */
  endDate?: string;
  /** E K N S A P, as given. */
  provision: string;
  needs: CtfSenNeed[];
}

export interface CtfSenNeed {
  /** The line of the <SENneed> tag. */
  line: number;
  /** SPLD, MLD, ... as given. */
  type: string;
  /** 1 primary, 2 secondary; null when the file gives none, or not a whole number. */
  rank: number | null;
}

export interface CtfWarning {
  line: number;
  /** Plain English, starting "Line N: "; never a value from the file. */
  message: string;
}
