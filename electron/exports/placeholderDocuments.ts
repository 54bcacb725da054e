import type { RegisterRow } from '../db/repositories/register';
import type { Database } from '../db/database';
import { pupilContacts } from '../db/repositories/contacts';
import { pupilInvolvements } from '../db/repositories/involvements';
import { pupilById } from '../db/repositories/pupils';
import { openSenNeeds, openSenStatus } from '../db/repositories/senHistory';
import { html } from '../documents/html';
import { printPage } from '../documents/page';

/**
 * TEMPORARY (branch exports): the two documents are being written on their
 * own branch (electron/documents/, with their view-model builders). These
 * stand-ins keep the export wiring whole until they land, and are replaced
 * then; no committed test asserts their wording.
 */
export interface Sections {
  health: boolean;
  familySocialCare: boolean;
  thirdPartyReports: boolean;
}

export function pupilSummaryHtml(
  db: Database,
  pupilId: string,
  sections: Sections,
  printed: { printedBy: string; printedAt: string; demo: boolean },
): string {
  const pupil = pupilById(db, pupilId)!;
  const status = openSenStatus(db, pupilId);
  const needs = openSenNeeds(db, pupilId);
  const name = `${pupil.legalForename} ${pupil.legalSurname}`;
  const contacts = pupilContacts(db, pupilId).map((c) => c.versions[0]!).filter((v) => !v.archived);
  const involvements = pupilInvolvements(db, pupilId).map((i) => i.versions[0]!);
  return printPage({
    title: `Register summary: ${name}`,
    ...printed,
    styles: 'h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 8mm; }',
    body: html`<h1>Register summary: ${name}</h1>
<p>Date of birth ${pupil.dateOfBirth}. Year ${pupil.ncYear ?? 'not recorded'}.</p>
<h2>SEN record</h2>
<p>Provision: ${status ? `${status.provision} since ${status.startDate}` : 'not on the SEN register'}.</p>
<p>Needs: ${needs.length ? needs.map((n) => `${n.needType} (${n.rank})`).join(', ') : 'none recorded'}.</p>
${sections.health ? html`<h2>Health</h2><p>${pupil.medicalNotes ?? 'No medical notes.'}</p>` : html``}
${sections.familySocialCare ? html`<h2>Family</h2><ul>${contacts.map((c) => html`<li>${c.name} (${c.relationship})</li>`)}</ul>` : html``}
${sections.thirdPartyReports ? html`<h2>Other professionals</h2><ul>${involvements.map((i) => html`<li>${i.name} (${i.role})</li>`)}</ul>` : html``}`,
  });
}

const cell = (value: string | null): string => {
  const text = value ?? '';
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function registerExtractCsv(rows: readonly RegisterRow[]): string {
  const header = ['UPN', 'Legal surname', 'Legal forename', 'Date of birth', 'Year', 'SEN provision', 'Since', 'Needs'];
  const lines = rows.map((r) =>
    [r.upn, r.legalSurname, r.legalForename, r.dateOfBirth, r.ncYear, r.provision, r.statusSince, r.needs.map((n) => n.type).join(' ')]
      .map(cell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
