#!/usr/bin/env node
// `prestart`: builds the native modules for Electron's ABI beside the Node
// builds, so that `npm start` and the Node tests can share one node_modules.
// Each package is copied (without its build/) to
//   .native/electron-<electron version>/<package>/
// and rebuilt there with node-gyp against Electron's headers.
// - better-sqlite3-multiple-ciphers: its addon is also left at
//   .native/electron-<electron version>/better_sqlite3.node, which the main
//   process passes as better-sqlite3's `nativeBinding` option;
// - keytar: the main process requires the rebuilt package folder itself.
// (electron/platform/nativeModules.ts.) Packaged builds use electron-builder's
// own rebuild (npmRebuild in electron-builder.yml).
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
const MODULES = [
  { name: 'better-sqlite3-multiple-ciphers', addon: 'better_sqlite3.node', copyAddonTo: 'better_sqlite3.node' },
  { name: 'keytar', addon: 'keytar.node' },
];
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
const outDir = path.join(ROOT, '.native', `electron-${electronVersion}`);
const rel = (p) => path.relative(ROOT, p);

// npm hands its config to scripts as npm_config_*, and node-gyp reads those:
// a machine-wide nodedir (Node's own headers) would silently build for Node.
// NODE_PATH lets binding.gyp files find build-time helpers such as node-addon-api.
const env = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|devdir)$/i.test(key)),
  ),
  NODE_PATH: path.join(ROOT, 'node_modules'),
};

for (const module of MODULES) build(module);

function build({ name, addon, copyAddonTo }) {
  const moduleVersion = packageVersion(name);
  const work = path.join(outDir, name);
  const built = path.join(work, 'build', 'Release', addon);
  const stamp = path.join(work, 'build-info.json');
  const wanted = { module: name, moduleVersion, electronVersion, platform: process.platform, arch: process.arch };

  if (!force && upToDate(built, stamp, wanted)) {
    console.log(`native-for-electron: ${name} ${moduleVersion} for Electron ${electronVersion} is up to date; skipped`);
    return;
  }
  // A fresh copy, so nothing of the Node build (build/) can leak into this one.
  const source = path.join(ROOT, 'node_modules', name);
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
  console.log(`native-for-electron: building ${name} ${moduleVersion} for Electron ${electronVersion} (${process.platform}-${process.arch}) in ${rel(work)}`);
  console.log(`  ${[process.execPath, ...args].join(' ')}`);
  if (dryRun) {
    console.log('native-for-electron: --dry-run, nothing built');
    return;
  }
  const result = spawnSync(process.execPath, args, { cwd: work, env, stdio: 'inherit' });
  if (result.status !== 0) {
    fail(
      `node-gyp failed for ${name} (exit ${result.status ?? result.signal}). It needs python3, make and a C++ compiler, ` +
        `and the network once to fetch Electron's headers from ${HEADERS_URL} into ~/.electron-gyp.`,
    );
  }
  if (!fs.existsSync(built)) fail(`node-gyp succeeded but ${rel(built)} is missing`);
  if (copyAddonTo) {
    const target = path.join(outDir, copyAddonTo);
    fs.copyFileSync(built, `${target}.tmp`);
    fs.renameSync(`${target}.tmp`, target);
    console.log(`native-for-electron: wrote ${rel(target)}`);
  }
  fs.writeFileSync(stamp, `${JSON.stringify(wanted, null, 2)}\n`);
}

function upToDate(built, stamp, wanted) {
  if (!fs.existsSync(built)) return false;
  try {
    const have = JSON.parse(fs.readFileSync(stamp, 'utf8'));
    return Object.entries(wanted).every(([key, value]) => have[key] === value);
  } catch {
    return false;
  }
}
