import { randomUUID } from 'node:crypto';
import { closeMonitoring, openMonitoring } from '../db/repositories/monitoring';
import { pupilById } from '../db/repositories/pupils';
import {
  type Consulted,
  closeSenStatus,
  endSenNeed,
  insertSenNeed,
  insertSenStatus,
  openSenNeeds,
  openSenStatus,
} from '../db/repositories/senHistory';
import { AppFailure } from '../failure';
import type { SessionService } from './session';

/** A decision to change a pupil's SEN provision (CoP 6.43: parents are told). */
export interface StatusDecision {
  provision: 'E' | 'K' | 'N';
  /** The day the new provision starts: a school date. */
  startDate: string;
  /** When the decision was made, apart from when it is typed in. */
  decisionDate: string;
  decidedBy: string;
  consulted: Consulted[];
  parentsInformedOn: string | null;
  note: string | null;
}

export interface NeedEntry {
  type: string;
  rank: number;
}

const labels = { E: 'an EHC plan', K: 'SEN support', N: 'no SEN provision' } as const;

/**
 * SEN status and needs with a true history: a change closes the open row on
 * the day the new one starts and adds the new row; nothing is overwritten
 * (the database refuses it too). Exactly one status is open at a time.
 */
export class SenStatusService {
  constructor(private readonly session: SessionService) {}

  changeStatus(pupilId: string, decision: StatusDecision): string {
    const { db, user } = this.session.open();
    const id = randomUUID();
    db.transaction(() => {
      this.requirePupil(pupilId);
      if (decision.decisionDate > decision.startDate) {
        throw new AppFailure('INVALID_INPUT', 'The provision cannot start before the decision to make it was taken.');
      }
      const open = openSenStatus(db, pupilId);
      if (open?.provision === decision.provision) {
        throw new AppFailure('NOT_ALLOWED', `This pupil already has ${labels[decision.provision]}.`);
      }
      if (open && decision.startDate < open.startDate) {
        throw new AppFailure(
          'NOT_ALLOWED',
          `The current status began on ${open.startDate}; a change must start on or after that day. Earlier history is kept as it is.`,
        );
      }
      const at = this.session.now().toISOString();
      if (open) closeSenStatus(db, open.id, decision.startDate);
      // A pupil put on the register is no longer only being watched.
      const watched = decision.provision !== 'N' ? openMonitoring(db, pupilId) : undefined;
      if (watched) closeMonitoring(db, watched.id, decision.startDate, 'moved-to-sen-support', decision.note);
      // A pupil with no SEN provision has no recorded needs (census rule 2125).
      if (decision.provision === 'N') for (const need of openSenNeeds(db, pupilId)) endSenNeed(db, need.id, decision.startDate);
      insertSenStatus(db, {
        id,
        pupilId,
        endDate: null,
        ...decision,
        recorded: { at, by: user.id, source: 'manual' },
      });
      this.session.audit({ action: 'pupil.sen-status-changed', subject: pupilId, detail: { from: open?.provision ?? null, to: decision.provision } });
    })();
    return id;
  }

  /**
   * Sets the pupil's needs from `fromDate`: needs that change or go are ended
   * that day, new ones start; unchanged ones run on.
   */
  setNeeds(pupilId: string, needs: NeedEntry[], fromDate: string): void {
    const { db, user } = this.session.open();
    const ranks = needs.map((n) => n.rank);
    if (new Set(ranks).size !== ranks.length) throw new AppFailure('INVALID_INPUT', 'Each need has a different rank.');
    if (new Set(needs.map((n) => n.type)).size !== needs.length) throw new AppFailure('INVALID_INPUT', 'A need is listed twice.');
    db.transaction(() => {
      this.requirePupil(pupilId);
      const status = openSenStatus(db, pupilId);
      if (needs.length > 0 && status?.provision !== 'K' && status?.provision !== 'E') {
        throw new AppFailure('NOT_ALLOWED', 'Needs are recorded for pupils on SEN support or with an EHC plan.');
      }
      const at = this.session.now().toISOString();
      const open = openSenNeeds(db, pupilId);
      const same = (a: NeedEntry, b: { needType: string; rank: number }) => a.type === b.needType && a.rank === b.rank;
      for (const need of open) if (!needs.some((n) => same(n, need))) endSenNeed(db, need.id, fromDate);
      for (const need of needs) {
        if (open.some((o) => same(need, o))) continue;
        insertSenNeed(db, {
          id: randomUUID(),
          pupilId,
          needType: need.type,
          rank: need.rank,
          startDate: fromDate,
          endDate: null,
          recorded: { at, by: user.id, source: 'manual' },
        });
      }
      this.session.audit({ action: 'pupil.needs-changed', subject: pupilId, detail: { needs: needs.map((n) => `${n.rank}:${n.type}`).join(',') } });
    })();
  }

  private requirePupil(id: string): void {
    if (!pupilById(this.session.db(), id)) throw new AppFailure('NOT_FOUND', 'There is no such pupil in this vault.');
  }
}
