import { schoolYearOf, termsOfSchoolYear } from '../../../../shared/rules/schoolTerms';

/** This school year and its terms, for the map's range picker: the rule's terms (spring ends on Easter Sunday). */
export interface TermChoice {
  id: string;
  label: string;
  from: string;
  to: string;
}

export function schoolYearTerms(isoToday: string): TermChoice[] {
  const year = schoolYearOf(isoToday);
  return [
    { id: 'year', label: `This school year (${year.startYear} to ${year.startYear + 1})`, from: year.from, to: year.to },
    ...termsOfSchoolYear(year.startYear).map((t) => ({ id: t.term, label: t.label, from: t.from, to: t.to })),
  ];
}
