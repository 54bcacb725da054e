import { randomUUID } from 'node:crypto';
import { type ConsentInput, consentProblems, withdrawalProblems } from '../../shared/rules/consent';
import { londonDate } from '../../shared/rules/schoolDate';
import { consentById, insertConsent, withdrawConsent } from '../db/repositories/consents';
import { pupilById } from '../db/repositories/pupils';
import { AppFailure } from '../failure';
import type { SessionService } from './session';

/**
 * The consent register of a pupil (REFERENCE.md §5). A consent is recorded
 * once and never changed; withdrawing it records the date, the reason and
 * who recorded it, and the consent stays on the file. The contract checks
 * the shape; main checks the rules again with what only it knows: today's
 * London date and the pupil's date of birth. The audit log names ids only.
 */
export class PupilConsentsService {
  constructor(private readonly session: SessionService) {}

  record(pupilId: string, given: ConsentInput): string {
    const { db, user } = this.session.open();
    const id = randomUUID();
    // The pupil's own consent has no parent behind it: whatever a form sent for one is not kept.
    const consent = given.givenBy === 'young-person' ? { ...given, giverName: null, giverRelationship: null, parentalResponsibility: null } : given;
    db.transaction(() => {
      const pupil = pupilById(db, pupilId);
      if (!pupil) throw new AppFailure('NOT_FOUND', 'There is no such pupil in this vault.');
      const [problem] = consentProblems(consent, { today: this.today(), dateOfBirth: pupil.dateOfBirth });
      if (problem) throw new AppFailure('INVALID_INPUT', problem.message);
      insertConsent(db, { id, pupilId, consent, at: this.session.now().toISOString(), by: user.id });
      this.session.audit({ action: 'consent.recorded', subject: pupilId, detail: { consentId: id } });
    })();
    return id;
  }

  withdraw(pupilId: string, consentId: string, withdrawnOn: string, reason: string): void {
    const { db, user } = this.session.open();
    db.transaction(() => {
      const consent = consentById(db, pupilId, consentId);
      if (!consent) throw new AppFailure('NOT_FOUND', 'This pupil has no such consent.');
      if (consent.withdrawal) {
        throw new AppFailure('NOT_ALLOWED', 'This consent was already withdrawn. The date it was withdrawn is kept on the file.');
      }
      const [problem] = withdrawalProblems({ withdrawnOn, reason }, consent.givenOn, this.today());
      if (problem) throw new AppFailure('INVALID_INPUT', problem.message);
      const at = this.session.now().toISOString();
      if (!withdrawConsent(db, { id: consentId, pupilId, withdrawnOn, reason: reason.trim(), at, by: user.id })) {
        throw new AppFailure('NOT_ALLOWED', 'This consent was already withdrawn. The date it was withdrawn is kept on the file.');
      }
      this.session.audit({ action: 'consent.withdrawn', subject: pupilId, detail: { consentId } });
    })();
  }

  private today(): string {
    return londonDate(this.session.now());
  }
}
