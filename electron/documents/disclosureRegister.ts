import type { RegisterEntry, RegisterQuery } from '../../shared/contract/disclosures';
import { documentKindLabels, recipientKindLabels } from '../../shared/domain/disclosure';
import { formatLondonDateTime, formatSchoolDate } from '../../shared/rules/schoolDate';
import { html } from './html';
import { printPage } from './page';

const outcomeWords = {
  allowed: 'Allowed',
  'needs-consent': 'Needs consent',
  'needs-approval': 'Needs approval',
  refused: 'Refused',
} as const;

const styles = `
h1 { font-size: 15pt; margin: 0 0 2mm; }
p.filter { margin: 0 0 4mm; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
th, td { border: 0.5pt solid #000; padding: 1.2mm; text-align: left; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.hash { font-family: monospace; font-size: 7pt; word-break: break-all; }
ul { margin: 1mm 0 0; padding-left: 4mm; }
`;

/** What the filter was, in words, so a print of part of the register says it is only part. */
function filterWords(query: RegisterQuery): string {
  const parts = [
    query.pupilSearch ? `pupils matching “${query.pupilSearch}”` : null,
    query.recipientKind ? `recipient: ${recipientKindLabels[query.recipientKind]}` : null,
    query.from ? `from ${formatSchoolDate(query.from)}` : null,
    query.to ? `to ${formatSchoolDate(query.to)}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? `Showing ${parts.join('; ')}.` : 'Showing every decision.';
}

/**
 * The disclosure register as printed for the data protection officer: every
 * decision in the filter, with what, about whom, to whom, why, the basis,
 * who approved it, who asked and when, and the SHA-256 of what was sent.
 */
export function registerPrintHtml(
  entries: readonly RegisterEntry[],
  query: RegisterQuery,
  printed: { printedBy: string; printedAt: string; demo: boolean },
): string {
  const rows = entries.map(
    (e) => html`<tr>
<td>${formatSchoolDate(e.decidedOn)}<br>${formatLondonDateTime(e.recordedAt)}</td>
<td>${e.documentTitle}<br>${e.pupils.map((p) => p.name).join(', ') || '—'}</td>
<td>${recipientKindLabels[e.recipient.kind]}${e.recipient.name ? html`<br>${e.recipient.name}` : html``}${e.recipient.organisation ? html`<br>${e.recipient.organisation}` : html``}</td>
<td>${e.purpose}${e.interestsReason ? html`<br>In the interests of the pupil: ${e.interestsReason}` : html``}</td>
<td>${outcomeWords[e.outcome]}<ul>${uniqueLines(e).map((line) => html`<li>${line}</li>`)}</ul></td>
<td>${e.requestedBy}${e.approvedBy ? html`<br>Approved by ${e.approvedBy}` : html``}</td>
<td class="hash">${e.fileName ?? 'Nothing sent'}${e.sha256 ? html`<br>SHA-256 ${e.sha256}` : html``}</td>
</tr>`,
  );
  return printPage({
    title: 'Disclosure register',
    ...printed,
    styles,
    body: html`<h1>Disclosure register</h1>
<p class="filter">${filterWords(query)} ${entries.length} ${entries.length === 1 ? 'decision' : 'decisions'}, newest first.</p>
<table>
<thead><tr><th>Date</th><th>What, about whom</th><th>To whom</th><th>Why</th><th>Decision and basis</th><th>By whom</th><th>File and hash</th></tr></thead>
<tbody>${rows}</tbody>
</table>`,
  });
}

/** One line per kind of document and decision: an extract of 200 pupils' SEN records is one line, not 200. */
function uniqueLines(entry: RegisterEntry): string[] {
  const lines = entry.documents.map((d) => `${documentKindLabels[d.kind].split(' (')[0]}: ${d.basis ?? d.reason}`);
  return [...new Set(lines)];
}
