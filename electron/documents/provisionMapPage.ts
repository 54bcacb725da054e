import type { CostPair, MapHeader } from '../../shared/domain/provisionMaps';
import { formatSchoolDate } from '../../shared/rules/schoolDate';
import { html, type SafeHtml } from './html';
import { DEMO_MARK, type PageOrientation, type PrintedPage } from './page';
import { costWords, formatRange } from './provisionWords';

/**
 * What the three provision map documents share: the frame they are printed
 * in, the header with school, title, scope and dates, the table CSS that
 * repeats headers and keeps rows whole across pages, and the money cells.
 */

/** Who printed it and when, and whether from the demo school: the frame's, not the view's. */
export interface ProvisionMapFrame {
  printedBy: string;
  /** ISO instant. */
  printedAt: string;
  demo?: boolean;
}

export const none = html``;

/** What the header says about who the copy is for; the parent's line is the document's own, addressed to them. */
function audienceLine(header: MapHeader): SafeHtml {
  switch (header.audience) {
    case 'staff':
      return html`<p class="confidential"><strong>CONFIDENTIAL</strong>: for school staff. Keep it secure and share it only as the school’s SEND policy allows.</p>`;
    case 'meeting':
      return html`<p class="confidential"><strong>CONFIDENTIAL</strong>: prepared for a meeting, with no pay rates or costs. Share it only as the school’s SEND policy allows.</p>`;
    case 'parent':
      return html`<p class="confidential"><strong>CONFIDENTIAL</strong>: this is about your child. Please keep it somewhere safe.</p>`;
  }
}

/** `showsCosts`: whether the document prints any money, so the line about costs never stands alone. */
export function mapHeader(header: MapHeader, frame: ProvisionMapFrame, showsCosts: boolean): SafeHtml {
  const demo = frame.demo ? html`<p class="demo"><strong>${DEMO_MARK}</strong>: every pupil on this page is made up.</p>` : none;
  const asOf = showsCosts ? html`<p class="dates">Costs to date are counted up to ${formatSchoolDate(header.asOf)}; projected costs run to the end date.</p>` : none;
  return html`${demo}<header class="map-header">
  <p class="school">${header.schoolName}</p>
  <h1>${header.title}</h1>
  <p class="scope">${header.scope}</p>
  <p class="dates"><strong>Dates:</strong> ${formatRange(header.range)}</p>
  ${asOf}${audienceLine(header)}
</header>
`;
}

export function mapPage(
  header: MapHeader,
  frame: ProvisionMapFrame,
  layout: { orientation: PageOrientation; showsCosts: boolean; styles: string; body: SafeHtml },
): PrintedPage {
  return {
    title: header.title,
    printedBy: frame.printedBy,
    printedAt: frame.printedAt,
    demo: frame.demo ?? false,
    orientation: layout.orientation,
    styles: MAP_STYLES + layout.styles,
    body: html`${mapHeader(header, frame, layout.showsCosts)}${layout.body}`,
  };
}

/** Two header cells for a cost, or none: a £ column exists only where the view model has a cost. */
export function costHeads(show: boolean, toDate = 'Cost to date', projected = 'Projected cost'): SafeHtml {
  return show ? html`<th scope="col" class="num w-money">${toDate}</th><th scope="col" class="num w-money">${projected}</th>` : none;
}

/**
 * The two money cells of a row where the table has cost columns: a sum only
 * from a cost that is there, a dash where the row has none, and no cell at
 * all where the table has no cost columns, whatever the row carries.
 */
export function costCells(showCosts: boolean, cost: CostPair | undefined): SafeHtml {
  if (!showCosts) return none;
  if (cost === undefined) return html`<td class="num">—</td><td class="num">—</td>`;
  const words = costWords(cost);
  return html`<td class="num">${words.toDate}</td><td class="num">${words.projected}</td>`;
}

/**
 * Black on white with grey fills only: a photocopy or a greyscale printer
 * loses nothing, and no meaning rides on colour. Table headers repeat on
 * every page and a row never splits between pages.
 */
const MAP_STYLES = `
h1 { font-size: 17pt; line-height: 1.15; margin: 0 0 1mm; }
h2 { font-size: 12.5pt; margin: 4mm 0 2mm; padding-bottom: 0.8mm; border-bottom: 0.4mm solid #000; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 0 0 1.5mm; }
.map-header { margin: 0 0 4mm; }
.map-header .school { font-size: 11pt; font-weight: 700; margin: 0 0 1mm; }
.map-header .scope { font-size: 11pt; }
.confidential { border: 0.4mm solid #000; padding: 1.2mm 3mm; margin-top: 2mm; }
.demo { border: 0.8mm dashed #000; padding: 1.5mm 4mm; margin: 0 0 4mm; font-size: 11pt; text-align: center; }
section { margin: 0 0 5mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; font-size: 9pt; }
caption { text-align: left; font-weight: 700; margin-bottom: 1mm; }
th, td { border: 0.25mm solid #000; padding: 1mm 1.4mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead { display: table-header-group; }
thead th { background: #e6e6e6; overflow-wrap: normal; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; }
td.num { white-space: nowrap; }
tr.cell-head th { background: #d4d4d4; font-size: 10pt; border-top: 0.6mm solid #000; break-after: avoid; page-break-after: avoid; }
tr.subtotal th, tr.subtotal td { font-weight: 700; background: #f2f2f2; }
tr.total th, tr.total td { font-weight: 700; border-top: 0.8mm double #000; background: #e6e6e6; }
td.empty { font-style: italic; }
.names { font-size: 8pt; margin-top: 0.8mm; }
.facts { display: grid; grid-template-columns: 52mm 1fr; gap: 0.8mm 4mm; margin: 0 0 2mm; }
.facts div { display: contents; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.small { font-size: 8.5pt; }
th .small { font-weight: 400; }
`;

/** A definition list of term–value pairs: the details blocks of the pupil map and the impact sheet. */
export function facts(rows: readonly (readonly [string, string])[]): SafeHtml {
  return html`<dl class="facts">${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}
