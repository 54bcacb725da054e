import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import plugin, { ROOT } from '../../../build/eslint/layering.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' } });

type Row = [file: string, code: string];
type Bad = [file: string, code: string, message: string];

const ok = ([file, code]: Row) => ({ name: `${file}: ${code}`, filename: path.join(ROOT, file), code });
const bad = ([file, code, message]: Bad) => ({ ...ok([file, code]), errors: [{ message }] });

const ELECTRON = 'DESIGN.md: only electron/platform/ and electron/preload.ts import electron';
const IMPORTS = 'layering: imports are pure parsers below services; they import only their own folder, shared/ and packages';

const valid: Row[] = [
  ['electron/platform/window.ts', "import { BrowserWindow } from 'electron';"],
  ['electron/platform/main.ts', "import { app } from 'electron/main';"],
  ['electron/preload.ts', "import { contextBridge, ipcRenderer } from 'electron';"],
  ['electron/preload.ts', "import { contract } from '../shared/contract/channels';"],
  ['electron/services/register.ts', "import { readFile } from 'node:fs/promises';"],
  ['electron/services/register.ts', "import type { Platform } from '../platform/platform';"],
  ['electron/services/register.ts', "import { openDatabase } from '../db/open';"],
  ['electron/services/register.ts', "import { upnValid } from '../../shared/rules/upn';"],
  ['electron/db/open.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
  ['electron/db/repos/pupils.ts', "import { sql } from '../sql';"],
  ['electron/vault/unlock.ts', "import { scrypt } from 'node:crypto';"],
  ['electron/vault/unlock.ts', "import { openDatabase } from '../db/open';"],
  ['electron/ipc/dispatch.ts', "import { registerService } from '../services/register';"],
  ['electron/demo/loadSchool.ts', "import { insertPupil } from '../db/repositories/pupils';"],
  ['electron/demo/syntheticSchool.ts', "import { checkUpn } from '../../shared/rules/upn';"],
  ['electron/imports/ctf.ts', "import { SaxesParser } from 'saxes';"],
  ['electron/imports/ctf.ts', "import { readXml } from './xmlReader';"],
  ['electron/imports/ctf.ts', "import type { SenProvision } from '../../shared/domain/sen';"],
  ['electron/imports/ctf.ts', "import { Buffer } from 'node:buffer';"],
  ['electron/services/ctfImport.ts', "import { parseCtf } from '../imports/ctf';"],
  ['shared/contract/channels.ts', "import { z } from 'zod';"],
  ['shared/contract/channels.ts', "import { vaultStatus } from './vault';"],
  ['shared/rules/passphrase.ts', "import { zxcvbn } from '@zxcvbn-ts/core';"],
  ['shared/rules/deadlines.ts', "import type { Role } from '../domain/roles';"],
  ['renderer/main.tsx', "import { createRoot } from 'react-dom/client';"],
  ['renderer/screens/Unlock.tsx', "import { useState } from 'react';"],
  ['renderer/screens/Unlock.tsx', "import type { SencoApi } from '../../shared/contract/client';"],
  ['renderer/screens/Unlock.tsx', "import './unlock.css';"],
  ['renderer/screens/Unlock.tsx', "import logo from '../assets/logo.svg?url';"],
  ['renderer/vite.config.ts', "import { defineConfig } from 'vite'; import path from 'node:path';"],
  ['test/support/bridge.ts', "import { BrowserWindow } from 'electron'; import '../../electron/ipc/dispatch';"],
  ['build/bundle-main.mjs', "import { build } from 'esbuild';"],
];

const invalid: Bad[] = [
  // Only the platform folder and the preload touch `electron`.
  ['electron/services/print.ts', "import { BrowserWindow } from 'electron';", `electron/services may not import \`electron\` (${ELECTRON})`],
  ['electron/db/open.ts', "import type { App } from 'electron';", `electron/db may not import \`electron\` (${ELECTRON})`],
  ['electron/vault/keychain.ts', "const { safeStorage } = require('electron');", `electron/vault may not import \`electron\` (${ELECTRON})`],
  ['electron/documents/page.ts', "export { app } from 'electron/main';", `electron/documents may not import \`electron\` (${ELECTRON})`],
  ['electron/ipc/dispatch.ts', "const e = await import('electron');", `electron/ipc may not import \`electron\` (${ELECTRON})`],
  // Services below ipc; db below services, vault and ipc.
  ['electron/services/register.ts', "import { handle } from '../ipc/dispatch';", 'electron/services may not import electron/ipc (DESIGN.md: services never import ipc)'],
  ['electron/demo/loadSchool.ts', "import { handle } from '../ipc/dispatch';", 'electron/demo may not import electron/ipc (layering: the demo school sits beside services, so it never imports ipc either)'],
  ['electron/demo/random.ts', "import { app } from 'electron';", `electron/demo may not import \`electron\` (${ELECTRON})`],
  ['electron/db/open.ts', "import { audit } from '../services/audit';", 'electron/db may not import electron/services (DESIGN.md: db never imports services)'],
  ['electron/db/repos/pupils.ts', "import type { Session } from '../../services/session';", 'electron/db may not import electron/services (DESIGN.md: db never imports services)'],
  ['electron/db/open.ts', "import { dataKey } from '../vault/keys';", 'electron/db may not import electron/vault (layering: db never imports vault (the vault owns the keys and opens the db))'],
  ['electron/db/open.ts', "export * from '../ipc/errors';", 'electron/db may not import electron/ipc (layering: db never imports ipc)'],
  // Importers are pure parsers: nothing of main but their own folder.
  ['electron/imports/ctf.ts', "import { dialog } from 'electron';", `electron/imports may not import \`electron\` (${ELECTRON})`],
  ['electron/imports/ctf.ts', "import { handle } from '../ipc/dispatcher';", `electron/imports may not import electron/ipc (${IMPORTS})`],
  ['electron/imports/ctf.ts', "import { savePupil } from '../db/repositories/pupils';", `electron/imports may not import electron/db (${IMPORTS})`],
  ['electron/imports/ctf.ts', "import type { Session } from '../services/session';", `electron/imports may not import electron/services (${IMPORTS})`],
  ['electron/imports/ctf.ts', "import { fail } from '../failure';", `electron/imports may not import electron/failure (${IMPORTS})`],
  ['electron/services/register.ts', "import { makeSchool } from '../../test/support/school';", 'electron/services may not import test/ (DESIGN.md: main code imports only electron/, shared/ and packages, never renderer/, test/ or build/)'],
  ['electron/platform/window.ts', "import { App } from '../../renderer/App';", 'electron/platform may not import renderer (DESIGN.md: main code imports only electron/, shared/ and packages, never renderer/, test/ or build/)'],
  // The preload is bundled for the sandbox.
  ['electron/preload.ts', "import { readFileSync } from 'node:fs';", 'electron/preload.ts may not import Node built-in `node:fs` (a sandboxed preload can require only `electron`)'],
  ['electron/preload.ts', "import { dispatch } from './ipc/dispatch';", "electron/preload.ts may not import electron/ipc (the preload runs in the sandboxed renderer process: it imports only `electron`, shared/ and shared's packages)"],
  // shared/ is pure.
  ['shared/rules/upn.ts', "import { createHash } from 'node:crypto';", 'shared may not import Node built-in `node:crypto` (DESIGN.md: shared is pure TypeScript used by both sides, so no Node built-ins)'],
  ['shared/rules/upn.ts', "import path from 'path';", 'shared may not import Node built-in `path` (DESIGN.md: shared is pure TypeScript used by both sides, so no Node built-ins)'],
  ['shared/rules/upn.ts', "import fs from 'fs/promises';", 'shared may not import Node built-in `fs/promises` (DESIGN.md: shared is pure TypeScript used by both sides, so no Node built-ins)'],
  ['shared/contract/vault.ts', "import { ipcRenderer } from 'electron';", `shared may not import \`electron\` (${ELECTRON})`],
  ['shared/rules/dates.ts', "import dayjs from 'dayjs';", "shared may not import package `dayjs` (not on shared's package allow-list in build/eslint/layering.mjs)"],
  ['shared/rules/dates.ts', "import { useState } from 'react';", "shared may not import package `react` (not on shared's package allow-list in build/eslint/layering.mjs)"],
  ['shared/domain/roles.ts', "import type { Db } from '../../electron/db/open';", 'shared may not import electron/db (DESIGN.md: shared imports nothing outside shared)'],
  ['shared/domain/roles.ts', "type T = import('../../renderer/App').Props;", 'shared may not import renderer (DESIGN.md: shared imports nothing outside shared)'],
  ['shared/domain/roles.ts', "import x = require('../../package.json');", 'shared may not import package.json (DESIGN.md: shared imports nothing outside shared)'],
  // renderer/ sees only shared/, its own files and its allow-listed libraries.
  ['renderer/App.tsx', "import { ipcRenderer } from 'electron';", 'renderer may not import `electron` (DESIGN.md: the renderer has no `electron`; it knows the app only through window.senco)'],
  ['renderer/App.tsx', "import { readFile } from 'node:fs';", 'renderer may not import Node built-in `node:fs` (DESIGN.md: the renderer is sandboxed Chromium, no Node)'],
  ['renderer/App.tsx', "import { dispatch } from '../electron/ipc/dispatch';", 'renderer may not import electron/ipc (DESIGN.md: renderer imports only shared and its own libraries)'],
  ['renderer/App.tsx', "import type { Api } from '../electron/preload';", 'renderer may not import electron/preload.ts (DESIGN.md: renderer imports only shared and its own libraries)'],
  ['renderer/App.tsx', "import { school } from '../test/support/school';", 'renderer may not import test/ (DESIGN.md: renderer imports only shared and its own libraries)'],
  ['renderer/App.tsx', "import axe from 'axe-core';", "renderer may not import package `axe-core` (not on renderer's package allow-list in build/eslint/layering.mjs)"],
  ['renderer/App.tsx', "import { flushSync } from 'react-dom/server';", "renderer may not import package `react-dom/server` (not on renderer's package allow-list in build/eslint/layering.mjs)"],
  // A specifier the rule cannot read is refused rather than trusted.
  ['renderer/App.tsx', 'const name = "fs"; await import(name);', 'renderer: a dynamic import or require needs a string literal so that its layer can be checked'],
];

tester.run('layering', plugin.rules.layering, { valid: valid.map(ok), invalid: invalid.map(bad) });
