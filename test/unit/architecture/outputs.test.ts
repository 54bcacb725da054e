import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 5: the export service is the only code that can put records out
 * through the Platform. Any other module under electron/ that so much as
 * names the Platform's `saveFile` or `printToPdf` (a call, a property read,
 * a destructured name, a string key) fails this test.
 *
 * Allowed:
 * - electron/exports/: the disclosure gate itself;
 * - electron/platform/: the Electron implementation of those functions;
 * - electron/services/recoveryKit.ts, the one named exception: the emergency
 *   kit holds the school's recovery key and no pupil record, so there is
 *   nothing for the disclosure rule to decide and nothing for the register
 *   of disclosures to hold; its save is recorded in the audit log instead.
 */
const ROOT = path.resolve(__dirname, '../../..');
const OUTPUTS = new Set(['saveFile', 'printToPdf']);
const ALLOWED = [/^electron\/exports\//, /^electron\/platform\//, /^electron\/services\/recoveryKit\.ts$/];

/** Every place a source text names one of the output functions, as `line: text`. */
function outputUses(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const note = (node: ts.Node, name: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${line + 1}: ${name}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && OUTPUTS.has(node.name.text)) note(node, node.name.text);
    else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && OUTPUTS.has(node.argumentExpression.text)) {
      note(node, node.argumentExpression.text);
    } else if (ts.isBindingElement(node)) {
      const name = node.propertyName && ts.isIdentifier(node.propertyName) ? node.propertyName.text : ts.isIdentifier(node.name) ? node.name.text : '';
      if (OUTPUTS.has(name)) note(node, name);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [relative] : [];
  });
}

describe('only the export service produces outputs', () => {
  const files = sourceFiles('electron');

  it('finds no save dialog or PDF print outside electron/exports/ (and the platform, and the emergency kit)', () => {
    const offences = files
      .filter((file) => !ALLOWED.some((allowed) => allowed.test(file)))
      .flatMap((file) => outputUses(file, readFileSync(path.join(ROOT, file), 'utf8')).map((use) => `${file}:${use}`));
    expect(offences).toEqual([]);
  });

  it('does see the export service’s own calls, so the scan is not looking in the wrong place', () => {
    const service = 'electron/exports/exportService.ts';
    expect(files).toContain(service);
    const names = outputUses(service, readFileSync(path.join(ROOT, service), 'utf8')).map((use) => use.split(': ')[1]);
    expect(new Set(names)).toEqual(OUTPUTS);
  });

  it.each([
    ['a call', 'await platform.dialogs.saveFile(options);'],
    ['a print', 'const pdf = await this.platform.printToPdf(html, { landscape: false });'],
    ['a destructured name', 'const { printToPdf } = platform;'],
    ['a renamed destructured name', 'const { saveFile: ask } = dialogs;'],
    ['a string key', "await dialogs['saveFile'](options);"],
    ['a function passed on', 'run(platform.printToPdf);'],
  ])('catches %s', (_what, code) => {
    expect(outputUses('electron/services/sneaky.ts', code)).toHaveLength(1);
  });

  it('does not mistake a word in a string or comment for a use', () => {
    expect(outputUses('electron/services/fine.ts', "// saveFile\nconst s = 'printToPdf';\nopenFile(options);")).toEqual([]);
  });
});
