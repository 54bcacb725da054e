import type { ConsentRecord, DocumentKind, RecipientKind } from '../../../shared/domain/disclosure';
import type { ConsentInput, ConsentMethod } from '../../../shared/rules/consent';
import { type Database, prepared } from '../database';

/** A consent as recorded, with its withdrawal once there is one. */
export interface ConsentEntry extends Omit<ConsentInput, 'recipientKinds' | 'documentKinds'> {
  id: string;
  how: ConsentMethod;
  recipientKinds: RecipientKind[];
  documentKinds: DocumentKind[];
  recorded: { at: string; by: string | null };
  withdrawal: { withdrawnOn: string; reason: string; recorded: { at: string; by: string | null } } | null;
}

const columns = `id, pupil_id AS pupilId, given_by AS givenBy, giver_name AS giverName, giver_relationship AS giverRelationship,
  parental_responsibility AS parentalResponsibility, given_on AS givenOn, how, evidence, recipient_kinds AS recipientKinds,
  recipient_name AS recipientName, recipient_organisation AS recipientOrganisation, document_kinds AS documentKinds,
  expires_on AS expiresOn, note, recorded_at AS at, recorded_by AS "by", withdrawn_on AS withdrawnOn,
  withdrawal_reason AS reason, withdrawal_recorded_at AS withdrawnAt, withdrawal_recorded_by AS withdrawnBy`;

interface Row {
  id: string;
  pupilId: string;
  givenBy: ConsentEntry['givenBy'];
  giverName: string | null;
  giverRelationship: string | null;
  parentalResponsibility: number | null;
  givenOn: string;
  how: ConsentMethod;
  evidence: string;
  recipientKinds: string;
  recipientName: string | null;
  recipientOrganisation: string | null;
  documentKinds: string;
  expiresOn: string | null;
  note: string | null;
  at: string;
  by: string | null;
  withdrawnOn: string | null;
  reason: string | null;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
}

const fromRow = ({ pupilId: _p, at, by, withdrawnOn, reason, withdrawnAt, withdrawnBy, ...row }: Row): ConsentEntry => ({
  ...row,
  parentalResponsibility: row.parentalResponsibility === null ? null : row.parentalResponsibility === 1,
  recipientKinds: JSON.parse(row.recipientKinds) as RecipientKind[],
  documentKinds: JSON.parse(row.documentKinds) as DocumentKind[],
  recorded: { at, by },
  withdrawal:
    withdrawnOn === null || reason === null || withdrawnAt === null
      ? null
      : { withdrawnOn, reason, recorded: { at: withdrawnAt, by: withdrawnBy } },
});

export function insertConsent(db: Database, row: { id: string; pupilId: string; consent: ConsentInput; at: string; by: string }): void {
  const { consent } = row;
  prepared(db,
    `INSERT INTO consent (id, pupil_id, given_by, giver_name, giver_relationship, parental_responsibility, given_on, how, evidence,
       recipient_kinds, recipient_name, recipient_organisation, document_kinds, expires_on, note, recorded_at, recorded_by)
     VALUES (@id, @pupilId, @givenBy, @giverName, @giverRelationship, @parentalResponsibility, @givenOn, @how, @evidence,
       @recipientKinds, @recipientName, @recipientOrganisation, @documentKinds, @expiresOn, @note, @at, @by)`,
  ).run({
    ...consent,
    id: row.id,
    pupilId: row.pupilId,
    parentalResponsibility: consent.parentalResponsibility === null ? null : consent.parentalResponsibility ? 1 : 0,
    recipientKinds: JSON.stringify(consent.recipientKinds),
    documentKinds: JSON.stringify(consent.documentKinds),
    at: row.at,
    by: row.by,
  });
}

/** Records the withdrawal; false when the consent is not this pupil's or was already withdrawn, so nothing changed. */
export function withdrawConsent(
  db: Database,
  row: { id: string; pupilId: string; withdrawnOn: string; reason: string; at: string; by: string },
): boolean {
  const result = prepared(db,
    `UPDATE consent SET withdrawn_on = @withdrawnOn, withdrawal_reason = @reason, withdrawal_recorded_at = @at,
       withdrawal_recorded_by = @by
     WHERE id = @id AND pupil_id = @pupilId AND withdrawn_on IS NULL`,
  ).run(row);
  return result.changes === 1;
}

export function consentById(db: Database, pupilId: string, id: string): ConsentEntry | undefined {
  const row = prepared(db, `SELECT ${columns} FROM consent WHERE pupil_id = ? AND id = ?`).get(pupilId, id) as Row | undefined;
  return row && fromRow(row);
}

/** Every consent the pupil's family or the pupil gave, newest first, withdrawn ones included. */
export function pupilConsents(db: Database, pupilId: string): ConsentEntry[] {
  const rows = prepared(db, `SELECT ${columns} FROM consent WHERE pupil_id = ? ORDER BY given_on DESC, recorded_at DESC`).all(pupilId) as Row[];
  return rows.map(fromRow);
}

/**
 * The consents of these pupils as the disclosure rule reads them, withdrawn
 * and expired ones included: the rule decides what counts on the day of the
 * disclosure. The ids go in as one bound JSON array, whatever their number.
 */
export function consentRecordsFor(db: Database, pupilIds: readonly string[]): ConsentRecord[] {
  if (pupilIds.length === 0) return [];
  const rows = prepared(db,
    `SELECT ${columns} FROM consent WHERE pupil_id IN (SELECT value FROM json_each(?)) ORDER BY pupil_id, given_on, recorded_at`,
  ).all(JSON.stringify([...new Set(pupilIds)])) as Row[];
  return rows.map((row) => {
    const record: ConsentRecord = {
      pupilId: row.pupilId,
      givenBy: row.givenBy,
      givenOn: row.givenOn,
      recipientKinds: JSON.parse(row.recipientKinds) as RecipientKind[],
      documentKinds: JSON.parse(row.documentKinds) as DocumentKind[],
    };
    if (row.expiresOn !== null) record.expiresOn = row.expiresOn;
    if (row.withdrawnOn !== null) record.withdrawnOn = row.withdrawnOn;
    return record;
  });
}
