import { formatLondonDateTime } from '../../shared/rules/schoolDate';
import { cssString, html, styleSheet, type SafeHtml } from './html';

/**
 * The frame every printed document shares (DESIGN.md, Documents and printing):
 * A4, page numbers, and a confidentiality footer with who printed it and when,
 * drawn in the page margins so that it repeats on every page. No script and no
 * external URL; the page carries its own policy too, in case it is ever opened
 * without the print window's headers.
 */

/** The policy the print window serves documents with (electron/platform/appAssets.ts). */
export const DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Fonts found on school laptops, with metric twins on Linux so that one page stays one page. */
export const FONT_SANS = 'Arial, "Liberation Sans", Helvetica, sans-serif';
export const FONT_MONO = 'Consolas, "DejaVu Sans Mono", Menlo, "Liberation Mono", monospace';

export const DEMO_MARK = 'DEMO — not a real school';

export type PageOrientation = 'portrait' | 'landscape';

export interface PrintedPage {
  /** Plain text: the window's and the PDF's title. */
  title: string;
  printedBy: string;
  /** ISO instant. */
  printedAt: string;
  /**
   * Printed from the demo school: every page says so in its top margin, its
   * footer and a watermark across it, and the title starts with DEMO, so a
   * demo print can never pass for a real pupil's record.
   */
  demo?: boolean;
  /** A4 the tall way (the default) or the wide way, for a map whose table needs the width. */
  orientation?: PageOrientation;
  /** The document's own CSS: constant text, never a value from the view model. */
  styles: string;
  body: SafeHtml;
}

/** "Printed by Jo Bloggs on 29 November 2026 at 2:05pm". */
export function printedLine(page: Pick<PrintedPage, 'printedBy' | 'printedAt'>): string {
  return `Printed by ${page.printedBy} on ${formatLondonDateTime(page.printedAt)}`;
}

/** The footer's middle line: who printed it and when, and on a demo print that it is one. */
export function footerLine(page: Pick<PrintedPage, 'printedBy' | 'printedAt' | 'demo'>): string {
  return page.demo ? `${DEMO_MARK}. ${printedLine(page)}` : printedLine(page);
}

// A fixed element repeats on every printed page in Chromium: the watermark is on each one.
const demoWatermarkCss = `
.demo-watermark { position: fixed; top: 50%; left: 0; right: 0; text-align: center; transform: translateY(-50%) rotate(-35deg);
  font: 700 96pt ${FONT_SANS}; letter-spacing: 0.1em; color: rgb(0 0 0 / 10%); pointer-events: none; z-index: 1000; }
`;

/** What the PDF printer is told, so it never disagrees with the page's own `@page` size. */
export function isLandscape(page: Pick<PrintedPage, 'orientation'>): boolean {
  return page.orientation === 'landscape';
}

export function printPage(page: PrintedPage): string {
  const landscape = isLandscape(page);
  const margin = `font: 8pt ${FONT_SANS}; color: #000;`;
  const demo = page.demo ? `@top-center { content: ${cssString(DEMO_MARK)}; ${margin} font-weight: 700; }` : '';
  const frame = `
@page {
  size: A4 ${landscape ? 'landscape' : 'portrait'};
  margin: 14mm 16mm 16mm;
  @bottom-left { content: "CONFIDENTIAL"; ${margin} font-weight: 700; letter-spacing: 0.08em; }
  @bottom-center { content: ${cssString(footerLine(page))}; ${margin} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${margin} }
  ${demo}
}
*, *::before, *::after { box-sizing: border-box; }
html { color: #000; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10.5pt/1.35 ${FONT_SANS}; }
@media screen { body { width: ${landscape ? '297mm' : '210mm'}; margin: 0 auto; padding: 14mm 16mm; } }
${page.demo ? demoWatermarkCss : ''}`;
  const title = page.demo ? `DEMO – ${page.title}` : page.title;
  // Hidden from a screen reader: the margin and the footer say DEMO in words already.
  const watermark = page.demo ? html`<div class="demo-watermark" aria-hidden="true">DEMO</div>` : html``;
  const document = html`<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_POLICY}">
<title>${title}</title>
<style>${styleSheet(frame + page.styles)}</style>
</head>
<body>
${watermark}<main>
${page.body}
</main>
</body>
</html>
`;
  return `<!DOCTYPE html>\n${document.text}`;
}
