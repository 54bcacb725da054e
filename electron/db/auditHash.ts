import { createHash } from 'node:crypto';

/** The hash the first row links back to. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  at: string;
  actorId: string | null;
  action: string;
  subject: string | null;
  detail: string;
}

/**
 * A row's hash covers its content and the hash of the row before it, but not
 * its sequence number: moving rows about then breaks the links, which is how
 * the verifier tells a reordering from an edit.
 */
export function auditRowHash(prevHash: string, row: AuditFields): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, row.at, row.actorId, row.action, row.subject, row.detail]))
    .digest('hex');
}
