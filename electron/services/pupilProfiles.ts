import { randomUUID } from 'node:crypto';
import { type ProfileFields, insertProfile } from '../db/repositories/profiles';
import { pupilById } from '../db/repositories/pupils';
import { AppFailure } from '../failure';
import type { SessionService } from './session';

/**
 * The pupil's one-page profile. Each save is a new version beside the
 * earlier ones, which stay readable: how a pupil describes themselves
 * changes, and that change is part of their story.
 */
export class PupilProfilesService {
  constructor(private readonly session: SessionService) {}

  save(pupilId: string, profile: ProfileFields): string {
    const { db, user } = this.session.open();
    const id = randomUUID();
    db.transaction(() => {
      if (!pupilById(db, pupilId)) throw new AppFailure('NOT_FOUND', 'There is no such pupil in this vault.');
      insertProfile(db, { id, pupilId, profile, at: this.session.now().toISOString(), by: user.id });
      this.session.audit({ action: 'profile.saved', subject: pupilId, detail: { profileId: id } });
    })();
    return id;
  }
}
