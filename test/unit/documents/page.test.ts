import { describe, expect, it } from 'vitest';
import { html } from '../../../electron/documents/html';
import { DEMO_MARK, type PrintedPage, footerLine, isLandscape, printPage } from '../../../electron/documents/page';

const base: PrintedPage = {
  title: 'SEND register',
  printedBy: 'Jo Bloggs',
  printedAt: '2026-11-29T14:05:00Z',
  styles: 'h1 { font-size: 14pt; }',
  body: html`<h1>SEND register</h1><p>Amira Begum, Year 4</p>`,
};
const page = (changes: Partial<PrintedPage> = {}) => printPage({ ...base, ...changes });

/** The CSS string the page margin boxes carry for a text (see cssString). */
const asCss = (text: string) => text.replace('—', '\\2014 ');

describe('the printed page frame', () => {
  it('marks a demo print as DEMO in the title, the top margin, the footer and a watermark on every page', () => {
    const demo = page({ demo: true });
    expect(demo).toContain('<title>DEMO – SEND register</title>');
    expect(demo).toContain(`@top-center { content: "${asCss(DEMO_MARK)}";`);
    expect(demo).toContain(`@bottom-center { content: "${asCss(DEMO_MARK)}. Printed by Jo Bloggs on 29 November 2026 at 2:05pm";`);
    expect(demo).toContain('<div class="demo-watermark" aria-hidden="true">DEMO</div><main>');
    expect(demo).toMatch(/\.demo-watermark \{ position: fixed;/);
    expect(footerLine({ ...base, demo: true })).toBe('DEMO — not a real school. Printed by Jo Bloggs on 29 November 2026 at 2:05pm');
  });

  it('says nothing of a demo on a real print, asked or not', () => {
    for (const real of [page(), page({ demo: false })]) {
      expect(real).not.toMatch(/demo/i);
      expect(real).toContain('<title>SEND register</title>');
      expect(real).toContain('@bottom-center { content: "Printed by Jo Bloggs on 29 November 2026 at 2:05pm";');
      expect(real).toContain('<body>\n<main>');
    }
  });

  it('keeps the rest of the frame the same either way', () => {
    for (const printed of [page(), page({ demo: true })]) {
      expect(printed).toContain('@bottom-left { content: "CONFIDENTIAL";');
      expect(printed).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
      expect(printed).toContain('<p>Amira Begum, Year 4</p>');
      expect(printed).not.toMatch(/<script|https?:/i);
    }
  });

  it('prints A4 portrait unless asked for landscape, on paper and in the on-screen preview', () => {
    for (const portrait of [page(), page({ orientation: 'portrait' })]) {
      expect(portrait).toContain('size: A4 portrait;');
      expect(portrait).toContain('body { width: 210mm;');
    }
    const landscape = page({ orientation: 'landscape' });
    expect(landscape).toContain('size: A4 landscape;');
    expect(landscape).toContain('body { width: 297mm;');
    expect(landscape).not.toContain('portrait');
    expect([isLandscape(base), isLandscape({ orientation: 'portrait' }), isLandscape({ orientation: 'landscape' })]).toEqual([false, false, true]);
  });
});
