import { type Database, prepared } from '../database';

export interface School {
  name: string;
  createdAt: string;
}

export function insertSchool(db: Database, school: School): void {
  prepared(db, 'INSERT INTO school (id, name, created_at) VALUES (1, ?, ?)').run(school.name, school.createdAt);
}

export function getSchool(db: Database): School {
  const row = prepared(db, 'SELECT name, created_at AS createdAt FROM school WHERE id = 1').get() as School | undefined;
  if (!row) throw new Error('The vault has no school record.');
  return row;
}

export function recoveryConfirmed(db: Database): boolean {
  const row = prepared(db, 'SELECT recovery_confirmed_at AS at FROM school WHERE id = 1').get() as { at: string | null };
  return row.at !== null;
}

/** Null when a new recovery key replaces the confirmed one. */
export function setRecoveryConfirmed(db: Database, at: string | null): void {
  prepared(db, 'UPDATE school SET recovery_confirmed_at = ? WHERE id = 1').run(at);
}
