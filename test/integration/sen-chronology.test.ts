import { describe, expect, it } from 'vitest';
import type { PupilDetails } from '../../electron/db/repositories/pupils';
import { PupilFilesService } from '../../electron/services/pupilFiles';
import { SenStatusService, type StatusDecision } from '../../electron/services/senStatus';
import { TestClock, createVault, tempDirs } from '../support/tempVault';

const fresh = tempDirs();

const ava: PupilDetails = {
  upn: 'R201100018042',
  formerUpn: null,
  uln: null,
  legalSurname: 'Okonjo',
  legalForename: 'Ava',
  preferredSurname: null,
  preferredForename: 'Ava-Rose',
  dateOfBirth: '2016-03-14',
  sex: 'F',
  ncYear: '5',
  className: '5B',
  admissionDate: '2020-09-03',
  leavingDate: null,
  destinationSchool: null,
  eal: false,
  pupilPremium: true,
  fsm: true,
  lookedAfter: false,
  previouslyLookedAfter: false,
  medicalNotes: null,
};

const decision = (provision: StatusDecision['provision'], startDate: string): StatusDecision => ({
  provision,
  startDate,
  decisionDate: startDate,
  decidedBy: 'SENCO with class teacher',
  consulted: ['class-teacher', 'parents'],
  parentsInformedOn: startDate,
  note: null,
});

async function school() {
  const clock = new TestClock();
  const session = await createVault(fresh(), { clock });
  return { session, clock, files: new PupilFilesService(session), sen: new SenStatusService(session) };
}

describe('the SEN chronology', () => {
  it('keeps every status: a change closes the open one on the day the next starts, and exactly one is open', async () => {
    const { session, clock, files, sen } = await school();
    const id = files.add(ava);
    sen.changeStatus(id, decision('K', '2024-10-01'));
    clock.advance(86_400_000);
    sen.changeStatus(id, { ...decision('E', '2025-06-12'), decisionDate: '2025-05-20', parentsInformedOn: '2025-05-21' });

    const file = files.read(id);
    expect(file.senStatuses.map((s) => [s.provision, s.startDate, s.endDate])).toEqual([
      ['K', '2024-10-01', '2025-06-12'],
      ['E', '2025-06-12', null],
    ]);
    expect(file.senStatuses[1]).toMatchObject({
      decisionDate: '2025-05-20',
      parentsInformedOn: '2025-05-21',
      consulted: ['class-teacher', 'parents'],
      recorded: { at: '2026-11-30T09:00:00.000Z', by: session.current().user.id, source: 'manual' },
    });
  });

  it('refuses to rewrite history: no back-dating before the open status, no edits or deletes in SQL', async () => {
    const { session, files, sen } = await school();
    const id = files.add(ava);
    sen.changeStatus(id, decision('K', '2024-10-01'));
    expect(() => sen.changeStatus(id, decision('E', '2024-09-01'))).toThrow(/began on 2024-10-01/);
    expect(() => sen.changeStatus(id, decision('K', '2025-01-01'))).toThrow(/already has SEN support/);
    const db = session.db();
    expect(() => db.prepare("UPDATE sen_status SET provision = 'E' WHERE pupil_id = ?").run(id)).toThrow(/history is kept/);
    expect(() => db.prepare('DELETE FROM sen_status WHERE pupil_id = ?').run(id)).toThrow(/never deleted/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO sen_status (id, pupil_id, provision, start_date, source, recorded_at) VALUES ('x', ?, 'E', '2025-01-01', 'manual', 'now')`,
        )
        .run(id),
    ).toThrow(/UNIQUE/);
    expect(files.read(id).senStatuses).toHaveLength(1);
  });

  it('keeps needs with their ranks and dates; moving to no SEN ends them', async () => {
    const { files, sen } = await school();
    const id = files.add(ava);
    expect(() => sen.setNeeds(id, [{ type: 'SEMH', rank: 1 }], '2024-10-01')).toThrow(/SEN support or with an EHC plan/);
    sen.changeStatus(id, decision('K', '2024-10-01'));
    sen.setNeeds(id, [{ type: 'SEMH', rank: 1 }, { type: 'SLCN', rank: 2 }], '2024-10-01');
    sen.setNeeds(id, [{ type: 'SEMH', rank: 1 }, { type: 'ASD', rank: 2 }, { type: 'SLCN', rank: 3 }], '2025-03-01');
    expect(() => sen.setNeeds(id, [{ type: 'MLD', rank: 1 }, { type: 'SPLD', rank: 1 }], '2025-04-01')).toThrow(/different rank/);
    sen.changeStatus(id, decision('N', '2026-07-20'));

    const needs = files.read(id).senNeeds.map((n) => [n.needType, n.rank, n.startDate, n.endDate]);
    expect(needs).toEqual([
      ['SEMH', 1, '2024-10-01', '2026-07-20'],
      ['SLCN', 2, '2024-10-01', '2025-03-01'],
      ['ASD', 2, '2025-03-01', '2026-07-20'],
      ['SLCN', 3, '2025-03-01', '2026-07-20'],
    ]);
  });

  it('keeps every revision of a pupil\'s details, and records each read of the file in the audit log', async () => {
    const { session, files } = await school();
    const id = files.add(ava);
    files.update(id, { ...ava, legalSurname: 'Okonjo-Hale', formerUpn: 'T20110001804V' });
    const file = files.read(id);
    files.read(id);
    expect(file.pupil).toMatchObject({ legalSurname: 'Okonjo-Hale', revision: 2 });
    expect(file.revisions.map((r) => [r.revision, r.details.legalSurname])).toEqual([
      [1, 'Okonjo'],
      [2, 'Okonjo-Hale'],
    ]);
    const me = session.current().user.id;
    const audit = session.db().prepare("SELECT actor_id AS actor, action, subject FROM audit_log WHERE action LIKE 'pupil.%' ORDER BY seq").all();
    expect(audit).toEqual([
      { actor: me, action: 'pupil.added', subject: id },
      { actor: me, action: 'pupil.updated', subject: id },
      { actor: me, action: 'pupil.read', subject: id },
      { actor: me, action: 'pupil.read', subject: id },
    ]);
    // The audit log names the pupil by id only: no personal data in it.
    const detail = JSON.stringify(session.db().prepare('SELECT * FROM audit_log').all());
    expect(detail).not.toContain('Okonjo');
  });
});
