import { describe, expect, it } from 'vitest';
import { monitoringHistory } from '../../electron/db/repositories/monitoring';
import { senStatusHistory } from '../../electron/db/repositories/senHistory';
import { MonitoringService } from '../../electron/services/monitoring';
import { PupilFilesService } from '../../electron/services/pupilFiles';
import { SenStatusService } from '../../electron/services/senStatus';
import { createVault, tempDirs } from '../support/tempVault';

const fresh = tempDirs();

const pupil = {
  upn: null, formerUpn: null, uln: null, legalSurname: 'Nowak', legalForename: 'Leo', preferredSurname: null,
  preferredForename: null, dateOfBirth: '2018-01-09', sex: 'M' as const, ncYear: '3', className: '3A', admissionDate: null,
  leavingDate: null, destinationSchool: null, eal: true, pupilPremium: false, fsm: false, lookedAfter: false,
  previouslyLookedAfter: false, medicalNotes: null,
};
const concern = { reason: 'Reading well below peers from the same baseline', addedOn: '2025-01-13', raisedBy: 'Class teacher', reviewOn: '2025-03-28' };

async function school() {
  const session = await createVault(fresh());
  const sen = new SenStatusService(session);
  return { session, files: new PupilFilesService(session), sen, monitoring: new MonitoringService(session, sen) };
}

describe('the monitoring list', () => {
  it('moves a pupil to SEN support with the decision recorded, in one step', async () => {
    const { session, files, monitoring } = await school();
    const id = files.add(pupil);
    monitoring.add(id, concern);
    expect(() => monitoring.add(id, concern)).toThrow(/already on the monitoring list/);
    monitoring.moveToSenSupport(id, {
      startDate: '2025-04-01',
      decisionDate: '2025-03-28',
      decidedBy: 'SENCO, class teacher and parents at review',
      consulted: ['class-teacher', 'parents', 'pupil'],
      parentsInformedOn: '2025-03-28',
      note: 'Less than expected progress after two cycles of targeted teaching',
    });
    const db = session.db();
    expect(monitoringHistory(db, id).map((m) => [m.closedOn, m.outcome])).toEqual([['2025-04-01', 'moved-to-sen-support']]);
    expect(senStatusHistory(db, id).map((s) => [s.provision, s.startDate, s.decisionDate])).toEqual([['K', '2025-04-01', '2025-03-28']]);
    expect(() => monitoring.add(id, concern)).toThrow(/already on the SEND register/);
  });

  it('leaves nothing half done when the decision is refused', async () => {
    const { session, files, monitoring } = await school();
    const id = files.add(pupil);
    monitoring.add(id, concern);
    const refused = { startDate: '2025-04-01', decisionDate: '2025-05-01', decidedBy: 'SENCO', consulted: [], parentsInformedOn: null, note: null };
    expect(() => monitoring.moveToSenSupport(id, refused)).toThrow(/cannot start before the decision/);
    expect(monitoringHistory(session.db(), id).map((m) => m.closedOn)).toEqual([null]);
    expect(senStatusHistory(session.db(), id)).toEqual([]);
    monitoring.close(id, '2025-06-01', 'Progress now in line with peers');
    expect(monitoringHistory(session.db(), id).map((m) => m.outcome)).toEqual(['closed']);
  });

  it('closes an open monitoring entry when the pupil is put on the register directly, and the file lists it', async () => {
    const { files, sen, monitoring } = await school();
    const id = files.add(pupil);
    monitoring.add(id, concern);
    sen.changeStatus(id, { provision: 'K', startDate: '2025-02-03', decisionDate: '2025-02-03', decidedBy: 'SENCO', consulted: [], parentsInformedOn: null, note: null });
    expect(files.read(id).monitoring.map((m) => [m.reason, m.closedOn, m.outcome])).toEqual([[concern.reason, '2025-02-03', 'moved-to-sen-support']]);
  });
});
