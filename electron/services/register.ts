import type { RegisterFilterInput } from '../../shared/contract/pupils';
import { matchesRegisterFilter, registerCounts } from '../../shared/rules/registerFilter';
import { londonDate } from '../../shared/rules/schoolDate';
import type { Database } from '../db/database';
import { type RegisterRow, registerRows } from '../db/repositories/register';
import { databaseVersion } from '../db/repositories/databaseVersion';
import type { SessionService } from './session';

/**
 * The register screen's rows and counts. One statement reads everyone on
 * roll (2,000 at the reference size); the filter is the pure rule the
 * screen can preview, applied here so the counts match what is shown.
 *
 * Search as you type asks again at every key, so the whole roll is kept
 * between calls until anything in the database changes (here or in an import
 * worker) or the day does; the vault locking drops it with everything else.
 */
export class RegisterService {
  private kept: { db: Database; key: string; rows: RegisterRow[] } | null = null;

  constructor(private readonly session: SessionService) {
    session.whenLocked(() => {
      this.kept = null;
    });
  }

  list({ includeLeavers = false, ...filter }: RegisterFilterInput) {
    const rows = this.roll(includeLeavers).filter((row) => matchesRegisterFilter(row, filter));
    return { rows, counts: registerCounts(rows) };
  }

  private roll(includeLeavers: boolean): RegisterRow[] {
    const db = this.session.db();
    const today = londonDate(this.session.now());
    const key = `${today}|${includeLeavers}|${databaseVersion(db)}`;
    // A new connection (after the data key is rotated) counts its changes from nought again.
    if (this.kept?.db !== db || this.kept.key !== key) this.kept = { db, key, rows: registerRows(db, today, includeLeavers) };
    return this.kept.rows;
  }
}
