import type { Evaluation, EvaluationDecision } from '../../shared/domain/provision';
import { type Day, termDayWithin, toIso } from './calendar';
import type { ScoreModel } from './provisionLibrary';
import { type ProvisionPupil, ageInMonths } from './provisionPupils';
import type { Random } from './random';

/**
 * Entry and exit scores, review outcomes and evaluations for the demo's
 * memberships. Gains are plausible for each measure: most pupils move on at
 * a rate drawn from the measure's range; about 1 in 12 make no measurable
 * progress and about 1 in 20 go backwards, as real impact data shows.
 */

const DAYS_A_MONTH = 30.4375;

function keep(model: ScoreModel, value: number): number {
  const [min, max, step] = model.kind === 'age' ? [0, 300, 1] : [model.min, model.max, model.step];
  const stepped = Math.round(value / step) * step;
  // Tenths are rounded again so 12.300000000000001 does not reach the database.
  return Math.min(max, Math.max(min, step === 1 ? stepped : Math.round(stepped * 10) / 10));
}

export function entryScore(model: ScoreModel, pupil: ProvisionPupil, day: Day, rnd: Random): number {
  if (model.kind === 'age') return keep(model, Math.max(36, ageInMonths(pupil, day) - rnd.int(model.behind[0], model.behind[1])));
  const [low, high] = model.entry;
  return keep(model, low + rnd.next() * (high - low));
}

export interface Progress {
  exit: number;
  /** Actual gain over the gain expected at the middle of the measure's range, for the review outcome. */
  ratio: number;
}

export function exitScore(model: ScoreModel, entry: number, from: Day, to: Day, rnd: Random): Progress {
  const months = Math.max(0.25, (to - from) / DAYS_A_MONTH);
  const [low, high] = model.perMonth;
  const kind = rnd.weighted([['backwards', 5], ['none', 8], ['progress', 87]] as const);
  const rate = kind === 'backwards' ? -low * (0.2 + rnd.next() * 0.8) : kind === 'none' ? 0 : low + rnd.next() * (high - low);
  const exit = keep(model, entry + rate * months);
  const expected = ((low + high) / 2) * months;
  return { exit, ratio: (exit - entry) / expected };
}

/** The review outcome's score (−2…+2) for a rate of progress against what was expected. */
export function outcomeScore(ratio: number): -2 | -1 | 0 | 1 | 2 {
  if (ratio < 0) return -2;
  if (ratio < 0.3) return -1;
  if (ratio < 0.8) return 0;
  if (ratio < 1.4) return 1;
  return 2;
}

const reasons: Record<EvaluationDecision, readonly string[]> = {
  continue: [
    'Good progress so far; another run to secure it.',
    'Progress is steady; keep going to the end of the year.',
    'Gaining confidence; continue and review next half term.',
    'Working well: the same sessions again next term.',
  ],
  stop: [
    'Target met: no longer needed.',
    'Outcome achieved; support now in class.',
    'No measurable progress after a full run: stopping and trying something else.',
    'Moved on to a more suitable intervention.',
    'Pupil and parents agree the target is met.',
  ],
  change: [
    'Some progress but slower than hoped: fewer pupils and more sessions.',
    'Change to one-to-one for the next run.',
    'Change the time: sessions clash with core lessons.',
    'Adapt the materials to the pupil’s interests.',
    'Ask the specialist service for advice before the next run.',
  ],
};

export function evaluation(outcome: number, end: Day, today: Day, rnd: Random): Evaluation {
  const decision: EvaluationDecision =
    outcome >= 1
      ? rnd.weighted([['stop', 55], ['continue', 40], ['change', 5]] as const)
      : outcome === 0
        ? rnd.weighted([['continue', 45], ['change', 45], ['stop', 10]] as const)
        : rnd.weighted([['change', 60], ['stop', 35], ['continue', 5]] as const);
  const pool = reasons[decision].filter((r) => (outcome < 0) === r.startsWith('No measurable') || decision !== 'stop');
  return { decision, reason: rnd.pick(pool.length > 0 ? pool : reasons[decision]), date: toIso(Math.max(end, termDayWithin(Math.min(end + rnd.int(0, 12), today), today))) };
}
