// Lint for SENCO Desk. Type-aware rules run on TypeScript; build scripts and
// configs in plain JS get the syntactic rules. The layering rule is local:
// build/eslint/layering.mjs.
//
// Speed: each TypeScript program costs seconds on 2 cores, so lint builds two,
// not three. tsconfig.test.json already holds electron/, shared/ and test/, so
// it serves all three; the renderer keeps its own (DOM, no Node). Keeping main
// free of DOM types is the typecheck step's job, not lint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './build/eslint/layering.mjs';

const project = (tsconfig) => ({
  languageOptions: { parserOptions: { project: tsconfig, tsconfigRootDir: import.meta.dirname } },
});

// Files that belong to a tsconfig, so type-aware rules can run on them.
const TYPED = {
  renderer: ['renderer/**/*.{ts,tsx}'],
  node: ['electron/**/*.ts', 'shared/**/*.ts', 'test/**/*.ts', 'renderer/vite.config.ts', 'vitest.config.mts', 'playwright.config.ts'],
};

export default defineConfig(
  { ignores: ['dist/', '.native/', 'node_modules/', 'test-results/', 'playwright-report/', 'release/', '.vitest-cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/**', 'renderer/**', 'shared/**'],
    plugins: { local },
    rules: { 'local/layering': 'error' },
  },
  { files: TYPED.renderer, ignores: ['renderer/vite.config.ts'], ...project('./tsconfig.renderer.json') },
  { files: TYPED.node, ...project('./tsconfig.test.json') },
  {
    files: [...TYPED.renderer, ...TYPED.node],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: true },
      ],
    },
  },
  {
    files: ['test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression > MemberExpression.callee[property.name='only']",
          message: 'No focused tests: .only would silently skip the rest of the suite.',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
