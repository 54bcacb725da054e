import { randomUUID } from 'node:crypto';
import { type ConsentEntry, pupilConsents } from '../db/repositories/consents';
import { type ContactRecord, pupilContacts } from '../db/repositories/contacts';
import { type InvolvementRecord, pupilInvolvements } from '../db/repositories/involvements';
import { type MonitoringEntry, monitoringHistory } from '../db/repositories/monitoring';
import { type ProfileVersion, pupilProfiles } from '../db/repositories/profiles';
import { type Pupil, type PupilDetails, insertPupil, pupilById, pupilRevisions, updatePupil } from '../db/repositories/pupils';
import { type SenNeed, type SenStatus, senNeedHistory, senStatusHistory } from '../db/repositories/senHistory';
import { staffNames } from '../db/repositories/staffNames';
import { AppFailure } from '../failure';
import type { SessionService } from './session';

export interface PupilFile {
  pupil: Pupil;
  revisions: ReturnType<typeof pupilRevisions>;
  senStatuses: SenStatus[];
  senNeeds: SenNeed[];
  monitoring: MonitoringEntry[];
  contacts: ContactRecord[];
  involvements: InvolvementRecord[];
  profiles: ProfileVersion[];
  consents: ConsentEntry[];
  staffNames: Record<string, string>;
}

/**
 * A pupil's file: details with every earlier version, the whole SEN
 * chronology, the people around the pupil and the one-page profile, each
 * with its earlier versions, and the consent register. Reading a file is recorded in the audit log (who, which pupil,
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
  /** `fromRevision`, where given, is the version the form showed: a newer save since then is never overwritten. */
  update(id: string, details: PupilDetails, fromRevision?: number): number {
    const { db, user } = this.session.open();
    return db.transaction(() => {
      const current = this.require(id);
      if (fromRevision !== undefined && current.revision !== fromRevision) {
        throw new AppFailure(
          'NOT_ALLOWED',
          'Someone saved newer details for this pupil after you opened the form. Nothing was saved: open the pupil file again to see them, then make your change.',
        );
      }
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
      const revisions = pupilRevisions(db, id);
      const contacts = pupilContacts(db, id);
      const involvements = pupilInvolvements(db, id);
      const profiles = pupilProfiles(db, id);
      const consents = pupilConsents(db, id);
      const writers = [
        ...revisions.map((r) => r.recorded.by),
        ...contacts.flatMap((c) => c.versions.map((v) => v.recorded.by)),
        ...involvements.flatMap((i) => i.versions.map((v) => v.recorded.by)),
        ...profiles.map((p) => p.recorded.by),
        ...consents.flatMap((c) => [c.recorded.by, c.withdrawal?.recorded.by ?? null]),
      ];
      return {
        pupil,
        revisions,
        senStatuses: senStatusHistory(db, id),
        senNeeds: senNeedHistory(db, id),
        monitoring: monitoringHistory(db, id),
        contacts,
        involvements,
        profiles,
        consents,
        staffNames: staffNames(db, writers),
      };
    })();
  }

  private require(id: string): Pupil {
    const pupil = pupilById(this.session.db(), id);
    if (!pupil) throw new AppFailure('NOT_FOUND', 'There is no such pupil in this vault.');
    return pupil;
  }
}
