import { UPN_LETTERS } from '../../shared/rules/upn';
import type { Random } from './random';
import type { SyntheticPupil } from './syntheticSchool';

/**
 * Deliberate mistakes in a synthetic school's census data, so the census readiness
 * check has something to find. Each is one a real register picks up: typed in
 * wrong, carried over from an old system, or left behind when a status changed.
 * Only pupils on roll are broken (the census is about them), each pupil once.
 */
export const censusBreakKinds = [
  ['sen-support-without-need', '2170'],
  ['nsa-with-ehc-plan', '2175'],
  ['wrong-upn-check-letter', '1510'],
  ['duplicate-upn', '1520'],
  ['needs-with-no-sen', '2125'],
  ['single-need-not-rank-1', '2160'],
  ['missing-upn', '1500'],
] as const;

export type CensusBreakKind = (typeof censusBreakKinds)[number][0];

export interface CensusBreak {
  pupilId: string;
  kind: CensusBreakKind;
  /** The census error code the check should report for this pupil. */
  code: (typeof censusBreakKinds)[number][1];
}

const openStatus = (p: SyntheticPupil) => p.senStatuses.find((s) => s.endDate === null);
const openNeeds = (p: SyntheticPupil) => p.senNeeds.filter((n) => n.endDate === null);

/** Which pupils a kind of mistake can be made in, and how to make it. */
const mistakes: Record<CensusBreakKind, { fits(p: SyntheticPupil): boolean; make(p: SyntheticPupil, rnd: Random, partner: () => SyntheticPupil | undefined): boolean }> = {
  // K with no need (2170): the needs were never entered, or were ended by mistake.
  'sen-support-without-need': {
    fits: (p) => openStatus(p)?.provision === 'K' && openNeeds(p).length > 0,
    make: (p) => {
      p.senNeeds = p.senNeeds.filter((n) => n.endDate !== null);
      return true;
    },
  },
  // NSA with an EHC plan (2175): a plan always follows an assessment.
  'nsa-with-ehc-plan': {
    fits: (p) => openStatus(p)?.provision === 'E' && openNeeds(p).some((n) => n.rank === 1),
    make: (p) => {
      for (const need of openNeeds(p)) if (need.rank === 1) need.needType = 'NSA';
      return true;
    },
  },
  // A mistyped check letter (1510).
  'wrong-upn-check-letter': {
    fits: (p) => p.details.upn !== null,
    make: (p, rnd) => {
      const upn = p.details.upn!;
      const letter = rnd.pick([...UPN_LETTERS].filter((l) => l !== upn[0]));
      p.details.upn = `${letter}${upn.slice(1)}`;
      return true;
    },
  },
  // Two pupils with one UPN (1520): a sibling's number copied across.
  'duplicate-upn': {
    fits: (p) => p.details.upn !== null,
    make: (p, _rnd, partner) => {
      const other = partner();
      if (!other) return false;
      p.details.upn = other.details.upn;
      return true;
    },
  },
  // Needs left open after the move to N (2125): entered outside the app's own change of status.
  'needs-with-no-sen': {
    fits: (p) => {
      const status = openStatus(p);
      return status?.provision === 'N' && p.senNeeds.some((n) => n.endDate === status.startDate);
    },
    make: (p) => {
      const from = openStatus(p)!.startDate;
      for (const need of p.senNeeds) if (need.endDate === from) need.endDate = null;
      return true;
    },
  },
  // A single need ranked 2 (2160).
  'single-need-not-rank-1': {
    fits: (p) => openStatus(p)?.provision === 'K' && openNeeds(p).length === 1,
    make: (p) => {
      openNeeds(p)[0]!.rank = 2;
      return true;
    },
  },
  // No UPN at all (1500).
  'missing-upn': {
    fits: (p) => p.details.upn !== null,
    make: (p) => {
      p.details.upn = null;
      return true;
    },
  },
};

/**
 * Breaks `count` pupils' census data in place: each broken pupil is replaced by a
 * changed copy, so nothing else in the school changes. The kinds take turns, in the
 * order of `censusBreakKinds`; a kind with no pupil left to break is skipped.
 */
export function breakForCensus(pupils: SyntheticPupil[], count: number, rnd: Random): CensusBreak[] {
  const used = new Set<string>();
  const breaks: CensusBreak[] = [];
  const onRoll = () => pupils.filter((p) => p.details.leavingDate === null && !used.has(p.id));
  for (let k = 0; k < count; k++) {
    let done = false;
    for (let turn = 0; turn < censusBreakKinds.length && !done; turn++) {
      const [kind, code] = censusBreakKinds[(k + turn) % censusBreakKinds.length]!;
      const { fits, make } = mistakes[kind];
      const candidates = onRoll().filter(fits);
      if (candidates.length === 0) continue;
      const chosen = rnd.pick(candidates);
      used.add(chosen.id);
      const partner = () => {
        const others = onRoll().filter((p) => p.details.upn !== null);
        const other = others.length > 0 ? rnd.pick(others) : undefined;
        if (other) used.add(other.id);
        return other;
      };
      const copy = structuredClone(chosen);
      if (!make(copy, rnd, partner)) {
        used.delete(chosen.id);
        continue;
      }
      pupils[pupils.indexOf(chosen)] = copy;
      breaks.push({ pupilId: copy.id, kind, code });
      done = true;
    }
    if (!done) throw new RangeError(`Only ${breaks.length} pupils' census data could be broken, not ${count}.`);
  }
  return breaks;
}
