import { describe, expect, it } from 'vitest';
import { consentRecordsFor } from '../../electron/db/repositories/consents';
import type { PupilDetails } from '../../electron/db/repositories/pupils';
import { PupilConsentsService } from '../../electron/services/pupilConsents';
import { PupilFilesService } from '../../electron/services/pupilFiles';
import type { ConsentInput } from '../../shared/rules/consent';
import { TestClock, createVault, tempDirs } from '../support/tempVault';

const fresh = tempDirs();

const pupil = (legalForename: string, dateOfBirth: string): PupilDetails => ({
  upn: null, formerUpn: null, uln: null, legalSurname: 'Okonjo', legalForename, preferredSurname: null, preferredForename: null,
  dateOfBirth, sex: 'F', ncYear: '6', className: '6B', admissionDate: null, leavingDate: null, destinationSchool: null, eal: false,
  pupilPremium: false, fsm: false, lookedAfter: false, previouslyLookedAfter: false, medicalNotes: null,
});

const fromMother: ConsentInput = {
  givenBy: 'parent', giverName: 'Grace Okonjo', giverRelationship: 'Mother', parentalResponsibility: true, givenOn: '2026-11-02',
  how: 'written', evidence: 'Signed form in the SEN cabinet', recipientKinds: ['la-sen-team', 'next-school-head'], recipientName: null,
  recipientOrganisation: null, documentKinds: ['sen-record'], expiresOn: '2027-07-31', note: 'For the move to Oakfield High',
};

// The clock says 29 November 2026, 9am UTC: the London date is 29 November.
async function school() {
  const clock = new TestClock();
  const session = await createVault(fresh(), { clock });
  const files = new PupilFilesService(session);
  return { session, clock, files, consents: new PupilConsentsService(session), id: files.add(pupil('Ava', '2015-03-14')) };
}

const count = (session: Awaited<ReturnType<typeof school>>['session']) =>
  (session.db().prepare('SELECT count(*) AS n FROM consent').get() as { n: number }).n;

describe('the consent register of a pupil', () => {
  it('records a consent and returns it with the file, with who recorded it and when', async () => {
    const { session, files, consents, id } = await school();
    const consentId = consents.record(id, fromMother);
    const file = files.read(id);
    expect(file.consents).toEqual([
      {
        id: consentId, ...fromMother, recipientKinds: ['la-sen-team', 'next-school-head'], documentKinds: ['sen-record'],
        recorded: { at: '2026-11-29T09:00:00.000Z', by: session.current().user.id }, withdrawal: null,
      },
    ]);
    expect(file.staffNames).toEqual({ [session.current().user.id]: 'Priya Shah' });
  });

  it('withdraws a consent once: the date, reason and who recorded it are kept with what was given', async () => {
    const { session, clock, files, consents, id } = await school();
    const consentId = consents.record(id, fromMother);
    clock.advance(3_600_000);
    consents.withdraw(id, consentId, '2026-11-20', '  Mother wrote to withdraw consent  ');
    expect(() => consents.withdraw(id, consentId, '2026-11-21', 'Again')).toThrow(/already withdrawn/);

    const [kept] = files.read(id).consents;
    expect(kept).toMatchObject({ ...fromMother, withdrawal: { withdrawnOn: '2026-11-20', reason: 'Mother wrote to withdraw consent', recorded: { at: '2026-11-29T10:00:00.000Z', by: session.current().user.id } } });
    expect(count(session)).toBe(1);
  });

  it('refuses a consent that breaks a rule, and records nothing', async () => {
    const { session, files, consents, id } = await school();
    const teenager = files.add(pupil('Zara', '2010-03-14'));
    const young = { ...fromMother, givenBy: 'young-person', giverName: null, giverRelationship: null, parentalResponsibility: null } as const;
    expect(() => consents.record(id, { ...fromMother, parentalResponsibility: false })).toThrow('Only someone with parental responsibility can consent.');
    expect(() => consents.record(id, { ...fromMother, givenOn: '2026-11-30', expiresOn: null })).toThrow('The date consent was given cannot be in the future.');
    expect(() => consents.record(id, { ...fromMother, expiresOn: '2026-11-01' })).toThrow('The consent cannot end before the date it was given.');
    expect(() => consents.record(id, { ...fromMother, documentKinds: ['safeguarding'] })).toThrow(/safeguarding records, staff costs/);
    expect(() => consents.record(id, young)).toThrow('on that date they were 11');
    expect(() => consents.record('no-such-pupil', fromMother)).toThrow(/no such pupil/);
    expect(count(session)).toBe(0);
    // At 16 the pupil's own consent is recorded.
    consents.record(teenager, { ...young, giverName: 'Zara Okonjo', parentalResponsibility: false });
    expect(files.read(teenager).consents.map((c) => [c.givenBy, c.giverName, c.parentalResponsibility])).toEqual([['young-person', null, null]]);
  });

  it('refuses a withdrawal before the consent, in the future, without a reason or of another pupil’s consent', async () => {
    const { session, files, consents, id } = await school();
    const consentId = consents.record(id, fromMother);
    const other = files.add(pupil('Ben', '2015-06-01'));
    expect(() => consents.withdraw(id, consentId, '2026-11-01', 'Early')).toThrow('Consent cannot be withdrawn before the date it was given.');
    expect(() => consents.withdraw(id, consentId, '2026-11-30', 'Tomorrow')).toThrow('cannot be in the future');
    expect(() => consents.withdraw(id, consentId, '2026-11-20', ' ')).toThrow('Say why consent was withdrawn');
    expect(() => consents.withdraw(other, consentId, '2026-11-20', 'Wrong pupil')).toThrow('This pupil has no such consent.');
    expect(files.read(id).consents[0]?.withdrawal).toBeNull();
    expect(count(session)).toBe(1);
  });

  it('refuses to rewrite, re-withdraw or delete a consent in SQL', async () => {
    const { session, consents, id } = await school();
    const consentId = consents.record(id, fromMother);
    const db = session.db();
    expect(() => db.prepare("UPDATE consent SET document_kinds = '[\"ehc-plan\"]'").run()).toThrow(/can only be withdrawn, once/);
    expect(() => db.prepare("UPDATE consent SET expires_on = '2030-01-01', withdrawn_on = '2026-11-20', withdrawal_reason = 'x', withdrawal_recorded_at = 'x', withdrawal_recorded_by = recorded_by").run()).toThrow(/can only be withdrawn, once/);
    expect(() => db.prepare('DELETE FROM consent').run()).toThrow(/withdraw the consent instead/);
    consents.withdraw(id, consentId, '2026-11-20', 'Mother wrote');
    expect(() => db.prepare("UPDATE consent SET withdrawn_on = '2026-11-25'").run()).toThrow(/can only be withdrawn, once/);
    expect(() => db.prepare("UPDATE consent SET withdrawal_reason = NULL, withdrawn_on = NULL").run()).toThrow(/can only be withdrawn, once/);
    expect(() => db.prepare('DELETE FROM consent').run()).toThrow(/withdraw the consent instead/);
    expect(db.prepare('SELECT withdrawn_on AS w, document_kinds AS d FROM consent').all()).toEqual([{ w: '2026-11-20', d: '["sen-record"]' }]);
  });

  it('refuses in SQL a parent without parental responsibility, and kinds consent cannot cover', async () => {
    const { session, consents, id } = await school();
    consents.record(id, fromMother);
    const db = session.db();
    expect(() => db.prepare(`INSERT INTO consent (id, pupil_id, given_by, giver_name, giver_relationship, parental_responsibility,
      given_on, how, evidence, recipient_kinds, document_kinds, recorded_at) VALUES ('x', ?, 'parent', 'Step', 'Stepfather', 0,
      '2026-11-02', 'verbal', 'Heard', '["la-sen-team"]', '["sen-record"]', 'now')`).run(id)).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare(`INSERT INTO consent (id, pupil_id, given_by, giver_name, giver_relationship, parental_responsibility,
      given_on, how, evidence, recipient_kinds, document_kinds, recorded_at) VALUES ('x', ?, 'parent', 'Grace', 'Mother', 1,
      '2026-11-02', 'verbal', 'Heard', '["la-sen-team"]', '["staff-costs"]', 'now')`).run(id)).toThrow(/consent can cover/);
    expect(count(session)).toBe(1);
  });

  it('gives the disclosure rule the consents of several pupils as ConsentRecords, withdrawn and expired ones included', async () => {
    const { session, files, consents, id } = await school();
    const ben = files.add(pupil('Ben', '2015-06-01'));
    const cara = files.add(pupil('Cara', '2015-07-01'));
    const first = consents.record(id, fromMother);
    consents.record(id, { ...fromMother, givenOn: '2025-09-01', expiresOn: '2026-07-31', documentKinds: ['ehc-plan', 'provision-map'] });
    consents.record(ben, { ...fromMother, giverName: 'Sam Lee', giverRelationship: 'Father', expiresOn: null, recipientKinds: ['social-care-authority'], documentKinds: ['health'] });
    consents.record(cara, fromMother);
    consents.withdraw(id, first, '2026-11-20', 'Mother wrote');

    const records = consentRecordsFor(session.db(), [id, ben, id]);
    expect(records).toHaveLength(3);
    expect(records.filter((r) => r.pupilId === id)).toEqual([
      { pupilId: id, givenBy: 'parent', givenOn: '2025-09-01', expiresOn: '2026-07-31', recipientKinds: ['la-sen-team', 'next-school-head'], documentKinds: ['ehc-plan', 'provision-map'] },
      { pupilId: id, givenBy: 'parent', givenOn: '2026-11-02', expiresOn: '2027-07-31', withdrawnOn: '2026-11-20', recipientKinds: ['la-sen-team', 'next-school-head'], documentKinds: ['sen-record'] },
    ]);
    // No expiry and no withdrawal: the keys are absent, as ConsentRecord's optional fields expect.
    expect(records.find((r) => r.pupilId === ben)).toStrictEqual({ pupilId: ben, givenBy: 'parent', givenOn: '2026-11-02', recipientKinds: ['social-care-authority'], documentKinds: ['health'] });
    expect(consentRecordsFor(session.db(), [])).toEqual([]);
  });

  it('writes every change to the audit log by ids only', async () => {
    const { session, files, consents, id } = await school();
    const consentId = consents.record(id, fromMother);
    consents.withdraw(id, consentId, '2026-11-20', 'Mother wrote to withdraw consent');
    files.read(id);
    const audit = session.db().prepare('SELECT action, subject, detail FROM audit_log WHERE subject = ? ORDER BY seq').all(id);
    expect(audit).toEqual([
      { action: 'pupil.added', subject: id, detail: '{}' },
      { action: 'consent.recorded', subject: id, detail: JSON.stringify({ consentId }) },
      { action: 'consent.withdrawn', subject: id, detail: JSON.stringify({ consentId }) },
      { action: 'pupil.read', subject: id, detail: '{}' },
    ]);
    const everything = JSON.stringify(session.db().prepare('SELECT * FROM audit_log').all());
    for (const personal of ['Grace', 'Mother', 'SEN cabinet', 'Oakfield', 'withdraw consent']) expect(everything).not.toContain(personal);
  });
});
