import { describe, expect, it } from 'vitest';
import { SENCO } from '../support/tempVault';
import { createInput, testBackends } from '../support/testBackend';

const start = testBackends();

const pupil = {
  upn: null, formerUpn: null, uln: null, legalSurname: 'Nowak', legalForename: 'Leo', preferredSurname: null,
  preferredForename: null, dateOfBirth: '2016-03-14', sex: 'M', ncYear: '5', className: '5B', admissionDate: null,
  leavingDate: null, destinationSchool: null, eal: false, pupilPremium: false, fsm: false, lookedAfter: false,
  previouslyLookedAfter: false, medicalNotes: null,
};

type File = {
  pupil: { className: string | null; revision: number };
  revisions: { revision: number; details: { className: string | null }; recorded: { at: string; by: string | null } }[];
  staffNames: Record<string, string>;
};

describe('changing a pupil\'s details through the dispatcher', () => {
  it('keeps the earlier version, says who changed it and when, and refuses bad details without changing anything', async () => {
    const t = start();
    t.platform.setNow(new Date('2026-11-30T10:00:00Z'));
    await t.value('vault.create', createInput);
    const { pupilId } = await t.value<{ pupilId: string }>('pupils.add', pupil);
    t.platform.setNow(new Date('2026-12-01T14:05:00Z'));
    expect(await t.value('pupils.update', { pupilId, revision: 1, details: { ...pupil, className: '5C' } })).toEqual({ revision: 2 });

    const refused = await t.call('pupils.update', { pupilId, revision: 2, details: { ...pupil, legalSurname: ' ', className: '6A' } });
    expect(refused.error?.code).toBe('INVALID_INPUT');
    expect(refused.error?.message).toContain('Enter the legal surname.');
    // A form filled from version 1 cannot overwrite version 2, saved since.
    const stale = await t.call('pupils.update', { pupilId, revision: 1, details: { ...pupil, className: '6A' } });
    expect(stale.error?.code).toBe('NOT_ALLOWED');
    expect(stale.error?.message).toContain('Someone saved newer details for this pupil after you opened the form. Nothing was saved');

    const file = await t.value<File>('pupils.get', { pupilId });
    expect(file.pupil).toMatchObject({ className: '5C', revision: 2 });
    expect(file.revisions.map((r) => [r.revision, r.details.className, r.recorded.at])).toEqual([
      [1, '5B', '2026-11-30T10:00:00.000Z'],
      [2, '5C', '2026-12-01T14:05:00.000Z'],
    ]);
    const by = file.revisions[1]?.recorded.by ?? '';
    expect(file.staffNames[by]).toBe(SENCO);
  });
});
