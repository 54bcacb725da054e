import { type Database, prepared } from '../database';
import { GENESIS_HASH, auditRowHash, type AuditFields } from '../auditHash';

export interface AuditEntry {
  at: string;
  actorId: string | null;
  /** Dotted verb, e.g. `vault.unlocked`. */
  action: string;
  /** The record acted on, by id: never a name. */
  subject?: string | null;
  /** Ids and codes only: the audit log holds no personal data. */
  detail?: Record<string, string | number | boolean | null>;
}

export interface AuditRow extends AuditFields {
  seq: number;
  prevHash: string;
  hash: string;
}

/**
 * Appends one row linked to the last. Call it inside the transaction that
 * makes the change it records, so the change and its record commit together.
 */
export function appendAudit(db: Database, entry: AuditEntry): number {
  const last = prepared(db, 'SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields: AuditFields = {
    at: entry.at,
    actorId: entry.actorId,
    action: entry.action,
    subject: entry.subject ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  };
  const result = prepared(db, 
      `INSERT INTO audit_log (at, actor_id, action, subject, detail, prev_hash, hash)
       VALUES (@at, @actorId, @action, @subject, @detail, @prevHash, @hash)`,
    )
    .run({ ...fields, prevHash, hash: auditRowHash(prevHash, fields) });
  return Number(result.lastInsertRowid);
}

const selectColumns = `seq, at, actor_id AS actorId, action, subject, detail, prev_hash AS prevHash, hash`;

/** Rows after `afterSeq`, in order, a page at a time so a long log never blocks for long. */
export function auditPage(db: Database, afterSeq: number, limit: number): AuditRow[] {
  return prepared(db, `SELECT ${selectColumns} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`)
    .all(afterSeq, limit) as AuditRow[];
}

export function auditSeqWithHash(db: Database, hash: string): number | undefined {
  const row = prepared(db, 'SELECT seq FROM audit_log WHERE hash = ? LIMIT 1').get(hash) as { seq: number } | undefined;
  return row?.seq;
}
