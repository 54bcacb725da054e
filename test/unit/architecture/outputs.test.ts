import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 5: the export service is the only code that can put records out
 * through the Platform. Any other module under electron/ that so much as
 * names the Platform's `saveFile`, `printToPdf` or `print` (a call, a property
 * read, a destructured name, a string key) fails this test. `print` is a
 * common word, but only as a property or a destructured name is it counted:
 * in a string, a comment or a type it is not a use.
 *
 * Allowed:
 * - electron/exports/: the disclosure gate itself;
 * - electron/platform/: the Electron implementation of those functions;
 * - electron/services/recoveryKit.ts, the one named exception: the emergency
 *   kit holds the school's recovery key and no pupil record, so there is
 *   nothing for the disclosure rule to decide and nothing for the register
 *   of disclosures to hold; its save is recorded in the audit log instead.
 *   It saves a PDF; sending to a printer (issue 6) is not part of the
 *   exception, so `print` is the export service's and the platform's only.
 */
const ROOT = path.resolve(__dirname, '../../..');
const OUTPUTS = new Set(['saveFile', 'printToPdf', 'print']);
const ALLOWED = [/^electron\/exports\//, /^electron\/platform\//];
/** The emergency kit may save its PDF and nothing else. */
const KIT = { file: 'electron/services/recoveryKit.ts', names: new Set(['saveFile', 'printToPdf']) };

function offencesIn(file: string, text: string): string[] {
  if (ALLOWED.some((allowed) => allowed.test(file))) return [];
  const uses = outputUses(file, text);
  return (file === KIT.file ? uses.filter((use) => !KIT.names.has(use.split(': ')[1]!)) : uses).map((use) => `${file}:${use}`);
}

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

  it('finds no save dialog, PDF or print outside electron/exports/ (and the platform, and the emergency kit’s PDF)', () => {
    const offences = files.flatMap((file) => offencesIn(file, readFileSync(path.join(ROOT, file), 'utf8')));
    expect(offences).toEqual([]);
  });

  it('lets the emergency kit save its PDF but not send anything to a printer', () => {
    expect(offencesIn(KIT.file, 'await this.platform.printToPdf(html, o); await this.platform.dialogs.saveFile(o);')).toEqual([]);
    expect(offencesIn(KIT.file, 'await this.platform.print(html, { landscape: false });')).toEqual([`${KIT.file}:1: print`]);
  });

  it('does see the export service’s own calls, so the scan is not looking in the wrong place', () => {
    const service = 'electron/exports/exportService.ts';
    expect(files).toContain(service);
    const names = new Set(outputUses(service, readFileSync(path.join(ROOT, service), 'utf8')).map((use) => use.split(': ')[1]));
    // The export service saves and makes PDFs today; printing to paper arrives with the provision maps.
    for (const name of ['saveFile', 'printToPdf']) expect(names).toContain(name);
    for (const name of names) expect(OUTPUTS).toContain(name);
  });

  it.each([
    ['a call', 'await platform.dialogs.saveFile(options);'],
    ['a print', 'const pdf = await this.platform.printToPdf(html, { landscape: false });'],
    ['a destructured name', 'const { printToPdf } = platform;'],
    ['a renamed destructured name', 'const { saveFile: ask } = dialogs;'],
    ['a string key', "await dialogs['saveFile'](options);"],
    ['a function passed on', 'run(platform.printToPdf);'],
    ['a print to paper', 'const { printed } = await this.platform.print(html, { landscape: true });'],
    ['a destructured print', 'const { print: send } = platform;'],
  ])('catches %s', (_what, code) => {
    expect(outputUses('electron/services/sneaky.ts', code)).toHaveLength(1);
  });

  it('does not mistake a word in a string or comment for a use', () => {
    expect(outputUses('electron/services/fine.ts', "// saveFile\nconst s = 'printToPdf';\nopenFile(options);")).toEqual([]);
  });

  it('does not mistake the everyday word print for a use', () => {
    const code = "// print the kit\nconst kind: 'pdf' | 'print' = 'print';\nconst o = { outputKind: 'print' };\nfunction print() {}\nprint();\nconst printed = result.printed;";
    expect(outputUses('electron/services/fine.ts', code)).toEqual([]);
  });
});
