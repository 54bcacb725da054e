import type { Role } from '../../../shared/domain/roles';
import { staffNameKey } from '../../../shared/rules/staffName';
import { type Database, prepared } from '../database';

export interface StaffAccount {
  id: string;
  displayName: string;
  role: Role;
  createdAt: string;
  removedAt: string | null;
  needsNewPassphrase: boolean;
}

const columns = `id, display_name AS displayName, role, created_at AS createdAt, removed_at AS removedAt,
  needs_new_passphrase AS needsNewPassphrase`;

type Row = Omit<StaffAccount, 'needsNewPassphrase'> & { needsNewPassphrase: number };
const fromRow = (row: Row | undefined): StaffAccount | undefined =>
  row && { ...row, needsNewPassphrase: row.needsNewPassphrase === 1 };

export function insertStaffAccount(db: Database, account: Pick<StaffAccount, 'id' | 'displayName' | 'role' | 'createdAt'>): void {
  prepared(db, 
    `INSERT INTO staff_account (id, display_name, name_key, role, created_at)
     VALUES (@id, @displayName, @nameKey, @role, @createdAt)`,
  ).run({ ...account, nameKey: staffNameKey(account.displayName) });
}

export function staffAccountById(db: Database, id: string): StaffAccount | undefined {
  return fromRow(prepared(db, `SELECT ${columns} FROM staff_account WHERE id = ?`).get(id) as Row | undefined);
}

/** The active account with this name, however it was typed. */
export function activeStaffAccountByName(db: Database, name: string): StaffAccount | undefined {
  return fromRow(
    prepared(db, `SELECT ${columns} FROM staff_account WHERE name_key = ? AND removed_at IS NULL`).get(staffNameKey(name)) as
      | Row
      | undefined,
  );
}

export function activeStaffAccounts(db: Database): StaffAccount[] {
  const rows = prepared(db, `SELECT ${columns} FROM staff_account WHERE removed_at IS NULL ORDER BY display_name COLLATE NOCASE`)
    .all() as Row[];
  return rows.map((row) => fromRow(row) as StaffAccount);
}

export function countActiveWithRole(db: Database, role: Role): number {
  const row = prepared(db, 'SELECT count(*) AS n FROM staff_account WHERE role = ? AND removed_at IS NULL').get(role) as { n: number };
  return row.n;
}

export function setStaffRole(db: Database, id: string, role: Role): void {
  prepared(db, 'UPDATE staff_account SET role = ? WHERE id = ?').run(role, id);
}

export function markStaffRemoved(db: Database, id: string, at: string): void {
  prepared(db, 'UPDATE staff_account SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(at, id);
}

export function setNeedsNewPassphrase(db: Database, ids: readonly string[], needs: boolean): void {
  const update = prepared(db, 'UPDATE staff_account SET needs_new_passphrase = ? WHERE id = ?');
  for (const id of ids) update.run(needs ? 1 : 0, id);
}
