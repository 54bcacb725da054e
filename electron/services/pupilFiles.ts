import { randomUUID } from 'node:crypto';
import { type MonitoringEntry, monitoringHistory } from '../db/repositories/monitoring';
import { type Pupil, type PupilDetails, insertPupil, pupilById, pupilRevisions, updatePupil } from '../db/repositories/pupils';
import { type SenNeed, type SenStatus, senNeedHistory, senStatusHistory } from '../db/repositories/senHistory';
import { AppFailure } from '../failure';
import type { SessionService } from './session';

export interface PupilFile {
  pupil: Pupil;
  revisions: ReturnType<typeof pupilRevisions>;
  senStatuses: SenStatus[];
  senNeeds: SenNeed[];
  monitoring: MonitoringEntry[];
}

/**
 * A pupil's file: details with every earlier version, and the whole SEN
 * chronology. Reading a file is recorded in the audit log (who, which pupil,
 * when), in the same transaction as the read.
 */
export class PupilFilesService {
  constructor(private readonly session: SessionService) {}

  add(details: PupilDetails): string {
    const { db, user } = this.session.open();
    const id = randomUUID();
    db.transaction(() => {
      insertPupil(db, id, details, { at: this.session.now().toISOString(), by: user.id, source: 'manual' });
      this.session.audit({ action: 'pupil.added', subject: id });
    })();
    return id;
  }

  /** Saves changed details as a new revision; the earlier ones stay. */
  update(id: string, details: PupilDetails): number {
    const { db, user } = this.session.open();
    return db.transaction(() => {
      this.require(id);
      const revision = updatePupil(db, id, details, { at: this.session.now().toISOString(), by: user.id, source: 'manual' });
      this.session.audit({ action: 'pupil.updated', subject: id, detail: { revision } });
      return revision;
    })();
  }

  read(id: string): PupilFile {
    const { db } = this.session.open();
    return db.transaction(() => {
      const pupil = this.require(id);
      this.session.audit({ action: 'pupil.read', subject: id });
      return {
        pupil,
        revisions: pupilRevisions(db, id),
        senStatuses: senStatusHistory(db, id),
        senNeeds: senNeedHistory(db, id),
        monitoring: monitoringHistory(db, id),
      };
    })();
  }

  private require(id: string): Pupil {
    const pupil = pupilById(this.session.db(), id);
    if (!pupil) throw new AppFailure('NOT_FOUND', 'There is no such pupil in this vault.');
    return pupil;
  }
}
