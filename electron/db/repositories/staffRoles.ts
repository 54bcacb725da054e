import { type Database, prepared } from '../database';

/** A staff role with its pay, as stored: who may see the rate is the service's to decide. */
export interface StaffRoleRow {
  id: string;
  name: string;
  hourlyRatePence: number | null;
  archived: boolean;
}

type Row = Omit<StaffRoleRow, 'archived'> & { archived: number };
const fromRow = (row: Row): StaffRoleRow => ({ ...row, archived: row.archived === 1 });
const columns = 'id, name, hourly_rate_pence AS hourlyRatePence, archived';

/** In the school's order (the seeded roles first, then those added). */
export function listStaffRoles(db: Database, includeArchived: boolean): StaffRoleRow[] {
  const rows = prepared(db, `SELECT ${columns} FROM staff_role WHERE archived = 0 OR ? ORDER BY position, id`).all(
    includeArchived ? 1 : 0,
  ) as Row[];
  return rows.map(fromRow);
}

export function staffRoleById(db: Database, id: string): StaffRoleRow | undefined {
  const row = prepared(db, `SELECT ${columns} FROM staff_role WHERE id = ?`).get(id) as Row | undefined;
  return row && fromRow(row);
}

/** The role of that name, whatever its case; undefined when none has it. */
export function staffRoleByName(db: Database, name: string): StaffRoleRow | undefined {
  const row = prepared(db, `SELECT ${columns} FROM staff_role WHERE lower(name) = lower(?)`).get(name) as Row | undefined;
  return row && fromRow(row);
}

export function insertStaffRole(db: Database, role: StaffRoleRow & { createdAt: string }): void {
  prepared(db,
    `INSERT INTO staff_role (id, name, hourly_rate_pence, position, archived, created_at)
     VALUES (@id, @name, @hourlyRatePence, (SELECT coalesce(max(position), 0) + 1 FROM staff_role), @archived, @createdAt)`,
  ).run({ ...role, archived: role.archived ? 1 : 0 });
}

export function updateStaffRole(db: Database, role: StaffRoleRow): void {
  prepared(db, 'UPDATE staff_role SET name = @name, hourly_rate_pence = @hourlyRatePence, archived = @archived WHERE id = @id').run({
    ...role,
    archived: role.archived ? 1 : 0,
  });
}
