/**
 * The School Census checks on a pupil's SEN provision and needs (REFERENCE.md §2), run
 * before a return leaves the app so the SENCO can put problems right first. Each problem
 * carries the census code, what is wrong and what to do, in plain English.
 *
 * The input is what the census would receive for one pupil: the provision code and the
 * needs with their types and ranks (censusNeedsFor picks them from the app's records).
 *
 * Decisions where the rule wording leaves room:
 * - Codes are taken exactly as sent: "k", " K" or "spld" are not census codes. The app
 *   stores codes, not typing, so a difference here is a bug to see, not to smooth over.
 * - A need with neither a type nor a rank carries no information and is ignored by every
 *   rule (an exporter writes no element for it).
 * - 2120: the historic codes S, A and P are invalid: the census no longer takes them.
 * - 2125 "SEN information": any need (a type or a rank) recorded for a pupil with N.
 * - 2130 covers a ranked need with no type and, since the REFERENCE gives no code of its
 *   own for it, a type that is not a census need type (ranked or not): both leave the
 *   census without a need type it can use.
 * - 2140: a need with a type but no rank, or with a rank other than 1 or 2 (the census
 *   ranks only the primary and secondary needs).
 * - 2160 "a single need must be rank 1": when exactly one need is recorded and its rank
 *   is anything but 1, missing included. A missing or invalid rank is then reported by
 *   2140 too: the rules are separate census checks and each one fails.
 * - 2165: two or more needs with the same rank, whatever that rank is.
 * - 2166 counts the needs that have a rank; needs with no rank are 2140's.
 * - 2170 is met by any need with a census need type, ranked or not; NSA counts (2175
 *   says whether NSA itself is allowed).
 * - 2175 fires for NSA with any provision but K, a missing or invalid one included.
 * - Every rule is checked on its own, so one mistake can show under more than one code
 *   (a rank-2 need for a pupil with N: 2125 and 2160). One problem per failing rule; for
 *   2130 and 2140, which are about a single need, one per need that breaks them.
 */
import {
  isHistoric,
  isNeedType,
  isSenProvision,
  senProvisionLabels,
  type SenProvision,
} from '../domain/sen';

export type CensusSenCode = '2120' | '2125' | '2130' | '2140' | '2160' | '2165' | '2166' | '2170' | '2175';

export interface CensusNeed {
  type: string | null;
  rank: number | null;
}

export interface CensusSenPupil {
  // SenProvision is named for the reader: any string may arrive from a record or an import.
  provision: SenProvision | null | string;
  needs: readonly CensusNeed[];
}

export interface CensusSenProblem {
  code: CensusSenCode;
  message: string;
  /** What the SENCO should do about it. */
  fix: string;
}

/** Rank 1 is the primary need, rank 2 the secondary: the only ranks the census takes. */
const isCensusRank = (rank: number | null): rank is 1 | 2 => rank === 1 || rank === 2;

/**
 * The needs the census exports: those ranked 1 or 2, primary first. The app may record
 * more needs (unranked, or ranked lower) for its own use; they stay in the app. Two needs
 * with the same rank both go through, so that censusSenProblems reports 2165 rather than
 * one of them vanishing unseen.
 */
export function censusNeedsFor<T extends CensusNeed>(needs: readonly T[]): T[] {
  return needs.filter((need) => isCensusRank(need.rank)).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
}

export function censusSenProblems(pupil: CensusSenPupil): CensusSenProblem[] {
  const provision = pupil.provision;
  const needs = pupil.needs.filter((need) => typeOf(need) !== null || need.rank !== null);
  const ranked = needs.filter((need) => need.rank !== null);
  const problems: CensusSenProblem[] = [];
  const add = (code: CensusSenCode, message: string, fix: string) =>
    problems.push({ code, message: `${code}: ${message}`, fix });

  // 2120 SEN provision missing or invalid.
  if (provision === null || provision.trim() === '') {
    add('2120', 'the SEN provision is missing.', CHOOSE_PROVISION);
  } else if (isHistoric(provision)) {
    const ended = provision === 'S' ? ': statements ended on 1 April 2018' : '';
    add(
      '2120',
      `${provision} (${senProvisionLabels[provision]}) is a historic provision the census no longer accepts${ended}.`,
      CHOOSE_PROVISION,
    );
  } else if (!isSenProvision(provision)) {
    add('2120', `“${provision}” is not a census SEN provision.`, CHOOSE_PROVISION);
  }

  // 2125 SEN information recorded where provision is N.
  if (provision === 'N' && needs.length > 0) {
    add(
      '2125',
      `${needs.length === 1 ? 'a need is' : 'needs are'} recorded for a pupil with no SEN (N).`,
      'If the pupil has SEN, record SEN support (K) or their EHC plan (E); ' +
        'if not, remove the needs from the census record.',
    );
  }

  // 2130 a need type is required where a rank is given (and must be a census need type).
  for (const need of needs) {
    const type = typeOf(need);
    if (type === null && need.rank !== null) {
      add('2130', `${describeRank(need.rank)} has no need type.`, 'Choose the need type for it from the census list.');
    } else if (type !== null && !isNeedType(type)) {
      add(
        '2130',
        `“${type}” is not a census need type.`,
        `Choose one of the census need types instead of “${type}”.`,
      );
    }
  }

  // 2140 rank missing or invalid.
  for (const need of needs) {
    if (isCensusRank(need.rank)) continue;
    const what = describeType(need);
    const rank = Number.isFinite(need.rank) ? `rank ${need.rank}` : 'an invalid rank';
    const message =
      need.rank === null
        ? `${what} has no rank.`
        : `${what} has ${rank}; the census takes only rank 1 (primary need) or 2 (secondary need).`;
    add('2140', message, 'Rank it 1 if it is the primary need, or 2 if it is the secondary need.');
  }

  // 2160 a single need must be rank 1.
  const only = needs.length === 1 ? needs[0]! : null;
  if (only !== null && only.rank !== 1) {
    const state =
      only.rank === null ? 'has no rank' : Number.isFinite(only.rank) ? `is ranked ${only.rank}` : 'has an invalid rank';
    add('2160', `the pupil's only need ${state}; a single need must be rank 1.`, 'Make it the primary need (rank 1).');
  }

  // 2165 each need has a different rank.
  const counts = new Map<number, number>();
  for (const { rank } of ranked) {
    if (rank !== null && Number.isFinite(rank)) counts.set(rank, (counts.get(rank) ?? 0) + 1);
  }
  const shared = [...counts].filter(([, count]) => count > 1);
  if (shared.length > 0) {
    const words = shared.map(([rank, count]) => `${count} needs are ranked ${rank}`).join(' and ');
    add(
      '2165',
      `${words}; each need must have a different rank.`,
      'Rank the primary need 1 and the secondary need 2: no two needs may share a rank.',
    );
  }

  // 2166 at most two ranked needs.
  if (ranked.length > 2) {
    add(
      '2166',
      `${ranked.length} needs are ranked; the census takes at most two.`,
      'Keep ranks 1 and 2 for the primary and secondary needs and take the rank off the others: ' +
        'the app keeps them, the census does not.',
    );
  }

  // 2170 a need type is required where provision is K or E.
  if ((provision === 'K' || provision === 'E') && !needs.some((need) => isNeedType(typeOf(need) ?? ''))) {
    const who = provision === 'K' ? 'on SEN support (K)' : 'with an EHC plan (E)';
    add('2170', `a pupil ${who} must have a need type recorded.`, "Record the pupil's primary need (rank 1).");
  }

  // 2175 NSA only where provision is K.
  if (provision !== 'K' && needs.some((need) => typeOf(need) === 'NSA')) {
    const message = 'NSA (no specialist assessment of type of need) is only for pupils on SEN support (K)';
    if (provision === 'E') {
      add(
        '2175',
        `${message}, and this pupil has an EHC plan (E).`,
        "The EHC needs assessment has identified the pupil's needs: record the assessed need type instead of NSA.",
      );
    } else if (provision === 'N') {
      add(
        '2175',
        `${message}, and this pupil has no SEN (N).`,
        'If the pupil is on SEN support, record provision K; if not, remove NSA.',
      );
    } else {
      add(
        '2175',
        `${message}, and this pupil's provision is not K.`,
        'Record the provision first; keep NSA only if it is SEN support (K).',
      );
    }
  }

  return problems;
}

const CHOOSE_PROVISION = "Record the pupil's SEN provision: EHC plan (E), SEN support (K) or no SEN (N).";

/** The need's type, or null when there is none (blank counts as none). */
function typeOf(need: CensusNeed): string | null {
  return need.type === null || need.type.trim() === '' ? null : need.type;
}

function describeRank(rank: number): string {
  return Number.isFinite(rank) ? `the need ranked ${rank}` : 'a need with an invalid rank';
}

function describeType(need: CensusNeed): string {
  const type = typeOf(need);
  return type === null ? 'a need with no type' : `the ${isNeedType(type) ? type : `“${type}”`} need`;
}
