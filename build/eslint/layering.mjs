// Local ESLint plugin: the import rules of DESIGN.md ("Processes and layers").
// Every import of every file in electron/, renderer/ and shared/ is classified
// (a path into a layer, the `electron` package, a Node built-in, or another
// package) and checked against the importing file's layer. Like Signal's
// file-suffix rule, a package that is not on a layer's allow-list is an error,
// so a new dependency in shared/ or renderer/ is a decision, not an accident.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root: this file lives in build/eslint/. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Packages shared/ may import: pure, platform-free, used by both processes. */
export const SHARED_PACKAGES = ['zod', '@zxcvbn-ts/core', '@zxcvbn-ts/language-common', '@zxcvbn-ts/language-en'];

/** Packages renderer/ may import, besides shared's. */
export const RENDERER_PACKAGES = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', ...SHARED_PACKAGES];

const BUILTINS = new Set(builtinModules);

const WHY = {
  electron: 'DESIGN.md: only electron/platform/ and electron/preload.ts import electron',
  sharedOutside: 'DESIGN.md: shared imports nothing outside shared',
  sharedBuiltin: 'DESIGN.md: shared is pure TypeScript used by both sides, so no Node built-ins',
  sharedPackage: "not on shared's package allow-list in build/eslint/layering.mjs",
  rendererOutside: 'DESIGN.md: renderer imports only shared and its own libraries',
  rendererBuiltin: 'DESIGN.md: the renderer is sandboxed Chromium, no Node',
  rendererElectron: 'DESIGN.md: the renderer has no `electron`; it knows the app only through window.senco',
  rendererPackage: "not on renderer's package allow-list in build/eslint/layering.mjs",
  preloadOutside: "the preload runs in the sandboxed renderer process: it imports only `electron`, shared/ and shared's packages",
  preloadBuiltin: 'a sandboxed preload can require only `electron`',
  mainOutside: 'DESIGN.md: main code imports only electron/, shared/ and packages, never renderer/, test/ or build/',
  servicesIpc: 'DESIGN.md: services never import ipc',
  demoIpc: 'layering: the demo school sits beside services, so it never imports ipc either',
  dbServices: 'DESIGN.md: db never imports services',
  dbVault: 'layering: db never imports vault (the vault owns the keys and opens the db)',
  dbIpc: 'layering: db never imports ipc',
  importsMain: 'layering: imports are pure parsers below services; they import only their own folder, shared/ and packages',
  dynamic: 'a dynamic import or require needs a string literal so that its layer can be checked',
};

const toPosix = (p) => p.split(path.sep).join('/');

/**
 * The layer of a repository-relative path: 'shared', 'renderer',
 * 'electron/preload.ts', 'electron/<folder>', 'electron/<file>' or
 * '<top folder>/' for anything else. null for the renderer's build file.
 */
export function layerOf(rel) {
  if (/^renderer\/vite\.config(\.[cm]?[jt]s)?$/.test(rel)) return null;
  const parts = rel.split('/');
  if (parts[0] === 'shared' && parts.length > 1) return 'shared';
  if (parts[0] === 'renderer' && parts.length > 1) return 'renderer';
  if (parts[0] === 'electron' && parts.length === 2) {
    // A file directly in electron/, named with or without its extension.
    const name = parts[1].replace(/\.[cm]?[jt]sx?$/, '');
    return name === 'preload' ? 'electron/preload.ts' : `electron/${name}`;
  }
  if (parts[0] === 'electron' && parts.length > 2) return `electron/${parts[1]}`;
  return parts.length > 1 ? `${parts[0]}/` : rel;
}

/** Sorts a specifier into { kind: 'path' | 'electron' | 'builtin' | 'package', label, layer? }. */
export function classify(specifier, fromFileAbs) {
  const bare = specifier.replace(/[?#].*$/, '');
  if (bare.startsWith('.') || bare.startsWith('/')) {
    const abs = path.resolve(path.dirname(fromFileAbs), bare);
    const rel = toPosix(path.relative(ROOT, abs));
    if (rel.startsWith('..')) return { kind: 'path', layer: 'outside the repository', label: 'a path outside the repository' };
    const layer = layerOf(rel) ?? 'renderer/vite.config.ts';
    return { kind: 'path', layer, label: layer };
  }
  if (bare === 'electron' || bare.startsWith('electron/')) return { kind: 'electron', label: '`electron`' };
  if (bare.startsWith('node:') || BUILTINS.has(bare)) return { kind: 'builtin', label: `Node built-in \`${bare}\`` };
  return { kind: 'package', label: `package \`${bare}\``, name: bare };
}

const isMainLayer = (layer) => layer.startsWith('electron/');
const inFolder = (layer, folder) => layer === `electron/${folder}`;

/** The reason an import is forbidden, or null when it is allowed. */
export function violation(fromLayer, target) {
  if (fromLayer === 'shared') {
    if (target.kind === 'path') return target.layer === 'shared' ? null : WHY.sharedOutside;
    if (target.kind === 'electron') return WHY.electron;
    if (target.kind === 'builtin') return WHY.sharedBuiltin;
    return SHARED_PACKAGES.includes(target.name) ? null : WHY.sharedPackage;
  }
  if (fromLayer === 'renderer') {
    if (target.kind === 'path') return target.layer === 'renderer' || target.layer === 'shared' ? null : WHY.rendererOutside;
    if (target.kind === 'electron') return WHY.rendererElectron;
    if (target.kind === 'builtin') return WHY.rendererBuiltin;
    return RENDERER_PACKAGES.includes(target.name) ? null : WHY.rendererPackage;
  }
  if (fromLayer === 'electron/preload.ts') {
    if (target.kind === 'path') return target.layer === 'shared' ? null : WHY.preloadOutside;
    if (target.kind === 'builtin') return WHY.preloadBuiltin;
    if (target.kind === 'package') return SHARED_PACKAGES.includes(target.name) ? null : WHY.preloadOutside;
    return null;
  }
  if (!isMainLayer(fromLayer)) return null;
  if (target.kind === 'electron') return inFolder(fromLayer, 'platform') ? null : WHY.electron;
  if (target.kind !== 'path') return null;
  if (!isMainLayer(target.layer) && target.layer !== 'shared') return WHY.mainOutside;
  if (inFolder(fromLayer, 'services') && inFolder(target.layer, 'ipc')) return WHY.servicesIpc;
  if (inFolder(fromLayer, 'demo') && inFolder(target.layer, 'ipc')) return WHY.demoIpc;
  if (inFolder(fromLayer, 'imports') && isMainLayer(target.layer) && !inFolder(target.layer, 'imports')) return WHY.importsMain;
  if (inFolder(fromLayer, 'db')) {
    if (inFolder(target.layer, 'services')) return WHY.dbServices;
    if (inFolder(target.layer, 'vault')) return WHY.dbVault;
    if (inFolder(target.layer, 'ipc')) return WHY.dbIpc;
  }
  return null;
}

/** The string value of a literal or an expression-free template, else undefined. */
function staticString(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import rules of DESIGN.md between electron/, renderer/ and shared/' },
    schema: [],
    messages: {
      forbidden: '{{from}} may not import {{target}} ({{why}})',
      dynamic: '{{from}}: {{why}}',
    },
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    const rel = toPosix(path.relative(ROOT, file));
    if (rel.startsWith('..') || path.isAbsolute(rel)) return {};
    const from = layerOf(rel);
    const layered = from !== null && (from === 'shared' || from === 'renderer' || from.startsWith('electron/'));
    if (!layered) return {};

    function check(node, sourceNode) {
      const specifier = staticString(sourceNode);
      if (specifier === undefined) {
        context.report({ node, messageId: 'dynamic', data: { from, why: WHY.dynamic } });
        return;
      }
      const target = classify(specifier, file);
      const why = violation(from, target);
      if (why) context.report({ node: sourceNode, messageId: 'forbidden', data: { from, target: target.label, why } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
      TSExternalModuleReference: (node) => check(node, node.expression),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) {
          check(node, node.arguments[0]);
        }
      },
    };
  },
};

export default { meta: { name: 'senco-local' }, rules: { layering: rule } };
