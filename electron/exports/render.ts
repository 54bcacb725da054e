import type { ExportRequest } from '../../shared/contract/disclosures';
import { recipientKindLabels } from '../../shared/domain/disclosure';
import { londonDate } from '../../shared/rules/schoolDate';
import type { Database } from '../db/database';
import { pupilContacts } from '../db/repositories/contacts';
import { pupilInvolvements } from '../db/repositories/involvements';
import { monitoringHistory } from '../db/repositories/monitoring';
import { pupilProfiles } from '../db/repositories/profiles';
import { pupilById } from '../db/repositories/pupils';
import { type RegisterRow, pupilsOnRoll } from '../db/repositories/register';
import { senNeedHistory, senStatusHistory } from '../db/repositories/senHistory';
import { type OptionalSummarySection, pupilSummaryView, renderPupilSummary, type SummaryFrame } from '../documents/pupilSummary';
import { registerExtractCsv } from '../documents/registerExtract';

/**
 * Reads what a document needs and renders it: the pupil summary as HTML for
 * Chromium to print, the register extract as the CSV text. Called only after
 * the gate has allowed the request.
 */
export function pupilSummaryHtml(db: Database, input: ExportRequest, pupilId: string, now: Date, frame: SummaryFrame): string {
  const pupil = pupilById(db, pupilId)!;
  const { recipient } = input;
  // A family, or anyone outside the professions, gets plain language with no codes or staff notes.
  const audience = recipient.kind === 'parent' || recipient.kind === 'young-person' || recipient.kind === 'other' ? 'parent' : 'staff';
  const include: OptionalSummarySection[] = [
    ...(input.include.health ? (['health'] as const) : []),
    ...(input.include.familySocialCare ? (['family-social-care'] as const) : []),
    ...(input.include.thirdPartyReports ? (['third-party-report'] as const) : []),
  ];
  const view = pupilSummaryView(
    {
      pupil,
      senStatuses: senStatusHistory(db, pupilId),
      senNeeds: senNeedHistory(db, pupilId),
      monitoring: monitoringHistory(db, pupilId),
      contacts: pupilContacts(db, pupilId),
      involvements: pupilInvolvements(db, pupilId),
      profiles: pupilProfiles(db, pupilId),
    },
    {
      audience,
      preparedFor: preparedFor(recipient),
      include,
      otherPupils: pupilsOnRoll(db, londonDate(now)).map((p) => ({ forename: p.legalForename, surname: p.legalSurname })),
    },
  );
  return renderPupilSummary(view, frame);
}

export function registerExtractText(rows: readonly RegisterRow[], input: ExportRequest): string {
  return registerExtractCsv(rows, { includeLookedAfter: input.include.familySocialCare });
}

/** "Grace Okonjo, Northshire Council (the local authority's SEN team)". */
function preparedFor(recipient: ExportRequest['recipient']): string {
  const who = [recipient.name, recipient.organisation].filter(Boolean).join(', ');
  const kind = recipientKindLabels[recipient.kind];
  return who ? `${who} (${kind.charAt(0).toLowerCase()}${kind.slice(1)})` : kind;
}
