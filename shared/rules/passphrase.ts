import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { MIN_PASSPHRASE_LENGTH } from './passphrasePolicy';

export type PassphraseScore = 0 | 1 | 2 | 3 | 4;

export interface PassphraseAssessment {
  score: PassphraseScore;
  acceptable: boolean;
  label: string;
  /** Why it is refused; empty when acceptable. */
  problems: string[];
  suggestions: string[];
}

/** zxcvbn's score 3 ("safely unguessable") is the bar for a key that guards children's records. */
export const MIN_PASSPHRASE_SCORE: PassphraseScore = 3;

const labels: Record<PassphraseScore, string> = {
  0: 'Very weak',
  1: 'Weak',
  2: 'Fair',
  3: 'Strong',
  4: 'Very strong',
};

// Built on first use: the dictionaries are large and most screens never need them.
let zxcvbn: ZxcvbnFactory | undefined;
const estimator = (): ZxcvbnFactory =>
  (zxcvbn ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
  }));

/**
 * Judges a new passphrase. `userInputs` are words an attacker would try first
 * (school name, the person's name): a passphrase built on them scores lower.
 * The renderer shows this as a meter; main enforces the same verdict.
 */
export function assessPassphrase(passphrase: string, userInputs: string[] = []): PassphraseAssessment {
  const words = userInputs.flatMap((input) => input.toLowerCase().split(/\s+/)).filter((w) => w.length > 2);
  const result = estimator().check(passphrase.slice(0, 256), words);
  const score = result.score as PassphraseScore;
  const problems: string[] = [];
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    problems.push(`Use at least ${MIN_PASSPHRASE_LENGTH} characters (this has ${length}).`);
  }
  if (score < MIN_PASSPHRASE_SCORE) {
    const why = result.feedback.warning ? ` ${result.feedback.warning}` : '';
    problems.push(`This passphrase would be too easy to guess.${why}`.trim());
  }
  return {
    score,
    acceptable: problems.length === 0,
    label: labels[score],
    problems,
    suggestions: result.feedback.suggestions,
  };
}
