import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Milliseconds, in the order they were taken. */
  samples: number[];
  median: number;
  p95: number;
  max: number;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { samples, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
}

/**
 * Times `run` `times` times after `warmup` untimed calls; each call gets its
 * index, so it can vary what it asks. `before`, untimed, runs ahead of each.
 */
export async function sample(times: number, run: (i: number) => unknown, warmup = 3, before?: (i: number) => unknown): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await run(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    await before?.(i);
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/** One timed call, for work that cannot be repeated on the same data (a bulk load). */
export function once<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/**
 * Like `sample`, and also the longest the event loop was held up while the
 * calls ran: the figure DESIGN.md's 50 ms budget is about, for work that
 * hands its heavy part to a worker thread.
 */
export async function sampleWithLoop(
  times: number,
  run: (i: number) => unknown,
  warmup = 1,
  before?: (i: number) => unknown,
): Promise<Timing & { longestBlock: number }> {
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  for (let i = 0; i < warmup; i++) await run(-1 - i);
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const timing = await sample(times, run, 0, before);
  delay.disable();
  return { ...timing, longestBlock: delay.max / 1e6 };
}
