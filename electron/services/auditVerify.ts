import type { AuditVerification } from '../../shared/contract/audit';
import type { Database } from '../db/database';
import { GENESIS_HASH, auditRowHash } from '../db/auditHash';
import { auditPage, auditSeqWithHash } from '../db/repositories/auditLog';

const PAGE = 2000;

/**
 * Walks the audit chain from the first row and reports the first row at which
 * it no longer holds:
 * - edited: a row's content no longer matches its own hash, or the row before
 *   it was rewritten together with its hash (its successor still points at
 *   the old one, which no row has any more);
 * - removed: a row points back past a gap in the sequence;
 * - reordered: a row is intact but points at a row other than the one before it.
 * It yields between pages so a long log never holds the main process for long.
 * A row cut from the very end leaves no trace in the chain itself.
 */
export async function verifyAuditLog(db: Database): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let rows = 0;
  for (;;) {
    const page = auditPage(db, prevSeq, PAGE);
    for (const row of page) {
      rows++;
      if (auditRowHash(row.prevHash, row) !== row.hash) {
        return broken(rows, row.seq, 'edited', `Row ${row.seq} of the audit log has been changed since it was written.`);
      }
      if (row.prevHash !== prevHash) {
        if (row.seq !== prevSeq + 1) {
          return broken(rows, row.seq, 'removed', `The audit log row(s) before row ${row.seq} have been removed.`);
        }
        if (auditSeqWithHash(db, row.prevHash) !== undefined) {
          return broken(rows, row.seq, 'reordered', `Row ${row.seq} of the audit log has been moved out of its place.`);
        }
        const edited = Math.max(prevSeq, 1);
        return broken(rows, edited, 'edited', `Row ${edited} of the audit log has been changed since it was written.`);
      }
      prevHash = row.hash;
      prevSeq = row.seq;
    }
    if (page.length < PAGE) return { intact: true, rows };
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const broken = (
  rows: number,
  firstBadSeq: number,
  problem: 'edited' | 'removed' | 'reordered',
  message: string,
): AuditVerification => ({ intact: false, rows, firstBadSeq, problem, message });
