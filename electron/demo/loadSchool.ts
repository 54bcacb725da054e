import type { Database } from '../db/database';
import { insertContactVersion } from '../db/repositories/contacts';
import { insertInvolvementVersion } from '../db/repositories/involvements';
import { insertMonitoring } from '../db/repositories/monitoring';
import { insertProfile } from '../db/repositories/profiles';
import { type Recorded, insertPupil } from '../db/repositories/pupils';
import { insertSenNeed, insertSenStatus } from '../db/repositories/senHistory';
import type { SyntheticSchool } from './syntheticSchool';

export const PROGRESS_EVERY = 100;

export interface LoadedCounts {
  pupils: number;
  statuses: number;
  needs: number;
  monitoring: number;
  contacts: number;
  /** Involvements, not their versions: an ended one is two versions, the second with its end date. */
  involvements: number;
  profiles: number;
}

/**
 * Writes a synthetic school into a vault through the repositories, every row recorded
 * at `recorded.at` by `recorded.by` (a staff account id, or null) and the pupil and
 * SEN rows marked as source 'demo' (the people and profile tables have no source).
 * One synchronous transaction: all of it or none of it, so loading into a vault
 * that already holds one of these pupils changes nothing.
 *
 * Rows go in as they stand, closed periods included: this is history being copied
 * in, not decisions being made, so the services' checks (one change at a time, no
 * back-dating) do not apply; syntheticSchool.ts keeps to the same rules itself.
 * The caller writes the audit entry for the load.
 */
export function loadSyntheticSchool(
  db: Database,
  school: SyntheticSchool,
  recorded: { at: string; by: string | null },
  /** Told every PROGRESS_EVERY pupils and at the end; the demo worker posts it to main. */
  onProgress?: (done: number, total: number) => void,
): LoadedCounts {
  const as: Recorded = { ...recorded, source: 'demo' };
  const counts: LoadedCounts = { pupils: 0, statuses: 0, needs: 0, monitoring: 0, contacts: 0, involvements: 0, profiles: 0 };
  const { at, by } = recorded;
  db.transaction(() => {
    for (const pupil of school.pupils) {
      const pupilId = pupil.id;
      insertPupil(db, pupilId, pupil.details, as);
      for (const status of pupil.senStatuses) insertSenStatus(db, { ...status, pupilId, recorded: as });
      for (const need of pupil.senNeeds) insertSenNeed(db, { ...need, pupilId, recorded: as });
      for (const entry of pupil.monitoring) insertMonitoring(db, { ...entry, pupilId, recorded });
      for (const { id, contact } of pupil.contacts) insertContactVersion(db, { contactId: id, pupilId, version: 1, archived: false, contact, at, by });
      for (const { id, versions } of pupil.involvements) {
        versions.forEach((involvement, k) => insertInvolvementVersion(db, { involvementId: id, pupilId, version: k + 1, involvement, at, by }));
      }
      // Oldest first: versions recorded in the same instant are read back newest first by insertion order.
      for (const { id, profile } of pupil.profiles) insertProfile(db, { id, pupilId, profile, at, by });
      counts.pupils++;
      counts.statuses += pupil.senStatuses.length;
      counts.needs += pupil.senNeeds.length;
      counts.monitoring += pupil.monitoring.length;
      counts.contacts += pupil.contacts.length;
      counts.involvements += pupil.involvements.length;
      counts.profiles += pupil.profiles.length;
      if (counts.pupils % PROGRESS_EVERY === 0) onProgress?.(counts.pupils, school.pupils.length);
    }
    onProgress?.(counts.pupils, school.pupils.length);
  })();
  return counts;
}
