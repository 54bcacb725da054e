import { describe, expect, it } from 'vitest';
import { describeWait, nextUnlockAllowedAt, unlockWaitSeconds } from '../../../shared/rules/unlockBackoff';

describe('unlockWaitSeconds', () => {
  it.each([
    [0, 0],
    [1, 0],
    [4, 0],
    [5, 30],
    [6, 60],
    [7, 120],
    [8, 240],
    [9, 480],
    [10, 900], // 960 capped at 15 minutes
    [11, 900],
    [50, 900],
    [10_000, 900],
    [Number.MAX_SAFE_INTEGER, 900],
    [Infinity, 900],
    [-1, 0],
    [NaN, 0],
  ])('%s failures in a row → %s s', (failures, seconds) => {
    expect(unlockWaitSeconds(failures)).toBe(seconds);
  });
});

describe('nextUnlockAllowedAt', () => {
  const at = (...instants: string[]) => instants.map((instant) => ({ at: instant }));
  const minutesFrom = (start: string, n: number) =>
    Array.from({ length: n }, (_, i) => new Date(Date.parse(start) + i * 60_000).toISOString());

  it.each([
    ['no failures', [], null],
    ['four failures', at(...minutesFrom('2026-11-29T09:00:00.000Z', 4)), null],
    ['five failures: 30 s after the fifth', at(...minutesFrom('2026-11-29T09:00:00.000Z', 5)), '2026-11-29T09:04:30.000Z'],
    ['six failures: 60 s after the sixth', at(...minutesFrom('2026-11-29T09:00:00.000Z', 6)), '2026-11-29T09:06:00.000Z'],
    ['seven failures: 2 minutes', at(...minutesFrom('2026-11-29T09:00:00.000Z', 7)), '2026-11-29T09:08:00.000Z'],
    ['twelve failures: 15 minutes', at(...minutesFrom('2026-11-29T09:00:00.000Z', 12)), '2026-11-29T09:26:00.000Z'],
    [
      'instants with an offset, across midnight',
      at('2026-06-30T23:59:00+01:00', '2026-06-30T23:59:10+01:00', '2026-06-30T23:59:20+01:00', '2026-06-30T23:59:30+01:00', '2026-06-30T23:59:45+01:00'),
      '2026-06-30T23:00:15.000Z',
    ],
    [
      'a clock put back: the wait runs from the latest failure',
      at('2026-11-29T09:00:00Z', '2026-11-29T09:10:00Z', '2026-11-29T09:01:00Z', '2026-11-29T09:02:00Z', '2026-11-29T09:03:00Z'),
      '2026-11-29T09:10:30.000Z',
    ],
  ])('%s', (_name, failures, expected) => {
    expect(nextUnlockAllowedAt(failures)).toBe(expected);
  });

  it('refuses a failure without a valid time rather than guess', () => {
    const failures = at('2026-11-29T09:00:00Z', '2026-11-29T09:01:00Z', 'yesterday', '2026-11-29T09:02:00Z', '2026-11-29T09:03:00Z');
    expect(() => nextUnlockAllowedAt(failures)).toThrow(/no valid time: "yesterday"/);
  });
});

describe('describeWait', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [0.2, '1 second'],
    [29.1, '30 seconds'],
    [30, '30 seconds'],
    [59, '59 seconds'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [90, '2 minutes'],
    [120, '2 minutes'],
    [121, '3 minutes'],
    [240, '4 minutes'],
    [480, '8 minutes'],
    [899, '15 minutes'],
    [900, '15 minutes'],
    [-5, '0 seconds'],
    [NaN, '0 seconds'],
  ])('%s s → %s', (seconds, words) => {
    expect(describeWait(seconds)).toBe(words);
  });

  it('describes every wait the backoff can ask for', () => {
    const words = Array.from({ length: 12 }, (_, n) => describeWait(unlockWaitSeconds(n + 1)));
    expect(words).toEqual([
      '0 seconds', '0 seconds', '0 seconds', '0 seconds',
      '30 seconds', '1 minute', '2 minutes', '4 minutes', '8 minutes', '15 minutes', '15 minutes', '15 minutes',
    ]);
  });
});
