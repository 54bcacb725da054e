#!/usr/bin/env node
// Electronegativity over the Electron side: electron/ and renderer/ sources plus
// package.json, scanned together so that its global checks (CSP, navigation
// limits, permission handler) see the main process and the page at once.
// Fails on any finding not allowed, with a written reason, in
// build/electronegativity-allow.json ({ check, file, line?, sample?, reason }),
// and on any file it could not parse. Findings go to test-results/.
//
// It must run offline. Electronegativity fetches translations and Electron's
// release list with `got`; we replace `got` with a stub that refuses, skip the
// release-list check, and pass the Electron version instead of looking it up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALLOW_FILE = path.join(ROOT, 'build', 'electronegativity-allow.json');
const REPORT_FILE = path.join(ROOT, 'test-results', 'electronegativity.json');
const SCANNED = ['electron', 'renderer', 'package.json'];
// Needs the network (Electron's release notes); keep Electron current by hand.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
// Build configuration, not app code.
const SKIPPED_FILES = new Set(['renderer/vite.config.ts']);

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));

function blockNetwork() {
  const gotPath = createRequire(path.join(pkgDir, 'dist', 'runner.js')).resolve('got');
  const refuse = () => Promise.reject(new Error('network disabled by build/electronegativity.mjs'));
  refuse.head = refuse;
  refuse.get = refuse;
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: refuse };
}

function readAllowList() {
  const entries = JSON.parse(fs.readFileSync(ALLOW_FILE, 'utf8')).allow;
  if (!Array.isArray(entries)) throw new Error(`${ALLOW_FILE}: expected { "allow": [...] }`);
  entries.forEach((e, i) => {
    const where = `${path.relative(ROOT, ALLOW_FILE)} entry ${i}`;
    if (typeof e.check !== 'string' || typeof e.file !== 'string') throw new Error(`${where}: needs "check" and "file"`);
    if (e.line !== undefined && !Number.isInteger(e.line)) throw new Error(`${where}: "line" must be an integer`);
    if (e.sample !== undefined && typeof e.sample !== 'string') throw new Error(`${where}: "sample" must be a string`);
    if (typeof e.reason !== 'string' || e.reason.trim().length < 20) {
      throw new Error(`${where}: needs a "reason" of at least 20 characters saying why it is safe`);
    }
  });
  return entries;
}

/** Copies what is scanned into a temporary folder: one input for one scan. */
function stage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
  for (const entry of SCANNED) {
    const from = path.join(ROOT, entry);
    if (!fs.existsSync(from)) continue;
    fs.cpSync(from, path.join(dir, entry), {
      recursive: true,
      filter: (src) => {
        const rel = path.relative(ROOT, src).split(path.sep).join('/');
        return !rel.split('/').includes('node_modules') && !SKIPPED_FILES.has(rel);
      },
    });
  }
  return dir;
}

async function scan(input) {
  const electronVersion = require('electron/package.json').version;
  const run = require('@doyensec/electronegativity');
  process.env.LANG = 'en-US';
  // Its translation fetch fails by design here; drop the one line it logs.
  const log = console.log;
  console.log = (...args) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    return await run({
      input,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: EXCLUDED_CHECKS,
      severitySet: 'informational',
      confidenceSet: 'tentative',
    });
  } finally {
    console.log = log;
  }
}

// "line" and "sample" are optional: "sample" pins the finding's text (say, a
// whole CSP), so a changed policy must be reviewed again.
const matches = (entry, f) =>
  entry.check === f.id &&
  entry.file === f.file &&
  (entry.line === undefined || entry.line === f.line) &&
  (entry.sample === undefined || entry.sample === f.sample);

async function main() {
  const allow = readAllowList();
  blockNetwork();
  const input = stage();
  let result;
  try {
    result = await scan(input);
  } finally {
    fs.rmSync(input, { recursive: true, force: true });
  }

  const findings = result.issues.map((i) => ({
    id: i.id,
    file: i.file === 'N/A' ? 'N/A' : i.file.split(path.sep).join('/'),
    line: i.location.line,
    column: i.location.column,
    severity: i.severity.name,
    confidence: i.confidence.name,
    manualReview: Boolean(i.manualReview),
    description: i.description,
    sample: i.sample,
    url: i.shortenedURL,
  }));
  for (const f of findings) f.allowedBecause = allow.find((e) => matches(e, f))?.reason ?? null;
  const refused = findings.filter((f) => f.allowedBecause === null);
  const parseErrors = result.errors.filter((e) => !e.tolerable);

  fs.mkdirSync(path.dirname(REPORT_FILE), { recursive: true });
  fs.writeFileSync(REPORT_FILE, JSON.stringify({ findings, errors: result.errors }, null, 2));

  console.log(`electronegativity: ${result.atomicChecks} atomic and ${result.globalChecks} global checks over ${SCANNED.join(', ')}`);
  for (const e of result.errors) {
    console.log(`  ${e.tolerable ? 'warning' : 'ERROR  '} could not fully parse ${path.relative(input, e.file)}: ${e.message}`);
  }
  for (const f of findings) {
    const at = f.file === 'N/A' ? '(whole app)' : `${f.file}:${f.line}:${f.column}`;
    if (f.allowedBecause !== null) {
      console.log(`  allowed  ${f.id} ${at} — ${f.allowedBecause}`);
      continue;
    }
    console.log(`  FINDING  ${f.id} ${at} [${f.severity}, ${f.confidence}${f.manualReview ? ', review' : ''}]`);
    console.log(`           ${f.description}`);
    if (f.sample) console.log(`           > ${f.sample}`);
    console.log(`           ${f.url}`);
  }
  for (const e of allow.filter((e) => !findings.some((f) => matches(e, f)))) {
    console.log(`  note     allow-list entry no longer needed: ${e.check} ${e.file}${e.line ? `:${e.line}` : ''}`);
  }

  const failed = refused.length > 0 || parseErrors.length > 0;
  console.log(
    `electronegativity: ${findings.length} findings, ${findings.length - refused.length} allowed, ${refused.length} refused` +
      (parseErrors.length ? `, ${parseErrors.length} files not parsed` : '') +
      (failed ? ` — FAILED (allow a reviewed finding in ${path.relative(ROOT, ALLOW_FILE)} with a reason)` : ' — ok'),
  );
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`electronegativity: ${error.stack ?? error}`);
  process.exitCode = 1;
});
