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
const consent = {
  givenBy: 'parent', giverName: 'Marta Nowak', giverRelationship: 'Mother', parentalResponsibility: true, givenOn: '2025-10-01',
  how: 'verbal', evidence: 'Heard by the SENCO at the review; minutes in the file', recipientKinds: ['la-sen-team'], recipientName: null,
  recipientOrganisation: null, documentKinds: ['ehc-plan', 'sen-record'], expiresOn: null, note: null,
};

type File = { consents: { id: string; withdrawal: { withdrawnOn: string } | null }[] };

async function schoolWithPupil() {
  const t = start();
  await t.value('vault.create', createInput);
  const { pupilId } = await t.value<{ pupilId: string }>('pupils.add', pupil);
  return { ...t, pupilId };
}

describe('the consent channels', () => {
  it.each<[string, Record<string, unknown>]>([
    ['Only someone with parental responsibility can consent.', { parentalResponsibility: false }],
    ['Say where the signed form or letter is kept.', { how: 'written', evidence: ' ' }],
    ['Choose records from the list of those consent can cover.', { documentKinds: ['staff-costs'] }],
    ['Choose recipients from the list of those consent can cover.', { recipientKinds: ['school-staff'] }],
    ['Choose who the records may be shared with.', { recipientKinds: [] }],
    ['Name the other recipient, or their organisation.', { recipientKinds: ['other'] }],
    ['The consent cannot end before the date it was given.', { expiresOn: '2025-09-30' }],
    ['Use a date as YYYY-MM-DD.', { givenOn: '1 October 2025' }],
    ['Say who gave consent: a parent or carer, or the pupil.', { givenBy: 'grandparent' }],
    ['The date consent was given cannot be in the future.', { givenOn: '2099-01-01' }],
    ['The pupil can give their own consent from the age of 16', { givenBy: 'young-person', giverName: null, giverRelationship: null, parentalResponsibility: null }],
  ])('consents.record refuses bad input, saying "%s", and records nothing', async (message, change) => {
    const t = await schoolWithPupil();
    const result = await t.call('consents.record', { pupilId: t.pupilId, consent: { ...consent, ...change } });
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('INVALID_INPUT');
    expect(result.error?.message).toContain(message);
    const file = await t.value<File>('pupils.get', { pupilId: t.pupilId });
    expect(file.consents).toEqual([]);
  });

  it('records and withdraws through the channels; a second withdrawal is refused', async () => {
    const t = await schoolWithPupil();
    const { consentId } = await t.value<{ consentId: string }>('consents.record', { pupilId: t.pupilId, consent });
    const missing = await t.call('consents.withdraw', { pupilId: t.pupilId, consentId, withdrawnOn: '2025-11-01', reason: '' });
    expect(missing.error?.message).toContain('Say why consent was withdrawn');
    await t.value('consents.withdraw', { pupilId: t.pupilId, consentId, withdrawnOn: '2025-11-01', reason: 'Phoned the office' });
    const again = await t.call('consents.withdraw', { pupilId: t.pupilId, consentId, withdrawnOn: '2025-11-02', reason: 'Again' });
    expect(again.error?.code).toBe('NOT_ALLOWED');
    const file = await t.value<File>('pupils.get', { pupilId: t.pupilId });
    expect(file.consents.map((c) => [c.id, c.withdrawal?.withdrawnOn])).toEqual([[consentId, '2025-11-01']]);
  });

  it('lets read-only staff read the consent register but not change it', async () => {
    const t = await schoolWithPupil();
    const { consentId } = await t.value<{ consentId: string }>('consents.record', { pupilId: t.pupilId, consent });
    const pass = 'marble pigeon saucer glacier';
    await t.value('accounts.add', { name: 'Rae Only', role: 'read-only', passphrase: pass, passphraseConfirm: pass });
    await t.value('vault.lock');
    await t.value('vault.unlock', { name: 'Rae Only', passphrase: pass });

    expect((await t.value<File>('pupils.get', { pupilId: t.pupilId })).consents).toHaveLength(1);
    const writes: [string, unknown][] = [
      ['consents.record', { pupilId: t.pupilId, consent }],
      ['consents.withdraw', { pupilId: t.pupilId, consentId, withdrawnOn: '2025-11-01', reason: 'Not mine to say' }],
    ];
    for (const [channel, payload] of writes) expect((await t.call(channel, payload)).error?.code, channel).toBe('FORBIDDEN_ROLE');
    await t.value('vault.lock');
    await t.value('vault.unlock', { name: SENCO, passphrase: PASSPHRASE });
    const after = await t.value<File>('pupils.get', { pupilId: t.pupilId });
    expect(after.consents.map((c) => [c.id, c.withdrawal])).toEqual([[consentId, null]]);
  });
});
