import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Timing } from './measure';

export interface Line {
  name: string;
  timing: Timing;
  /** DESIGN.md's budget for the median, in ms, where it sets one. */
  budget?: number;
  /** Budgets on the longest single call: DESIGN.md's 50 ms for anything on main's event loop. */
  maxBudget?: number;
  /** For work done in a worker: the longest the event loop was held up, which maxBudget then applies to. */
  longestBlock?: number;
  note?: string;
}

export interface Ratio {
  name: string;
  encrypted: number;
  plain: number;
  /** DESIGN.md: how many times slower the encrypted file may be. */
  limit: number;
}

/** How long main's event loop was held: the whole call, unless the work went to a worker. */
const blockOf = (line: Line) => line.longestBlock ?? line.timing.max;

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1)).padStart(7);

export function lineVerdict(line: Line): boolean {
  return (line.budget === undefined || line.timing.median <= line.budget) && (line.maxBudget === undefined || blockOf(line) <= line.maxBudget);
}

export const ratioVerdict = (ratio: Ratio): boolean => ratio.encrypted / ratio.plain <= ratio.limit;

/** The table a person reads, and the same figures as JSON for comparing runs. */
export function report(title: string, lines: Line[], ratios: Ratio[], outFile: string): boolean {
  console.log(`\n${title}\n`);
  console.log(`${'measure'.padEnd(52)} ${'median'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)} ${'held'.padStart(7)}  budget`);
  for (const line of lines) {
    const budgets = [line.budget === undefined ? '' : `median ≤ ${line.budget} ms`, line.maxBudget === undefined ? '' : `main held ≤ ${line.maxBudget} ms`]
      .filter(Boolean)
      .join(', ');
    const verdict = budgets ? (lineVerdict(line) ? '  ok ' : '  OVER') : '';
    console.log(`${line.name.padEnd(52)} ${ms(line.timing.median)} ${ms(line.timing.p95)} ${ms(line.timing.max)} ${ms(blockOf(line))}  ${budgets}${verdict}${line.note ? `  (${line.note})` : ''}`);
  }
  console.log(`\n${'encrypted / plain (medians, ms)'.padEnd(52)} ${'enc'.padStart(7)} ${'plain'.padStart(7)} ${'ratio'.padStart(7)}  limit`);
  for (const ratio of ratios) {
    const verdict = ratioVerdict(ratio) ? 'ok' : 'OVER';
    console.log(`${ratio.name.padEnd(52)} ${ms(ratio.encrypted)} ${ms(ratio.plain)} ${(ratio.encrypted / ratio.plain).toFixed(2).padStart(7)}  ≤ ${ratio.limit}×  ${verdict}`);
  }
  mkdirSync(path.dirname(outFile), { recursive: true });
  const json = {
    title,
    lines: lines.map(({ timing, ...line }) => ({ ...line, median: timing.median, p95: timing.p95, max: timing.max, mainHeld: blockOf({ timing, ...line }), runs: timing.samples.length })),
    ratios: ratios.map((r) => ({ ...r, ratio: r.encrypted / r.plain })),
  };
  writeFileSync(outFile, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nFigures saved to ${path.relative(process.cwd(), outFile)}`);
  return lines.every(lineVerdict) && ratios.every(ratioVerdict);
}
