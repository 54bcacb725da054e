// Types for the test of the local lint rule (test/unit/lint/layering.test.ts).
import type { ESLint, Rule } from 'eslint';

export declare const ROOT: string;
export declare const SHARED_PACKAGES: readonly string[];
export declare const RENDERER_PACKAGES: readonly string[];
export declare function layerOf(repoRelativePath: string): string | null;

declare const plugin: ESLint.Plugin & { rules: { layering: Rule.RuleModule } };
export default plugin;
