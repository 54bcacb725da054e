import { describe, expect, it } from 'vitest';
import { PRINT_PATH, PrintJobs } from '../../../electron/platform/printJobs';

describe('print jobs: a document held in memory for one load', () => {
  it('serves a job once, at its own path, and then never again', () => {
    const jobs = new PrintJobs();
    const path = jobs.add('<p>Ava’s provision map</p>');
    expect(path).toMatch(new RegExp(`^${PRINT_PATH}[0-9a-f-]{36}$`));
    expect(jobs.takeByPath(path)).toBe('<p>Ava’s provision map</p>');
    expect(jobs.takeByPath(path)).toBeUndefined();
  });

  it.each([
    ['another job’s path', `${PRINT_PATH}00000000-0000-0000-0000-000000000000`],
    ['the app’s own page', '/index.html'],
    ['the print path alone', PRINT_PATH],
  ])('serves nothing for %s', (_what, path) => {
    const jobs = new PrintJobs();
    jobs.add('<p>record</p>');
    expect(jobs.takeByPath(path)).toBeUndefined();
  });

  it('gives every job its own path', () => {
    const jobs = new PrintJobs();
    expect(jobs.add('a')).not.toBe(jobs.add('a'));
  });
});
