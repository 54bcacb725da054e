import { randomUUID } from 'node:crypto';
import { periodProblem, roleDescriptionProblem } from '../../shared/rules/involvement';
import { type ContactFields, insertContactVersion, latestContact } from '../db/repositories/contacts';
import { type InvolvementFields, insertInvolvementVersion, latestInvolvement } from '../db/repositories/involvements';
import { pupilById } from '../db/repositories/pupils';
import { AppFailure } from '../failure';
import type { SessionService } from './session';

export interface Saved {
  id: string;
  version: number;
}

const stale = (what: string) =>
  new AppFailure('NOT_ALLOWED', `Someone saved a newer version of this ${what} after you opened it. Open the pupil file again to see it; nothing was saved.`);

/**
 * Parents, carers and professionals around a pupil. A change saves the next
 * version and leaves the earlier ones; a contact leaves by an archived
 * version, an involvement by its end date. `version` is the one the form
 * started from, so two people editing at once cannot silently overwrite
 * each other. The audit log names records by id only.
 */
export class PupilPeopleService {
  constructor(private readonly session: SessionService) {}

  saveContact(pupilId: string, contactId: string | null, version: number, contact: ContactFields): Saved {
    const { db, user } = this.session.open();
    return db.transaction(() => {
      this.requirePupil(pupilId);
      const id = contactId ?? randomUUID();
      const next = contactId === null ? 1 : this.openContact(pupilId, contactId, version).version + 1;
      insertContactVersion(db, { contactId: id, pupilId, version: next, archived: false, contact, at: this.at(), by: user.id });
      this.session.audit({ action: next === 1 ? 'contact.added' : 'contact.changed', subject: pupilId, detail: { contactId: id, version: next } });
      return { id, version: next };
    })();
  }

  /** The person is no longer a contact: an archived copy of the last version, so every version stays. */
  archiveContact(pupilId: string, contactId: string, version: number): Saved {
    const { db, user } = this.session.open();
    return db.transaction(() => {
      this.requirePupil(pupilId);
      const { version: _v, archived: _a, recorded: _r, ...contact } = this.openContact(pupilId, contactId, version);
      const next = version + 1;
      insertContactVersion(db, { contactId, pupilId, version: next, archived: true, contact, at: this.at(), by: user.id });
      this.session.audit({ action: 'contact.archived', subject: pupilId, detail: { contactId, version: next } });
      return { id: contactId, version: next };
    })();
  }

  saveInvolvement(pupilId: string, involvementId: string | null, version: number, involvement: InvolvementFields): Saved {
    const { db, user } = this.session.open();
    checkInvolvement(involvement);
    return db.transaction(() => {
      this.requirePupil(pupilId);
      const id = involvementId ?? randomUUID();
      const next = involvementId === null ? 1 : this.currentInvolvement(pupilId, involvementId, version).version + 1;
      insertInvolvementVersion(db, { involvementId: id, pupilId, version: next, involvement, at: this.at(), by: user.id });
      this.session.audit({ action: next === 1 ? 'involvement.added' : 'involvement.changed', subject: pupilId, detail: { involvementId: id, version: next } });
      return { id, version: next };
    })();
  }

  /** The professional is no longer involved from `endDate`: a new version with that end date. */
  endInvolvement(pupilId: string, involvementId: string, version: number, endDate: string): Saved {
    const { db, user } = this.session.open();
    return db.transaction(() => {
      this.requirePupil(pupilId);
      const { version: _v, recorded: _r, ...current } = this.currentInvolvement(pupilId, involvementId, version);
      if (current.endDate !== null) throw new AppFailure('NOT_ALLOWED', 'This involvement has already ended.');
      const involvement = { ...current, endDate };
      checkInvolvement(involvement);
      const next = version + 1;
      insertInvolvementVersion(db, { involvementId, pupilId, version: next, involvement, at: this.at(), by: user.id });
      this.session.audit({ action: 'involvement.ended', subject: pupilId, detail: { involvementId, version: next } });
      return { id: involvementId, version: next };
    })();
  }

  private openContact(pupilId: string, contactId: string, version: number) {
    const latest = latestContact(this.session.db(), pupilId, contactId);
    if (!latest) throw new AppFailure('NOT_FOUND', 'This pupil has no such parent or carer.');
    if (latest.version !== version) throw stale('contact');
    if (latest.archived) throw new AppFailure('NOT_ALLOWED', 'This parent or carer was removed from the contacts. Add them again if they are a contact once more.');
    return latest;
  }

  private currentInvolvement(pupilId: string, involvementId: string, version: number) {
    const latest = latestInvolvement(this.session.db(), pupilId, involvementId);
    if (!latest) throw new AppFailure('NOT_FOUND', 'This pupil has no such professional involvement.');
    if (latest.version !== version) throw stale('involvement');
    return latest;
  }

  private requirePupil(id: string): void {
    if (!pupilById(this.session.db(), id)) throw new AppFailure('NOT_FOUND', 'There is no such pupil in this vault.');
  }

  private at(): string {
    return this.session.now().toISOString();
  }
}

/** The contract checks these too; main enforces them whoever calls. */
function checkInvolvement(involvement: InvolvementFields): void {
  const problem = roleDescriptionProblem(involvement.role, involvement.roleDescription) ?? periodProblem(involvement.startDate, involvement.endDate);
  if (problem) throw new AppFailure('INVALID_INPUT', problem);
}
