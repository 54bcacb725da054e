import { describe, expect, it } from 'vitest';
import { PASSPHRASE, SENCO } from '../support/tempVault';
import { createInput, testBackends } from '../support/testBackend';

const start = testBackends();

const pupil = {
  upn: null, formerUpn: null, uln: null, legalSurname: 'Nowak', legalForename: 'Leo', preferredSurname: null,
  preferredForename: null, dateOfBirth: '2016-03-14', sex: 'M', ncYear: '5', className: '5B', admissionDate: null,
  leavingDate: null, destinationSchool: null, eal: false, pupilPremium: false, fsm: false, lookedAfter: false,
  previouslyLookedAfter: false, medicalNotes: null,
};
const contact = {
  name: 'Marta Nowak', relationship: 'Mother', parentalResponsibility: true, mobilePhone: '07700 900123', homePhone: null,
  workPhone: null, email: 'marta@example.co.uk', address: null, livesWithPupil: true, priority: 1, notes: null,
};
const involvement = {
  role: 'speech-and-language-therapist', roleDescription: null, name: 'Ola Grant', service: 'NHS Oakfield SALT', phone: null,
  email: null, startDate: '2025-10-01', endDate: null, notes: null,
};
const profile = { writtenOn: '2025-11-03', likeAndAdmire: 'Funny', importantToMe: 'Football', howToSupport: 'Visual timetable', contributors: 'Leo, Mrs Nowak' };

type File = { contacts: unknown[]; involvements: { versions: unknown[] }[]; profiles: unknown[] };

async function schoolWithPupil() {
  const t = start();
  await t.value('vault.create', createInput);
  const { pupilId } = await t.value<{ pupilId: string }>('pupils.add', pupil);
  return { ...t, pupilId };
}

describe('the people channels', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['people.saveContact', 'Start a UK number with 0, or an international one with +.', { contact: { ...contact, mobilePhone: '7700 900123' } }],
    ['people.saveContact', 'An email address has one @, like name@example.co.uk.', { contact: { ...contact, email: 'marta.example.co.uk' } }],
    ['people.saveContact', 'Enter the name of the parent or carer.', { contact: { ...contact, name: '  ' } }],
    ['people.saveContact', 'Give the contact order as a number from 1 to 9.', { contact: { ...contact, priority: 0 } }],
    ['people.saveInvolvement', 'Say what the other professional role is.', { involvement: { ...involvement, role: 'other' } }],
    ['people.saveInvolvement', 'The end date cannot be before the start date.', { involvement: { ...involvement, endDate: '2025-09-01' } }],
    ['people.saveInvolvement', 'Choose the professional role.', { involvement: { ...involvement, role: 'wizard' } }],
    ['people.saveProfile', 'Say how best to support the pupil.', { profile: { ...profile, howToSupport: '' } }],
  ])('%s refuses bad input, saying "%s", and changes nothing', async (channel, message, change) => {
    const t = await schoolWithPupil();
    const base = channel === 'people.saveProfile' ? {} : { [channel === 'people.saveContact' ? 'contactId' : 'involvementId']: null, version: 0 };
    const result = await t.call(channel, { pupilId: t.pupilId, ...base, ...change });
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('INVALID_INPUT');
    expect(result.error?.message).toContain(message);
    const file = await t.value<File>('pupils.get', { pupilId: t.pupilId });
    expect([file.contacts, file.involvements, file.profiles]).toEqual([[], [], []]);
  });

  it('lets read-only staff read the people on a file but not change them', async () => {
    const t = await schoolWithPupil();
    const saved = await t.value<{ id: string; version: number }>('people.saveInvolvement', { pupilId: t.pupilId, involvementId: null, version: 0, involvement });
    const pass = 'marble pigeon saucer glacier';
    await t.value('accounts.add', { name: 'Rae Only', role: 'read-only', passphrase: pass, passphraseConfirm: pass });
    await t.value('vault.lock');
    await t.value('vault.unlock', { name: 'Rae Only', passphrase: pass });

    const file = await t.value<File>('pupils.get', { pupilId: t.pupilId });
    expect(file.involvements).toHaveLength(1);
    const writes: [string, unknown][] = [
      ['people.saveContact', { pupilId: t.pupilId, contactId: null, version: 0, contact }],
      ['people.saveInvolvement', { pupilId: t.pupilId, involvementId: saved.id, version: 1, involvement }],
      ['people.endInvolvement', { pupilId: t.pupilId, involvementId: saved.id, version: 1, endDate: '2026-07-22' }],
      ['people.saveProfile', { pupilId: t.pupilId, profile }],
      ['pupils.update', { pupilId: t.pupilId, revision: 1, details: { ...pupil, legalSurname: 'Changed' } }],
    ];
    for (const [channel, payload] of writes) {
      const result = await t.call(channel, payload);
      expect(result.error?.code, channel).toBe('FORBIDDEN_ROLE');
    }
    await t.value('vault.lock');
    await t.value('vault.unlock', { name: SENCO, passphrase: PASSPHRASE });
    const after = await t.value<File & { pupil: { legalSurname: string } }>('pupils.get', { pupilId: t.pupilId });
    expect([after.contacts, after.profiles, after.involvements[0]?.versions.length, after.pupil.legalSurname]).toEqual([[], [], 1, 'Nowak']);
  });
});
