/**
 * This school year's terms, for the map's range picker.
 *
 * A stand-in until shared/rules/schoolTerms.ts lands (issue 6's rules): the
 * three terms as the calendar has them, each split in two halves, without the
 * school's own INSET days or half-terms. Replace the body with the rule's.
 */
export interface TermChoice {
  id: string;
  label: string;
  from: string;
  to: string;
}

/** The school year a date falls in starts on 1 September. */
export function schoolYearStart(isoToday: string): number {
  const year = Number(isoToday.slice(0, 4));
  const month = Number(isoToday.slice(5, 7));
  return month >= 9 ? year : year - 1;
}

export function schoolYearTerms(isoToday: string): TermChoice[] {
  const y = schoolYearStart(isoToday);
  const n = y + 1;
  const span = `${y} to ${n}`;
  return [
    { id: 'year', label: `This school year (${span})`, from: `${y}-09-01`, to: `${n}-08-31` },
    { id: 'autumn', label: `Autumn term ${y}`, from: `${y}-09-01`, to: `${y}-12-31` },
    { id: 'autumn-1', label: `Autumn 1 ${y}`, from: `${y}-09-01`, to: `${y}-10-31` },
    { id: 'autumn-2', label: `Autumn 2 ${y}`, from: `${y}-11-01`, to: `${y}-12-31` },
    { id: 'spring', label: `Spring term ${n}`, from: `${n}-01-01`, to: `${n}-04-15` },
    { id: 'spring-1', label: `Spring 1 ${n}`, from: `${n}-01-01`, to: `${n}-02-20` },
    { id: 'spring-2', label: `Spring 2 ${n}`, from: `${n}-02-21`, to: `${n}-04-15` },
    { id: 'summer', label: `Summer term ${n}`, from: `${n}-04-16`, to: `${n}-08-31` },
    { id: 'summer-1', label: `Summer 1 ${n}`, from: `${n}-04-16`, to: `${n}-05-31` },
    { id: 'summer-2', label: `Summer 2 ${n}`, from: `${n}-06-01`, to: `${n}-08-31` },
  ];
}
