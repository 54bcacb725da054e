import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EmergencyKitModel, renderEmergencyKit } from '../../../electron/documents/emergencyKit';
import { DOCUMENT_POLICY, printPage } from '../../../electron/documents/page';
import { html } from '../../../electron/documents/html';
import { DOCUMENT_CONTENT_SECURITY_POLICY } from '../../../electron/platform/appAssets';
import { formatRecoveryKey } from '../../../shared/rules/recoveryKey';

const groups = formatRecoveryKey(Uint8Array.from({ length: 32 }, (_, i) => 255 - i * 7));
const model: EmergencyKitModel = {
  schoolName: 'Oakfield Primary School',
  vaultId: 'a3f0c9d2-1b2c-4d5e-8f90-123456789abc',
  createdOn: '2026-11-29',
  recoveryKeyGroups: groups,
  printedBy: 'Jo Bloggs',
  printedAt: '2026-06-30T23:30:00Z',
};
const kit = (changes: Partial<EmergencyKitModel> = {}) => renderEmergencyKit({ ...model, ...changes });

/** The text a reader sees: tags and the style sheet dropped, entities read. */
const visibleText = (page: string) =>
  page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('renderEmergencyKit', () => {
  it('is a self-contained English (UK) page with a title and the print policy', () => {
    const page = kit();
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>SENCO Desk emergency kit: Oakfield Primary School</title>');
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_POLICY.replaceAll("'", '&#39;')}">`);
    expect(page).toMatch(/<style>[\s\S]*size: A4 portrait[\s\S]*<\/style>/);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|url\(|src=|href=/i);
    expect(page).not.toMatch(/https?:|\/\/[a-z]/i);
  });

  it('uses the very policy the print window serves documents with', () => {
    expect(DOCUMENT_POLICY).toBe(DOCUMENT_CONTENT_SECURITY_POLICY);
  });

  it('shows all 13 groups, numbered 1 to 13, in order', () => {
    const cells = [...kit().matchAll(/<li><span class="n">(\d+)<\/span> <span class="g">([^<]*)<\/span><\/li>/g)];
    expect(cells.map((m) => Number(m[1]))).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(cells.map((m) => m[2])).toEqual(groups);
  });

  it('names the school, the vault and the day it was made', () => {
    const text = visibleText(kit());
    expect(text).toContain('SENCO Desk emergency kit');
    expect(text).toContain('School Oakfield Primary School');
    expect(text).toContain('Vault ID a3f0c9d2-1b2c-4d5e-8f90-123456789abc');
    expect(text).toContain('Created 29 November 2026');
  });

  it('puts CONFIDENTIAL, who printed it and when (London time) and the page number in the footer', () => {
    const page = kit();
    expect(page).toContain('@bottom-left { content: "CONFIDENTIAL";');
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    expect(page).toContain('@bottom-center { content: "Printed by Jo Bloggs on 1 July 2026 at 12:30am";');
    expect(page).toContain('content: "Page " counter(page) " of " counter(pages);');
  });

  it.each([
    ['where to keep it', 'Where to keep it'],
    ['the school safe', 'the school safe, or with the headteacher'],
    ['away from the laptop', 'away from the laptop'],
    ['never in the same bag', 'Never in the same bag as the laptop'],
    ['never photographed or emailed', 'Never photographed, scanned, emailed or saved on a computer'],
    ['how to use it', 'How to use it'],
    ['when to use it', 'On a new or repaired laptop, or if every passphrase is forgotten'],
    ['the button to choose', 'Start SENCO Desk and choose “Use the recovery key”'],
    ['typing the groups', 'Type the 13 groups above'],
    ['a new passphrase', 'Choose a new passphrase. The records are then bound to that laptop'],
    ['a new key afterwards', 'make a new recovery key in SENCO Desk, print its kit, and destroy this one'],
    ['a box to write where it is kept', 'Where this kit is kept'],
  ])('says %s', (_name, words) => {
    expect(visibleText(kit())).toContain(words);
  });

  it('escapes the school name: a <script> stays text', () => {
    const page = kit({ schoolName: '<script>alert("x")</script>' });
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(visibleText(page)).toContain('School <script>alert("x")</script>');
  });

  it('escapes an ampersand in the school name, in the body and the title', () => {
    const page = kit({ schoolName: 'St Mary & St John' });
    expect(page).toContain('<dd>St Mary &amp; St John</dd>');
    expect(page).toContain('<title>SENCO Desk emergency kit: St Mary &amp; St John</title>');
    expect(page).not.toContain('St Mary & St John');
  });

  it.each([
    ['vault id', { vaultId: '"><script>x</script>' }],
    ['a group', { recoveryKeyGroups: [...groups.slice(0, 12), '<img src=x onerror=alert(1)>'] }],
    ['the printer’s name', { printedBy: 'Jo "</style><script>x</script>' }],
  ])('escapes %s too', (_name, changes) => {
    const page = kit(changes);
    expect(page).not.toMatch(/<script|<img|<\/style><script/i);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
  });

  it('carries the printer’s name into the footer as a CSS string', () => {
    const page = kit({ printedBy: 'Jo "Ace" O’Brien' });
    expect(page).toContain('content: "Printed by Jo \\22 Ace\\22  O\\2019 Brien on 1 July 2026 at 12:30am";');
  });

  it('marks a demo kit on the page and in the margin, and only a demo kit', () => {
    const demo = kit({ demo: true });
    expect(demo).toContain('<p class="demo"><strong>DEMO — not a real school</strong>: this kit opens demonstration records only.</p>');
    expect(demo).toContain('@top-center { content: "DEMO \\2014  not a real school";');
    for (const real of [kit(), kit({ demo: false })]) {
      expect(visibleText(real)).not.toMatch(/demo/i);
      expect(real).not.toContain('@top-center');
    }
  });

  it.each([
    ['12 groups', { recoveryKeyGroups: groups.slice(0, 12) }, /13 groups, not 12/],
    ['14 groups', { recoveryKeyGroups: [...groups, 'XXXXX'] }, /13 groups, not 14/],
    ['a created date that is not a date', { createdOn: '2026-02-30' }, /Not a calendar date/],
    ['a print time that is not an instant', { printedAt: 'today' }, /Not an instant/],
  ])('refuses %s', (_name, changes, message) => {
    expect(() => kit(changes)).toThrow(message);
  });

  it('is pure: the same model gives the same page', () => {
    expect(kit()).toBe(kit());
  });
});

describe('printPage', () => {
  it('refuses a document style sheet that could end the <style> element', () => {
    expect(() =>
      printPage({ title: 't', printedBy: 'p', printedAt: '2026-01-01T00:00:00Z', styles: '</style>', body: html`` }),
    ).toThrow(/cannot contain "<"/);
  });
});

describe('electron/documents', () => {
  it('imports no Node built-in, no electron and nothing outside shared/ and itself', () => {
    const dir = path.resolve(__dirname, '../../../electron/documents');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/|^\.\.\/\.\.\/shared\//);
      }
    }
  });
});
