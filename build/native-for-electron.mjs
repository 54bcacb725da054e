#!/usr/bin/env node
// `prestart`: builds better-sqlite3-multiple-ciphers for Electron's ABI beside
// the Node build, so that `npm start` and the Node tests can share one
// node_modules. The package is copied (without its build/) to
//   .native/electron-<electron version>/better-sqlite3-multiple-ciphers/
// rebuilt there with node-gyp against Electron's headers, and its addon left at
//   .native/electron-<electron version>/better_sqlite3.node
// The main process passes that path as better-sqlite3's `nativeBinding` option,
// resolved from app.getAppPath() with process.versions.electron, when the app
// is not packaged; packaged builds use electron-builder's own rebuild
// (npmRebuild in electron-builder.yml).
//
// Options: --force rebuilds even if the addon is there; --dry-run copies and
// prints the node-gyp command without running it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODULE = 'better-sqlite3-multiple-ciphers';
const ADDON = 'better_sqlite3.node';
const HEADERS_URL = 'https://electronjs.org/headers';

const require = createRequire(path.join(ROOT, 'package.json'));
const force = process.argv.includes('--force');
const dryRun = process.argv.includes('--dry-run');

const fail = (message) => {
  console.error(`native-for-electron: ${message}`);
  process.exit(1);
};

function packageVersion(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return fail(`node_modules/${name} is missing: run npm ci first`);
  }
}

function nodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm ships its own node-gyp and names it to the scripts it runs.
    const bundled = process.env.npm_config_node_gyp;
    if (bundled && fs.existsSync(bundled)) return bundled;
    return fail('node-gyp not found (neither in node_modules nor bundled with npm)');
  }
}

const electronVersion = packageVersion('electron');
const moduleVersion = packageVersion(MODULE);
const outDir = path.join(ROOT, '.native', `electron-${electronVersion}`);
const addon = path.join(outDir, ADDON);
const stamp = path.join(outDir, 'build-info.json');
const wanted = { module: MODULE, moduleVersion, electronVersion, platform: process.platform, arch: process.arch };
const rel = (p) => path.relative(ROOT, p);

function upToDate() {
  if (!fs.existsSync(addon)) return false;
  try {
    const have = JSON.parse(fs.readFileSync(stamp, 'utf8'));
    return Object.entries(wanted).every(([key, value]) => have[key] === value);
  } catch {
    return false;
  }
}

if (!force && upToDate()) {
  console.log(`native-for-electron: ${rel(addon)} is up to date (${MODULE} ${moduleVersion}, Electron ${electronVersion}); skipped`);
  process.exit(0);
}

// A fresh copy, so nothing of the Node build (build/) can leak into this one.
const source = path.join(ROOT, 'node_modules', MODULE);
const work = path.join(outDir, MODULE);
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
fs.cpSync(source, work, {
  recursive: true,
  filter: (src) => {
    const inner = path.relative(source, src).split(path.sep)[0];
    return inner !== 'build' && inner !== 'node_modules';
  },
});

const args = [
  nodeGyp(),
  'rebuild',
  '--release',
  '--runtime=electron',
  `--target=${electronVersion}`,
  `--arch=${process.arch}`,
  `--dist-url=${HEADERS_URL}`,
  // Electron's headers get their own cache, apart from Node's.
  `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
];
// npm hands its config to scripts as npm_config_*, and node-gyp reads those:
// a machine-wide nodedir (Node's own headers) would silently build for Node.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|devdir)$/i.test(key)),
);

console.log(`native-for-electron: building ${MODULE} ${moduleVersion} for Electron ${electronVersion} (${process.platform}-${process.arch}) in ${rel(work)}`);
console.log(`  ${[process.execPath, ...args].join(' ')}`);
if (dryRun) {
  console.log('native-for-electron: --dry-run, nothing built');
  process.exit(0);
}

const result = spawnSync(process.execPath, args, { cwd: work, env, stdio: 'inherit' });
if (result.status !== 0) {
  fail(
    `node-gyp failed (exit ${result.status ?? result.signal}). It needs python3, make and a C++ compiler, ` +
      `and the network once to fetch Electron's headers from ${HEADERS_URL} into ~/.electron-gyp.`,
  );
}
const built = path.join(work, 'build', 'Release', ADDON);
if (!fs.existsSync(built)) fail(`node-gyp succeeded but ${rel(built)} is missing`);
fs.copyFileSync(built, `${addon}.tmp`);
fs.renameSync(`${addon}.tmp`, addon);
fs.writeFileSync(stamp, `${JSON.stringify(wanted, null, 2)}\n`);
console.log(`native-for-electron: wrote ${rel(addon)}`);
