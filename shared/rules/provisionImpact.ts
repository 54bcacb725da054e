import type { Score } from '../domain/provision';
import type { ScoreChange } from '../domain/provisionMaps';
import { dayNumber } from './schoolTerms';

/**
 * Impact of a provision (issue 6, item 4): change from entry to exit, change
 * per month, cost per unit of gain, and a group's summary.
 *
 * Figures in the view model are rounded to 2 decimal places (so JSON stays
 * tidy and sums on screen and paper agree); the words helpers round to 1.
 */

export const DAYS_PER_MONTH = 365.25 / 12;

export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** Months between two assessments, by days ÷ (365.25 / 12). */
export function monthsBetween(from: string, to: string): number {
  return (dayNumber(to) - dayNumber(from)) / DAYS_PER_MONTH;
}

/** Exit − entry and change a month, exact (unrounded); null until both are recorded, per month null when no time passed. */
export function exactChange(entry: Score | null, exit: Score | null): { change: number | null; perMonth: number | null } {
  if (!entry || !exit) return { change: null, perMonth: null };
  const change = exit.score - entry.score;
  const months = monthsBetween(entry.date, exit.date);
  return { change, perMonth: months > 0 ? change / months : null };
}

/** The view model's ScoreChange, rounded to 2 dp. */
export function scoreChange(entry: Score | null, exit: Score | null): ScoreChange {
  const exact = exactChange(entry, exit);
  return {
    entry: entry?.score ?? null,
    exit: exit?.score ?? null,
    change: exact.change === null ? null : round2(exact.change),
    perMonth: exact.perMonth === null ? null : round2(exact.perMonth),
  };
}

/** Pence per unit gained, whole pence; null when there is no gain to divide by. */
export function costPerUnitGain(projectedPence: number, change: number | null): number | null {
  if (change === null || !(change > 0)) return null;
  return Math.round(projectedPence / change);
}

export interface ImpactRow {
  entry: Score | null;
  exit: Score | null;
  outcomeScore: number | null;
  /** Projected cost in pence; absent when costs are not shown. */
  projectedPence?: number;
}

export interface ImpactSummary {
  pupils: number;
  measured: number;
  improved: number;
  meanChange: number | null;
  meanPerMonth: number | null;
  meanOutcomeScore: number | null;
  /**
   * Projected cost of the measured pupils ÷ their total gain: pupils with no exit
   * score yet neither add cost nor gain, so the figure is not inflated by
   * pupils still in the group. Null when total gain ≤ 0 or costs are not given.
   */
  costPerUnitGainPence: number | null;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length);
}

export function impactSummary(rows: readonly ImpactRow[]): ImpactSummary {
  const changes: number[] = [];
  const perMonths: number[] = [];
  const outcomes: number[] = [];
  let measuredCost = 0;
  let costKnown = true;
  for (const row of rows) {
    const exact = exactChange(row.entry, row.exit);
    if (exact.change !== null) {
      changes.push(exact.change);
      if (row.projectedPence === undefined) costKnown = false;
      else measuredCost += row.projectedPence;
    }
    if (exact.perMonth !== null) perMonths.push(exact.perMonth);
    if (row.outcomeScore !== null) outcomes.push(row.outcomeScore);
  }
  const totalGain = changes.reduce((a, b) => a + b, 0);
  return {
    pupils: rows.length,
    measured: changes.length,
    improved: changes.filter((c) => c > 0).length,
    meanChange: mean(changes),
    meanPerMonth: mean(perMonths),
    meanOutcomeScore: mean(outcomes),
    costPerUnitGainPence: costKnown && changes.length > 0 && totalGain > 0 ? Math.round(measuredCost / totalGain) : null,
  };
}
