import { type BroadArea, type NcYearGroup, type NeedType, needTypeDetails, ncYearNumber } from '../../shared/domain/sen';
import { type Day, academicYearOf, toDay } from './calendar';
import type { SyntheticSchool } from './syntheticSchool';

/**
 * What the provision generator needs to know of each pupil: when they were on
 * roll, which year and class they were in in a given school year, and where
 * they stood on the SEN register and in which areas of need on a given day.
 */
export interface ProvisionPupil {
  /** Position in the school's list: a cheap key for "has had this programme". */
  index: number;
  id: string;
  admitted: Day;
  /** The day they left (the last day they may be in a group), or null if on roll today. */
  left: Day | null;
  receptionYear: number;
  /** 0 for class A, 1 for B...: the class now (or when they left), kept from year to year (see classLetterIn). */
  classIndex: number;
  dateOfBirth: Day;
  statuses: readonly { provision: string; from: Day; to: Day | null }[];
  monitoring: readonly { from: Day; to: Day | null }[];
  needs: readonly { area: BroadArea; from: Day; to: Day | null }[];
}

const within = (day: Day, period: { from: Day; to: Day | null }) => period.from <= day && (period.to === null || day < period.to);
// The school's dates repeat (term starts, census days): parsing each once keeps the demo build quick.
const days = new Map<string, Day>();
function day(iso: string): Day {
  let parsed = days.get(iso);
  if (parsed === undefined) days.set(iso, (parsed = toDay(iso)));
  return parsed;
}
const dayOrNull = (iso: string | null) => (iso === null ? null : day(iso));

export function provisionPupils(school: SyntheticSchool): ProvisionPupil[] {
  const today = day(school.today);
  return school.pupils.map((p, index) => {
    const d = p.details;
    const left = dayOrNull(d.leavingDate);
    const year = ncYearNumber(d.ncYear as NcYearGroup) ?? 0;
    return {
      index,
      id: p.id,
      admitted: day(d.admissionDate!),
      left,
      receptionYear: academicYearOf(left ?? today) - year,
      classIndex: d.className!.charCodeAt(d.ncYear!.length) - 65,
      dateOfBirth: day(d.dateOfBirth!),
      statuses: p.senStatuses.map((s) => ({ provision: s.provision, from: day(s.startDate), to: dayOrNull(s.endDate) })),
      monitoring: p.monitoring.map((m) => ({ from: day(m.addedOn), to: dayOrNull(m.closedOn) })),
      needs: p.senNeeds.flatMap((n) => {
        const area = needTypeDetails[n.needType as NeedType]?.area;
        return area ? [{ area, from: day(n.startDate), to: dayOrNull(n.endDate) }] : [];
      }),
    };
  });
}

/**
 * A pupil's class letter in NC year `year`: the primary phase has 4 classes a
 * year and the secondary 8 forms, so a pupil in form 9G was in class C in
 * Year 4 (the classes of a smaller school are a subset of these letters).
 */
export const classLetterIn = (p: ProvisionPupil, year: number): string => String.fromCharCode(65 + (year <= 6 ? p.classIndex % 4 : p.classIndex));

export const onRollOn = (p: ProvisionPupil, day: Day): boolean => p.admitted <= day && (p.left === null || day <= p.left);

/**
 * How likely a pupil is to be chosen for a targeted group on a day: those with
 * an EHC plan or on SEN support first, then those being monitored, then those
 * who were once on the register; a few others (a short-term need, a new
 * arrival) too. A need in the group's own area counts three times over.
 */
export function targetWeight(p: ProvisionPupil, day: Day, area: BroadArea, others: number): number {
  const status = p.statuses.find((s) => within(day, s))?.provision;
  const base =
    status === 'E' ? 14 : status === 'K' ? 10 : p.monitoring.some((m) => within(day, m)) ? 5 : status === 'N' ? 1 : others;
  return p.needs.some((n) => n.area === area && within(day, n)) ? base * 3 : base;
}

export const hasPlanOn = (p: ProvisionPupil, day: Day): boolean => p.statuses.some((s) => s.provision === 'E' && within(day, s));

/** Whole months of age on a day, for reading and spelling ages. */
export function ageInMonths(p: ProvisionPupil, day: Day): number {
  return Math.floor((day - p.dateOfBirth) / 30.4375);
}
