/**
 * `npm run bench`: DESIGN.md's performance budgets, measured at the reference
 * school in a real encrypted vault through the same dispatcher the window
 * calls (validation, permissions, audit and all). Medians against the budgets,
 * the longest call against the 50 ms main-thread budget, and the encrypted
 * file against a plain twin. Options: `--size=small` for a quick run,
 * `--runs=N` samples per measure, `--strict` to exit 1 when over budget.
 */
import os from 'node:os';
import path from 'node:path';
import { compareCipher } from './cipherComparison';
import { importMeasures } from './importBench';
import { provisionMeasures } from './provisionBench';
import { type Timing, sample, sampleWithLoop, summarise } from './measure';
import { referenceVault } from './referenceVault';
import { type Line, report } from './report';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const size = option('size') === 'small' ? 'small' : 'reference';
const runs = Number(option('runs') ?? 40);
const strict = process.argv.includes('--strict');
const MAIN_THREAD_MS = 50;

async function bench(): Promise<boolean> {
  const vault = await referenceVault(size);
  const lines: Line[] = [];
  const add = (name: string, timing: Timing, budgets: Omit<Line, 'name' | 'timing'> = {}) => {
    lines.push({ name, timing, maxBudget: MAIN_THREAD_MS, ...budgets });
    process.stdout.write('.');
  };
  try {
    const onRoll = vault.school.pupils.filter((p) => !p.details.leavingDate);
    add('load the school into the vault (one transaction)', summarise([vault.loadMs]), {
      maxBudget: undefined,
      note: `${vault.school.pupils.length} pupils with histories, called directly: the app builds its demo in a worker`,
    });
    // Any write makes the register read the database again: this is the first read after a change.
    const aChange = (i: number) => vault.call('drafts.save', { form: 'account-add', data: { name: `bench ${i}` } });
    add('register: first read after any change', await sample(runs, () => vault.call('register.list', {}), 3, aChange), { budget: 20 });
    add('register: everyone on roll', await sample(runs, () => vault.call('register.list', {})), { budget: 20 });
    add('register: on the SEND register', await sample(runs, () => vault.call('register.list', { status: 'register' })), { budget: 20 });
    add('register: search as you type ("sm")', await sample(runs, () => vault.call('register.list', { search: 'sm' })), { budget: 20 });
    add('register: with pupils who have left', await sample(runs, () => vault.call('register.list', { includeLeavers: true })), { budget: 20 });
    add('pupil file (audited read)', await sample(runs, (i) => vault.call('pupils.get', { pupilId: onRoll[Math.abs(i * 7919) % onRoll.length]!.id })), { budget: 20 });
    add('census readiness, whole school', await sample(Math.max(5, runs / 4), () => vault.call('census.readiness')));
    for (const measure of await importMeasures(vault, Math.max(3, Math.floor(runs / 10)))) {
      add(measure.name, measure.timing, { longestBlock: measure.timing.longestBlock, note: measure.note });
    }
    for (const measure of await provisionMeasures(vault, runs)) {
      add(measure.name, measure.timing, {
        budget: measure.budget,
        note: measure.note,
        ...(measure.longestBlock === undefined ? {} : { longestBlock: measure.longestBlock }),
        ...(measure.onMain ? {} : { maxBudget: undefined }),
      });
    }
    await vault.call('vault.lock');
    const demo = await sampleWithLoop(1, () => vault.call('demo.restart'), 0);
    add('Try with a demo school: build it and open it', demo, { longestBlock: demo.longestBlock, note: 'reference size, in the demo worker' });
  } finally {
    await vault.close();
  }
  const ratios = compareCipher(vault.school, runs);
  const title = `SENCO Desk benchmark — ${size} school (${vault.school.pupils.length} pupils), ${runs} runs per measure, ${os.cpus().length} cores, Node ${process.versions.node}`;
  return report(title, lines, ratios, path.resolve(__dirname, '../../test-results/bench.json'));
}

bench().then(
  (withinBudget) => {
    if (!withinBudget) console.log('\nSome measures are over budget (marked OVER).');
    if (!withinBudget && strict) process.exitCode = 1;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
