/** The name fields every pupil record carries. */
export interface PupilName {
  legalForename: string;
  legalSurname: string;
  preferredForename: string | null;
  preferredSurname: string | null;
}

/** The name the pupil goes by: preferred parts where given, legal ones otherwise. */
export const knownAs = (p: PupilName): string =>
  `${p.preferredForename ?? p.legalForename} ${p.preferredSurname ?? p.legalSurname}`;

export const legalName = (p: PupilName): string => `${p.legalForename} ${p.legalSurname}`;

/** The legal name, only when it differs from the name shown. */
export const legalIfDifferent = (p: PupilName): string | null => (knownAs(p) === legalName(p) ? null : legalName(p));

/** Surname first, for sorting as a register is read. */
export const sortKey = (p: PupilName): string =>
  `${p.preferredSurname ?? p.legalSurname} ${p.preferredForename ?? p.legalForename}`.toLocaleLowerCase('en-GB');
