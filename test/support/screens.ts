import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';

export const screensDir = path.resolve(__dirname, '../../test-results/screens');

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Checks a screen against WCAG 2.2 AA with axe-core and saves a full-page
 * screenshot of it. axe is injected with page.evaluate because the page's CSP
 * (rightly) refuses an injected <script>.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await mkdir(screensDir, { recursive: true });
  await page.screenshot({ path: path.join(screensDir, `${name}.png`), fullPage: true });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<{ violations: unknown[] }> } }).axe;
    const results = await run.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations;
  }, wcagTags);
  const found = violations as AxeViolation[];
  // Compared by rule only: the message carries the details, the diff stays short.
  expect(found.map((v) => `${v.id}: ${v.help}`), `axe-core on the "${name}" screen:\n${describe(found)}`).toEqual([]);
}

function describe(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`).join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n${nodes}`;
    })
    .join('\n');
}
