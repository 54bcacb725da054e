import type { DocumentKind } from '../../shared/domain/disclosure';
import { html } from './html';
import { DEMO_MARK, type PrintedPage, printPage } from './page';
import * as sections from './pupilSummarySections';
import { type PupilSummaryOptions, type PupilSummaryView, chosenSections } from './pupilSummaryView';

export { type PupilSummaryOptions, type PupilSummarySource, type PupilSummaryView, pupilSummaryView } from './pupilSummaryView';
export { type OptionalSummarySection, optionalSummarySections } from './pupilSummaryView';

/**
 * A pupil's SEN summary (issue 5): the SEN record on A4, with health, family
 * and social care, and other professionals only when asked for.
 */

/** Who printed it and when, and whether from the demo school: the frame's, not the view's. */
export interface SummaryFrame {
  printedBy: string;
  /** ISO instant. */
  printedAt: string;
  demo?: boolean;
}

/**
 * The document kinds a summary with these options holds, for the disclosure
 * gate: the SEN record always, and each optional section as the kind it is.
 * The section names are the kinds' own names, so nothing is lost between them.
 */
export function pupilSummaryDocumentKinds(options: Pick<PupilSummaryOptions, 'include'>): DocumentKind[] {
  return ['sen-record', ...chosenSections(options.include ?? [])];
}

export function pupilSummaryTitle(view: Pick<PupilSummaryView, 'pupil'>): string {
  return `SEN summary: ${view.pupil.name}`;
}

export function pupilSummaryPage(view: PupilSummaryView, frame: SummaryFrame): PrintedPage {
  const title = pupilSummaryTitle(view);
  const parent = view.audience === 'parent';
  const demo = frame.demo
    ? html`<p class="demo"><strong>${DEMO_MARK}</strong>: this summary is of a made-up pupil.</p>`
    : html``;
  // The same word as the footer's, so the page says it before anyone reads on.
  const confidential = parent
    ? html`<p class="confidential"><strong>CONFIDENTIAL</strong>: this is about ${view.pupil.forename}. Please keep it somewhere safe.</p>`
    : html`<p class="confidential"><strong>CONFIDENTIAL</strong>: a pupil’s SEN record. Keep it secure and share it only as the school’s SEND policy allows.</p>`;
  const body = html`${demo}<header>
  <h1>${title}</h1>
  <p class="recipient">Prepared for: ${view.preparedFor}</p>
  ${confidential}
</header>
${sections.pupilDetails(view)}${sections.statusNow(view)}${sections.needsNow(view)}${sections.chronology(view)}${sections.monitoring(view)}${sections.profile(view)}${sections.health(view)}${sections.family(view)}${sections.professionals(view)}`;
  return { title, printedBy: frame.printedBy, printedAt: frame.printedAt, demo: frame.demo ?? false, styles: STYLES, body };
}

/** The summary as a whole HTML document, ready for the print window. */
export function renderPupilSummary(view: PupilSummaryView, frame: SummaryFrame): string {
  return printPage(pupilSummaryPage(view, frame));
}

// Black on white only, as every document: a photocopy loses nothing.
const STYLES = `
h1 { font-size: 18pt; line-height: 1.15; margin: 0 0 1.5mm; }
h2 { font-size: 12.5pt; margin: 0 0 2mm; padding-bottom: 0.8mm; border-bottom: 0.4mm solid #000; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 2.5mm 0 1mm; break-after: avoid; }
p { margin: 0 0 2mm; }
header { margin: 0 0 4mm; }
.recipient { font-size: 11pt; margin-bottom: 1.5mm; }
.confidential { border: 0.4mm solid #000; padding: 1.5mm 3mm; }
.demo { border: 0.8mm dashed #000; padding: 1.5mm 4mm; margin: 0 0 4mm; font-size: 11pt; text-align: center; }
section { margin: 0 0 5mm; }
.facts { display: grid; grid-template-columns: 42mm 1fr; gap: 0.8mm 4mm; margin: 0 0 2mm; }
.facts div { display: contents; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; font-size: 9.5pt; }
caption { text-align: left; font-weight: 700; margin-bottom: 1mm; }
th, td { border: 0.25mm solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #eee; }
tr { break-inside: avoid; }
.note { margin-top: 1mm; white-space: pre-line; }
.text { white-space: pre-line; overflow-wrap: anywhere; }
.small { font-size: 9pt; }
.item { border-left: 0.6mm solid #000; padding-left: 3mm; margin: 0 0 3mm; break-inside: avoid; }
.item h3 { margin-top: 0; }
`;
