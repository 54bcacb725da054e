/**
 * This school year and its terms, for the map's range picker.
 *
 * A stand-in until shared/rules/schoolTerms.ts (issue 6's rules) is on this
 * branch: there the spring term ends on Easter Sunday; here on 15 April.
 * Replace the body of schoolYearTerms with the rule's schoolYearOf and
 * termsOfSchoolYear, keeping this shape for the screens.
 */
export interface TermChoice {
  id: string;
  label: string;
  from: string;
  to: string;
}

export function schoolYearTerms(isoToday: string): TermChoice[] {
  const year = Number(isoToday.slice(0, 4));
  const y = Number(isoToday.slice(5, 7)) >= 9 ? year : year - 1;
  const n = y + 1;
  return [
    { id: 'year', label: `This school year (${y} to ${n})`, from: `${y}-09-01`, to: `${n}-08-31` },
    { id: 'autumn', label: `Autumn term ${y}`, from: `${y}-09-01`, to: `${y}-12-31` },
    { id: 'spring', label: `Spring term ${n}`, from: `${n}-01-01`, to: `${n}-04-15` },
    { id: 'summer', label: `Summer term ${n}`, from: `${n}-04-16`, to: `${n}-08-31` },
  ];
}
