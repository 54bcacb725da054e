#!/usr/bin/env node
// `npm run build:main`: bundles the main process and the preload into dist/main/.
//
// main.js: Node (Electron's main process), CommonJS. ESM-only packages such as
//   electron-store 12 are bundled in; native modules stay outside the bundle
//   (electron-builder unpacks them from the asar) and so does `electron`.
// importWorker.js: the worker thread that saves an import (CSV or CTF) in one
//   transaction on its own connection, so main's event loop stays free.
// rekeyWorker.js: the worker thread that re-encrypts the database
//   (electron/db/rekey.ts starts it with `workerScript`); its own entry,
//   because a Worker loads a file, not a module of main.js.
// demoWorker.js: the worker thread that builds the demo school, likewise.
// preload.js: a sandboxed preload may `require` only 'electron' (and a few
//   polyfilled modules), so everything else is bundled in, for a browser target.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist', 'main');
const NATIVE = ['better-sqlite3-multiple-ciphers', 'keytar'];

const bundles = [
  {
    entry: 'electron/platform/main.ts',
    outfile: 'main.js',
    options: { platform: 'node', target: 'node22', external: ['electron', ...NATIVE] },
  },
  {
    entry: 'electron/db/rekeyWorker.ts',
    outfile: 'rekeyWorker.js',
    // Only the native addon stays outside; the worker needs nothing else, electron least of all.
    options: { platform: 'node', target: 'node22', external: ['better-sqlite3-multiple-ciphers'] },
  },
  {
    entry: 'electron/demo/demoWorker.ts',
    outfile: 'demoWorker.js',
    // Builds the demo school (electron/demo/demoBuild.ts starts it with `workerScript`).
    options: { platform: 'node', target: 'node22', external: ['better-sqlite3-multiple-ciphers'] },
  },
  {
    // Saves an import in one transaction on its own connection (electron/services/importRunner.ts).
    entry: 'electron/services/importWorker.ts',
    outfile: 'importWorker.js',
    options: { platform: 'node', target: 'node22', external: ['better-sqlite3-multiple-ciphers'] },
  },
  {
    entry: 'electron/preload.ts',
    outfile: 'preload.js',
    // Chromium 120 is a floor for syntax lowering, well below Electron 45's own.
    options: {
      platform: 'browser',
      target: 'chrome120',
      external: ['electron'],
      define: { 'process.env.NODE_ENV': '"production"' },
      // The contract's schemas come along with the channel names; minified they cost a quarter.
      minify: true,
    },
  },
];

const missing = bundles.filter((b) => !fs.existsSync(path.join(ROOT, b.entry)));
if (missing.length > 0) {
  for (const b of missing) console.error(`build:main: entry point ${b.entry} does not exist (it builds dist/main/${b.outfile})`);
  process.exit(1);
}

fs.rmSync(OUT, { recursive: true, force: true });
for (const b of bundles) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [b.entry],
    outfile: path.join(OUT, b.outfile),
    bundle: true,
    format: 'cjs',
    sourcemap: true,
    tsconfig: 'tsconfig.main.json',
    metafile: true,
    logLevel: 'warning',
    ...b.options,
  });
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + (o.bytes ?? 0), 0);
  console.log(`build:main: ${b.entry} → dist/main/${b.outfile} (${Math.round(bytes / 1024)} kB with map)`);
}
