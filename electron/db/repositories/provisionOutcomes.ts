import type { ReviewOutcome } from '../../../shared/domain/provision';
import { type Database, prepared } from '../database';

export interface ReviewOutcomeRow extends ReviewOutcome {
  position: number;
  archived: boolean;
}

type Row = Omit<ReviewOutcomeRow, 'archived'> & { archived: number };
const columns = 'id, label, score, position, archived';
const fromRow = (row: Row): ReviewOutcomeRow => ({ ...row, archived: row.archived === 1 });

/** Best first, as the school ordered them. */
export function listReviewOutcomes(db: Database, includeArchived: boolean): ReviewOutcomeRow[] {
  return (prepared(db, `SELECT ${columns} FROM review_outcome WHERE archived = 0 OR ? ORDER BY position, id`).all(includeArchived ? 1 : 0) as Row[]).map(fromRow);
}

export function reviewOutcomeById(db: Database, id: string): ReviewOutcomeRow | undefined {
  const row = prepared(db, `SELECT ${columns} FROM review_outcome WHERE id = ?`).get(id) as Row | undefined;
  return row && fromRow(row);
}

export function insertReviewOutcome(db: Database, outcome: Omit<ReviewOutcomeRow, 'position'> & { createdAt: string }): void {
  prepared(db,
    `INSERT INTO review_outcome (id, label, score, position, archived, created_at)
     VALUES (@id, @label, @score, (SELECT coalesce(max(position), 0) + 1 FROM review_outcome), @archived, @createdAt)`,
  ).run({ ...outcome, archived: outcome.archived ? 1 : 0 });
}

export function updateReviewOutcome(db: Database, outcome: Omit<ReviewOutcomeRow, 'position'>): void {
  prepared(db, 'UPDATE review_outcome SET label = @label, score = @score, archived = @archived WHERE id = @id').run({
    ...outcome,
    archived: outcome.archived ? 1 : 0,
  });
}
