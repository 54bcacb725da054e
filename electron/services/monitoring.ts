import { randomUUID } from 'node:crypto';
import { closeMonitoring, insertMonitoring, openMonitoring } from '../db/repositories/monitoring';
import { pupilById } from '../db/repositories/pupils';
import { openSenStatus } from '../db/repositories/senHistory';
import { AppFailure } from '../failure';
import type { SessionService } from './session';
import type { SenStatusService, StatusDecision } from './senStatus';

export interface Concern {
  reason: string;
  addedOn: string;
  raisedBy: string;
  reviewOn: string | null;
}

/**
 * The monitoring list: pupils causing concern who are not on the register.
 * An entry ends either by closing it or by moving the pupil to SEN support,
 * which records the decision in the same transaction.
 */
export class MonitoringService {
  constructor(
    private readonly session: SessionService,
    private readonly senStatus: SenStatusService,
  ) {}

  add(pupilId: string, concern: Concern): string {
    const { db, user } = this.session.open();
    const id = randomUUID();
    db.transaction(() => {
      if (!pupilById(db, pupilId)) throw new AppFailure('NOT_FOUND', 'There is no such pupil in this vault.');
      const status = openSenStatus(db, pupilId)?.provision;
      if (status === 'K' || status === 'E') {
        throw new AppFailure('NOT_ALLOWED', 'This pupil is already on the SEND register, so is not added to the monitoring list.');
      }
      if (openMonitoring(db, pupilId)) throw new AppFailure('NOT_ALLOWED', 'This pupil is already on the monitoring list.');
      insertMonitoring(db, {
        id,
        pupilId,
        ...concern,
        closedOn: null,
        outcome: null,
        outcomeNote: null,
        recorded: { at: this.session.now().toISOString(), by: user.id },
      });
      this.session.audit({ action: 'monitoring.added', subject: pupilId });
    })();
    return id;
  }

  close(pupilId: string, closedOn: string, note: string | null): void {
    const { db } = this.session.open();
    db.transaction(() => {
      const entry = this.requireOpen(pupilId);
      closeMonitoring(db, entry.id, closedOn, 'closed', note);
      this.session.audit({ action: 'monitoring.closed', subject: pupilId });
    })();
  }

  /** Ends the monitoring and puts the pupil on SEN support, with the decision record, all or nothing. */
  moveToSenSupport(pupilId: string, decision: Omit<StatusDecision, 'provision'>): void {
    const { db } = this.session.open();
    db.transaction(() => {
      const entry = this.requireOpen(pupilId);
      closeMonitoring(db, entry.id, decision.startDate, 'moved-to-sen-support', decision.note);
      this.senStatus.changeStatus(pupilId, { ...decision, provision: 'K' });
      this.session.audit({ action: 'monitoring.moved-to-sen-support', subject: pupilId });
    })();
  }

  private requireOpen(pupilId: string) {
    const entry = openMonitoring(this.session.db(), pupilId);
    if (!entry) throw new AppFailure('NOT_FOUND', 'This pupil is not on the monitoring list.');
    return entry;
  }
}
