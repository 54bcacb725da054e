import type { RegisterEntry, RegisterQuery } from '../../../shared/contract/disclosures';
import type { DocumentKind, Outcome, RecipientKind } from '../../../shared/domain/disclosure';
import type { Role } from '../../../shared/domain/roles';
import { type Database, prepared } from '../database';

export interface DecidedDocument {
  id: string;
  kind: DocumentKind;
  pupilId?: string;
  outcome: Outcome;
  basis?: string;
  reason: string;
}

export interface RegisterRecord {
  id: string;
  decidedOn: string;
  recordedAt: string;
  requestedBy: string;
  requesterRole: Role;
  recipient: { kind: RecipientKind; name: string | null; organisation: string | null };
  purpose: string;
  interestsReason: string | null;
  documentTitle: string;
  documents: DecidedDocument[];
  outcome: Outcome;
  approvedBy: string | null;
  outputKind: 'pdf' | 'csv' | 'print' | 'none';
  fileName: string | null;
  sha256: string | null;
  pupilIds: string[];
}

/** One decision and whom it was about. Call inside the transaction that records the output. */
export function insertRegisterRecord(db: Database, record: RegisterRecord): void {
  prepared(
    db,
    `INSERT INTO disclosure_register (id, decided_on, recorded_at, requested_by, requester_role, recipient_kind,
       recipient_name, recipient_organisation, purpose, interests_reason, document_title, documents, outcome,
       approved_by, output_kind, file_name, sha256)
     VALUES (@id, @decidedOn, @recordedAt, @requestedBy, @requesterRole, @recipientKind, @recipientName,
       @recipientOrganisation, @purpose, @interestsReason, @documentTitle, @documents, @outcome, @approvedBy,
       @outputKind, @fileName, @sha256)`,
  ).run({
    ...record,
    recipientKind: record.recipient.kind,
    recipientName: record.recipient.name,
    recipientOrganisation: record.recipient.organisation,
    documents: JSON.stringify(record.documents),
  });
  const link = prepared(db, 'INSERT INTO disclosure_register_pupil (register_id, pupil_id) VALUES (?, ?)');
  for (const pupilId of new Set(record.pupilIds)) link.run(record.id, pupilId);
}

interface Row {
  id: string;
  decidedOn: string;
  recordedAt: string;
  requestedBy: string;
  requesterRole: Role;
  recipientKind: RecipientKind;
  recipientName: string | null;
  recipientOrganisation: string | null;
  purpose: string;
  interestsReason: string | null;
  documentTitle: string;
  documents: string;
  outcome: Outcome;
  approvedBy: string | null;
  outputKind: RegisterRecord['outputKind'];
  fileName: string | null;
  sha256: string | null;
  pupils: string;
}

/**
 * The register, newest first, with staff and pupils by name. The pupil
 * search matches any part of a legal or preferred name, or the UPN, of a
 * pupil the decision was about. At most `limit` rows.
 */
export function registerEntries(db: Database, query: RegisterQuery, limit: number): RegisterEntry[] {
  const search = query.pupilSearch ? `%${query.pupilSearch.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = prepared(
    db,
    `SELECT r.id, r.decided_on AS decidedOn, r.recorded_at AS recordedAt, req.display_name AS requestedBy,
       r.requester_role AS requesterRole, r.recipient_kind AS recipientKind, r.recipient_name AS recipientName,
       r.recipient_organisation AS recipientOrganisation, r.purpose, r.interests_reason AS interestsReason,
       r.document_title AS documentTitle, r.documents, r.outcome, app.display_name AS approvedBy,
       r.output_kind AS outputKind, r.file_name AS fileName, r.sha256,
       (SELECT json_group_array(json_object('id', p.id, 'name',
          coalesce(p.preferred_forename, p.legal_forename) || ' ' || coalesce(p.preferred_surname, p.legal_surname)))
        FROM disclosure_register_pupil rp JOIN pupil p ON p.id = rp.pupil_id WHERE rp.register_id = r.id) AS pupils
     FROM disclosure_register r
     JOIN staff_account req ON req.id = r.requested_by
     LEFT JOIN staff_account app ON app.id = r.approved_by
     WHERE (@recipientKind IS NULL OR r.recipient_kind = @recipientKind)
       AND (@from IS NULL OR r.decided_on >= @from)
       AND (@to IS NULL OR r.decided_on <= @to)
       AND (@search IS NULL OR EXISTS (
         SELECT 1 FROM disclosure_register_pupil rp JOIN pupil p ON p.id = rp.pupil_id
         WHERE rp.register_id = r.id AND (
           p.legal_forename || ' ' || p.legal_surname LIKE @search ESCAPE '\\'
           OR coalesce(p.preferred_forename, p.legal_forename) || ' ' || coalesce(p.preferred_surname, p.legal_surname) LIKE @search ESCAPE '\\'
           OR coalesce(p.upn, '') LIKE @search ESCAPE '\\')))
     ORDER BY r.recorded_at DESC, r.id
     LIMIT @limit`,
  ).all({
    recipientKind: query.recipientKind ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    search,
    limit,
  }) as Row[];
  return rows.map(({ recipientKind, recipientName, recipientOrganisation, documents, pupils, ...row }) => ({
    ...row,
    recipient: { kind: recipientKind, name: recipientName, organisation: recipientOrganisation },
    documents: JSON.parse(documents) as DecidedDocument[],
    pupils: JSON.parse(pupils) as { id: string; name: string }[],
  }));
}

/**
 * The wrong passphrases given to approve since the last approval that
 * succeeded: they slow the next try, as failed unlocks do.
 */
export function approvalFailuresSinceSuccess(db: Database): { at: string }[] {
  const last = prepared(db, "SELECT max(seq) AS seq FROM audit_log WHERE action = 'disclosure.approved'").get() as { seq: number | null };
  return prepared(db, "SELECT at FROM audit_log WHERE action = 'disclosure.approval-failed' AND seq > ? ORDER BY seq")
    .all(last.seq ?? 0) as { at: string }[];
}
