import { type Database, prepared } from '../database';

export interface Draft {
  data: string;
  savedAt: string;
}

export function saveDraft(db: Database, accountId: string, form: string, data: string, savedAt: string): void {
  prepared(db, 
    `INSERT INTO draft (account_id, form, data, saved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (account_id, form) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
  ).run(accountId, form, data, savedAt);
}

export function getDraft(db: Database, accountId: string, form: string): Draft | undefined {
  return prepared(db, 'SELECT data, saved_at AS savedAt FROM draft WHERE account_id = ? AND form = ?').get(accountId, form) as
    | Draft
    | undefined;
}

export function discardDraft(db: Database, accountId: string, form: string): void {
  prepared(db, 'DELETE FROM draft WHERE account_id = ? AND form = ?').run(accountId, form);
}
