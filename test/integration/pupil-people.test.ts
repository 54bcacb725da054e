import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../electron/db/repositories/contacts';
import type { InvolvementFields } from '../../electron/db/repositories/involvements';
import type { PupilDetails } from '../../electron/db/repositories/pupils';
import { PupilFilesService } from '../../electron/services/pupilFiles';
import { PupilPeopleService } from '../../electron/services/pupilPeople';
import { PupilProfilesService } from '../../electron/services/pupilProfiles';
import { TestClock, createVault, tempDirs } from '../support/tempVault';

const fresh = tempDirs();

const ava: PupilDetails = {
  upn: null, formerUpn: null, uln: null, legalSurname: 'Okonjo', legalForename: 'Ava', preferredSurname: null,
  preferredForename: null, dateOfBirth: '2016-03-14', sex: 'F', ncYear: '5', className: '5B', admissionDate: null,
  leavingDate: null, destinationSchool: null, eal: false, pupilPremium: false, fsm: false, lookedAfter: false,
  previouslyLookedAfter: false, medicalNotes: 'Asthma: inhaler in the classroom',
};

const mother: ContactFields = {
  name: 'Grace Okonjo', relationship: 'Mother', parentalResponsibility: true, mobilePhone: '07700 900123',
  homePhone: null, workPhone: null, email: 'grace.okonjo@example.co.uk', address: '12 Elm Road, Oakfield OK1 2AB',
  livesWithPupil: true, priority: 1, notes: 'Prefers a text before a call',
};

const psychologist: InvolvementFields = {
  role: 'educational-psychologist', roleDescription: null, name: 'Dr Hana Malik', service: 'Oakfield Educational Psychology Service',
  phone: '0113 496 0000', email: 'hana.malik@example.gov.uk', startDate: '2025-10-01', endDate: null, notes: null,
};

const profile = {
  writtenOn: '2025-11-03', likeAndAdmire: 'I am kind and I make people laugh.', importantToMe: 'My dog Biscuit and drawing.',
  howToSupport: 'Tell me what is coming next. Give me a quiet place when it is loud.', contributors: 'Ava, her mother, Mr Hill (class teacher)',
};

async function school() {
  const clock = new TestClock();
  const session = await createVault(fresh(), { clock });
  const files = new PupilFilesService(session);
  return { session, clock, files, people: new PupilPeopleService(session), profiles: new PupilProfilesService(session), id: files.add(ava) };
}

const rows = (session: Awaited<ReturnType<typeof school>>['session'], table: string) =>
  session.db().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };

describe('parents and carers on a pupil file', () => {
  it('keeps every version: a change and a removal each add one, and the file shows them newest first', async () => {
    const { session, clock, files, people, id } = await school();
    const added = people.saveContact(id, null, 0, mother);
    expect(added.version).toBe(1);
    clock.advance(60_000);
    people.saveContact(id, added.id, 1, { ...mother, mobilePhone: '07700 900456', priority: 2 });
    clock.advance(60_000);
    people.archiveContact(id, added.id, 2);

    const [contact] = files.read(id).contacts;
    expect(contact?.versions.map((v) => [v.version, v.mobilePhone, v.priority, v.archived])).toEqual([
      [3, '07700 900456', 2, true],
      [2, '07700 900456', 2, false],
      [1, '07700 900123', 1, false],
    ]);
    expect(contact?.versions[2]).toMatchObject({ parentalResponsibility: true, livesWithPupil: true, recorded: { at: '2026-11-29T09:00:00.000Z', by: session.current().user.id } });
    expect(files.read(id).staffNames).toEqual({ [session.current().user.id]: 'Priya Shah' });
    // A removed contact cannot be changed or removed again; adding them anew is the way back.
    expect(() => people.saveContact(id, added.id, 3, mother)).toThrow(/removed from the contacts/);
    expect(() => people.archiveContact(id, added.id, 3)).toThrow(/removed from the contacts/);
  });

  it('refuses a save from a form opened before someone else saved, and changes nothing', async () => {
    const { session, people, id } = await school();
    const added = people.saveContact(id, null, 0, mother);
    people.saveContact(id, added.id, 1, { ...mother, notes: null });
    expect(() => people.saveContact(id, added.id, 1, { ...mother, name: 'Grace Hale' })).toThrow(/newer version/);
    expect(() => people.saveContact(id, 'no-such-contact', 1, mother)).toThrow(/no such parent or carer/);
    expect(() => people.saveContact('no-such-pupil', null, 0, mother)).toThrow(/no such pupil/);
    expect(rows(session, 'contact_version').n).toBe(2);
  });

  it('refuses to rewrite or delete a version in SQL', async () => {
    const { session, people, id } = await school();
    people.saveContact(id, null, 0, mother);
    const db = session.db();
    expect(() => db.prepare("UPDATE contact_version SET name = 'Someone else'").run()).toThrow(/versions are kept/);
    expect(() => db.prepare('DELETE FROM contact_version').run()).toThrow(/archive the contact instead/);
    expect(rows(session, 'contact_version').n).toBe(1);
  });
});

describe('professionals involved', () => {
  it('keeps the involvement when it ends: a new version with the end date, the earlier one still there', async () => {
    const { session, files, people, id } = await school();
    const { id: involvementId } = people.saveInvolvement(id, null, 0, psychologist);
    people.saveInvolvement(id, null, 0, { ...psychologist, role: 'other', roleDescription: 'Play therapist', name: 'Jo Reed', startDate: '2024-01-10' });
    people.endInvolvement(id, involvementId, 1, '2026-07-22');
    expect(() => people.endInvolvement(id, involvementId, 2, '2026-07-23')).toThrow(/already ended/);

    const involvements = files.read(id).involvements;
    expect(involvements.map((i) => [i.versions[0]?.name, i.versions[0]?.endDate, i.versions.length])).toEqual([
      ['Jo Reed', null, 1],
      ['Dr Hana Malik', '2026-07-22', 2],
    ]);
    const db = session.db();
    expect(() => db.prepare("UPDATE involvement_version SET end_date = NULL").run()).toThrow(/versions are kept/);
    expect(() => db.prepare('DELETE FROM involvement_version').run()).toThrow(/end the involvement instead/);
  });

  it('refuses an end before the start, an "other" role without a description and a stale form, and writes nothing', async () => {
    const { session, people, id } = await school();
    const { id: involvementId } = people.saveInvolvement(id, null, 0, psychologist);
    expect(() => people.endInvolvement(id, involvementId, 1, '2025-09-30')).toThrow('The end date cannot be before the start date.');
    expect(() => people.saveInvolvement(id, null, 0, { ...psychologist, role: 'other' })).toThrow('Say what the other professional role is.');
    people.saveInvolvement(id, involvementId, 1, { ...psychologist, phone: null });
    // A form opened on version 1 cannot overwrite version 2.
    expect(() => people.saveInvolvement(id, involvementId, 1, { ...psychologist, name: 'Dr H. Malik' })).toThrow(/newer version/);
    expect(() => people.endInvolvement(id, involvementId, 1, '2026-07-22')).toThrow(/newer version/);
    expect(rows(session, 'involvement_version').n).toBe(2);
  });
});

describe('the one-page profile', () => {
  it('keeps every version, insert-only: the newest is in use and the earlier one is still readable', async () => {
    const { session, clock, files, profiles, id } = await school();
    const first = profiles.save(id, profile);
    clock.advance(86_400_000);
    profiles.save(id, { ...profile, writtenOn: '2026-03-02', importantToMe: 'Drawing, and my new baby brother.' });

    const saved = files.read(id).profiles;
    expect(saved.map((p) => [p.writtenOn, p.importantToMe])).toEqual([
      ['2026-03-02', 'Drawing, and my new baby brother.'],
      ['2025-11-03', 'My dog Biscuit and drawing.'],
    ]);
    expect(saved[1]).toMatchObject({ id: first, ...profile });
    const db = session.db();
    expect(() => db.prepare("UPDATE one_page_profile SET important_to_me = ''").run()).toThrow(/write a new version instead/);
    expect(() => db.prepare('DELETE FROM one_page_profile').run()).toThrow(/never deleted/);
  });
});

describe('the audit log of the people on a file', () => {
  it('records every change by ids only, with no personal data', async () => {
    const { session, files, people, profiles, id } = await school();
    const contact = people.saveContact(id, null, 0, mother);
    people.saveContact(id, contact.id, 1, mother);
    people.archiveContact(id, contact.id, 2);
    const involvement = people.saveInvolvement(id, null, 0, psychologist);
    people.endInvolvement(id, involvement.id, 1, '2026-07-22');
    const profileId = profiles.save(id, profile);
    files.read(id);

    const audit = session.db().prepare("SELECT action, subject, detail FROM audit_log WHERE subject = ? ORDER BY seq").all(id);
    expect(audit).toEqual([
      { action: 'pupil.added', subject: id, detail: '{}' },
      { action: 'contact.added', subject: id, detail: JSON.stringify({ contactId: contact.id, version: 1 }) },
      { action: 'contact.changed', subject: id, detail: JSON.stringify({ contactId: contact.id, version: 2 }) },
      { action: 'contact.archived', subject: id, detail: JSON.stringify({ contactId: contact.id, version: 3 }) },
      { action: 'involvement.added', subject: id, detail: JSON.stringify({ involvementId: involvement.id, version: 1 }) },
      { action: 'involvement.ended', subject: id, detail: JSON.stringify({ involvementId: involvement.id, version: 2 }) },
      { action: 'profile.saved', subject: id, detail: JSON.stringify({ profileId }) },
      { action: 'pupil.read', subject: id, detail: '{}' },
    ]);
    const everything = JSON.stringify(session.db().prepare('SELECT * FROM audit_log').all());
    for (const personal of ['Okonjo', 'Malik', '07700', 'Biscuit', 'Asthma']) expect(everything).not.toContain(personal);
  });
});
