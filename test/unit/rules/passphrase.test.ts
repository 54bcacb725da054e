import { describe, expect, it } from 'vitest';
import { assessPassphrase } from '../../../shared/rules/passphrase';

describe('assessPassphrase', () => {
  it.each([
    // passphrase, userInputs, acceptable, a problem that must be named
    ['short1!', [], false, 'at least 12 characters (this has 7)'],
    ['password1234', [], false, 'too easy to guess'],
    ['aaaaaaaaaaaaaaaa', [], false, 'too easy to guess'],
    ['qwertyuiopasdf', [], false, 'too easy to guess'],
    // strong on its own, weak once the school's own name is known to the guesser
    ['OakfieldSchool1', ['Oakfield School'], false, 'too easy to guess'],
    ['OakfieldSchool1', [], true, ''],
    ['violet tractor harbour minnow', [], true, ''],
    ['kettle-Quartz-91-lantern', [], true, ''],
  ])('%j → acceptable %s', (passphrase, inputs, acceptable, problem) => {
    const verdict = assessPassphrase(passphrase, inputs);
    expect(verdict.acceptable).toBe(acceptable);
    if (acceptable) {
      expect(verdict.problems).toEqual([]);
      expect(verdict.score).toBeGreaterThanOrEqual(3);
    } else {
      expect(verdict.problems.join(' ')).toContain(problem);
    }
  });

  it('counts characters, not UTF-16 units, for the length rule', () => {
    const verdict = assessPassphrase('😀😀😀😀😀😀😀😀😀😀😀', []);
    expect(verdict.problems[0]).toContain('this has 11');
  });

  it('labels each score in plain words', () => {
    expect(assessPassphrase('a', []).label).toBe('Very weak');
    expect(assessPassphrase('violet tractor harbour minnow', []).label).toMatch(/strong/i);
  });
});
