import type { Role } from '../../../shared/domain/roles';
import type { Database } from '../database';

export interface StaffAccount {
  id: string;
  displayName: string;
  role: Role;
  slotId: string;
  createdAt: string;
}

const columns = 'id, display_name AS displayName, role, slot_id AS slotId, created_at AS createdAt';

export function insertStaffAccount(db: Database, account: StaffAccount): void {
  db.prepare(
    `INSERT INTO staff_account (id, display_name, role, slot_id, created_at)
     VALUES (@id, @displayName, @role, @slotId, @createdAt)`,
  ).run(account);
}

export function staffAccountBySlot(db: Database, slotId: string): StaffAccount | undefined {
  return db.prepare(`SELECT ${columns} FROM staff_account WHERE slot_id = ?`).get(slotId) as StaffAccount | undefined;
}
