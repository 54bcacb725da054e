import { randomUUID } from 'node:crypto';
import type { ReviewOutcome } from '../../shared/domain/provision';
import { insertReviewOutcome, listReviewOutcomes, reviewOutcomeById, type ReviewOutcomeRow, updateReviewOutcome } from '../db/repositories/provisionOutcomes';
import { AppFailure } from '../failure';
import { PROVISION_WRITERS, requireRole } from './provisionAccess';
import type { SessionService } from './session';

/**
 * The school's words for how a pupil's provision went, each scored −2…+2.
 * Anyone signed in reads them; the SENCO and the deputy keep them. An outcome
 * is archived, never deleted, because memberships point at it.
 */
export class ProvisionOutcomesService {
  constructor(private readonly session: SessionService) {}

  list(includeArchived = false): ReviewOutcomeRow[] {
    return listReviewOutcomes(this.session.db(), includeArchived);
  }

  add(label: string, score: ReviewOutcome['score']): ReviewOutcomeRow {
    requireRole(this.session, PROVISION_WRITERS);
    const { db } = this.session.open();
    const id = randomUUID();
    db.transaction(() => {
      this.refuseTakenLabel(label, null);
      insertReviewOutcome(db, { id, label, score, archived: false, createdAt: this.session.now().toISOString() });
      this.session.audit({ action: 'provision.outcome.added', subject: id, detail: { score } });
    })();
    return reviewOutcomeById(db, id)!;
  }

  change(outcomeId: string, label: string, score: ReviewOutcome['score']): ReviewOutcomeRow {
    return this.update(outcomeId, 'provision.outcome.changed', (current) => {
      this.refuseTakenLabel(label, outcomeId);
      return { ...current, label, score };
    });
  }

  setArchived(outcomeId: string, archived: boolean): ReviewOutcomeRow {
    return this.update(outcomeId, archived ? 'provision.outcome.archived' : 'provision.outcome.restored', (current) => {
      if (archived && listReviewOutcomes(this.session.db(), false).length === 1) {
        throw new AppFailure('NOT_ALLOWED', 'This is the last review outcome in use. Add another before taking this one out.');
      }
      return { ...current, archived };
    });
  }

  private update(outcomeId: string, action: string, next: (current: ReviewOutcomeRow) => ReviewOutcomeRow): ReviewOutcomeRow {
    requireRole(this.session, PROVISION_WRITERS);
    const { db } = this.session.open();
    db.transaction(() => {
      const current = reviewOutcomeById(db, outcomeId);
      if (!current) throw new AppFailure('NOT_FOUND', 'There is no such review outcome.');
      const changed = next(current);
      updateReviewOutcome(db, changed);
      this.session.audit({ action, subject: outcomeId, detail: { score: changed.score, archived: changed.archived } });
    })();
    return reviewOutcomeById(db, outcomeId)!;
  }

  private refuseTakenLabel(label: string, except: string | null): void {
    const taken = listReviewOutcomes(this.session.db(), true).find((o) => o.id !== except && o.label.toLowerCase() === label.trim().toLowerCase());
    if (taken) throw new AppFailure('NAME_TAKEN', `There is already a review outcome called "${taken.label}".`);
  }
}
