#!/usr/bin/env node
// `npm test`: every check in order, each step's output streamed as it runs.
// A failed step does not stop the ones after it, so one run shows everything.
// Ends with one summary line, then one plain "N passed, N failed" line that CI
// log readers recognise; exits non-zero if any step failed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The keychain tests need a Secret Service. A Linux desktop session has one;
// a headless shell has no D-Bus session at all, so give it a private keyring.
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
if (process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS && has('dbus-run-session') && has('gnome-keyring-daemon')) {
  console.log('npm test: no D-Bus session here, so the tests get a private gnome-keyring (build/with-test-keyring.sh).');
  const wrapped = spawnSync(path.join(ROOT, 'build', 'with-test-keyring.sh'), [process.execPath, fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  process.exit(wrapped.status ?? 1);
}
// Each report is read as soon as its step ends: Playwright may empty
// test-results/ when it starts.
const REPORTS = path.join(ROOT, 'test-results', 'summary');

const vitestArgs = (name) => ['--', '--reporter=default', '--reporter=json', `--outputFile.json=${reportPath(name)}`];
const reportPath = (name) => path.join(REPORTS, `${name}.json`);

const STEPS = [
  { name: 'lint', script: 'lint' },
  { name: 'types', script: 'typecheck' },
  { name: 'unit', script: 'test:unit', args: vitestArgs('unit'), counts: vitestCounts },
  { name: 'integration', script: 'test:integration', args: vitestArgs('integration'), counts: vitestCounts },
  {
    name: 'e2e',
    script: 'test:e2e',
    args: ['--', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: reportPath('e2e') },
    counts: playwrightCounts,
  },
];

function vitestCounts(report) {
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(report) {
  const s = report.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped, flaky: s.flaky };
}

function run(step) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', step.script, ...(step.args ?? [])], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...step.env },
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`test-all: could not start ${step.name}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readCounts(step) {
  try {
    return step.counts(JSON.parse(fs.readFileSync(reportPath(step.name), 'utf8')));
  } catch {
    return null; // the runner never got as far as writing its report
  }
}

function describe(step, code, counts) {
  if (!counts) return `${step.name} ${code === 0 ? 'ok' : 'FAILED'}`;
  const parts = [`${counts.passed} passed`];
  if (counts.failed) parts.push(`${counts.failed} failed`);
  if (counts.flaky) parts.push(`${counts.flaky} flaky`);
  if (counts.skipped) parts.push(`${counts.skipped} skipped`);
  return `${step.name} ${parts.join(', ')}${code === 0 ? '' : ' (FAILED)'}`;
}

const duration = (ms) => {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

async function main() {
  const started = Date.now();
  const results = [];
  for (const step of STEPS) {
    const t = Date.now();
    fs.rmSync(reportPath(step.name), { force: true });
    fs.mkdirSync(REPORTS, { recursive: true });
    console.log(`\n━━━ ${step.name}: npm run ${step.script}\n`);
    const code = await run(step);
    const counts = step.counts ? readCounts(step) : null;
    console.log(`\n━━━ ${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${duration(Date.now() - t)}`);
    results.push({ step, code, counts });
  }

  const failedSteps = results.filter((r) => r.code !== 0).length;
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const { counts } of results) {
    for (const key of Object.keys(total)) total[key] += counts?.[key] ?? 0;
  }
  const verdict = failedSteps === 0 ? 'all passed' : `${failedSteps} step${failedSteps > 1 ? 's' : ''} FAILED`;
  console.log(`\nSUMMARY: ${results.map((r) => describe(r.step, r.code, r.counts)).join(' · ')} — ${verdict} (${duration(Date.now() - started)})`);
  console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exitCode = failedSteps === 0 ? 0 : 1;
}

await main();
