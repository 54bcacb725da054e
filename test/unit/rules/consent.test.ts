import { describe, expect, it } from 'vitest';
import { type ConsentRecord, documentKinds, recipientKinds } from '../../../shared/domain/disclosure';
import { consentNotInForce } from '../../../shared/rules/consentRules';
import {
  type ConsentInput,
  type ConsentStatus,
  ageOn,
  consentProblems,
  consentStatus,
  consentableDocuments,
  consentableRecipients,
  withdrawalProblems,
} from '../../../shared/rules/consent';

const fromMother: ConsentInput = {
  givenBy: 'parent', giverName: 'Grace Okonjo', giverRelationship: 'Mother', parentalResponsibility: true, givenOn: '2026-11-02',
  how: 'written', evidence: 'Signed form in the SEN file, drawer 2', recipientKinds: ['la-sen-team', 'next-school-head'],
  recipientName: null, recipientOrganisation: null, documentKinds: ['sen-record'], expiresOn: '2027-07-31', note: null,
};
const fromPupil: ConsentInput = { ...fromMother, givenBy: 'young-person', giverName: null, giverRelationship: null, parentalResponsibility: null };
const context = { today: '2026-11-29', dateOfBirth: '2010-03-14' };

describe('what a consent needs before it is recorded', () => {
  it('accepts a written consent from a parent with parental responsibility, and the pupil’s own from 16', () => {
    expect(consentProblems(fromMother, context)).toEqual([]);
    expect(consentProblems({ ...fromPupil, how: 'verbal', evidence: 'Heard by Ms Shah at the review; noted in the minutes' }, context)).toEqual([]);
    expect(consentProblems({ ...fromMother, expiresOn: null, givenOn: '2026-11-29' }, context)).toEqual([]);
  });

  it.each<[string, Partial<ConsentInput>, Partial<typeof context>, [string, string][]]>([
    ['a carer without parental responsibility', { parentalResponsibility: false }, {}, [['parentalResponsibility', 'Only someone with parental responsibility can consent. Ask a parent who has it, or the pupil if they are 16 or over.']]],
    ['an unanswered parental responsibility', { parentalResponsibility: null }, {}, [['parentalResponsibility', 'Say whether they have parental responsibility.']]],
    ['a parent with no name or relationship', { giverName: ' ', giverRelationship: null }, {}, [
      ['giverName', 'Enter the name of the parent or carer who gave consent.'],
      ['giverRelationship', 'Say how they are related to the pupil, for example mother or special guardian.'],
    ]],
    ['a date tomorrow', { givenOn: '2026-11-30', expiresOn: null }, {}, [['givenOn', 'The date consent was given cannot be in the future.']]],
    ['no date', { givenOn: '' }, {}, [['givenOn', 'Enter the date consent was given.']]],
    ['an end before the start', { expiresOn: '2026-11-01' }, {}, [['expiresOn', 'The consent cannot end before the date it was given.']]],
    ['written with no evidence', { evidence: '  ' }, {}, [['evidence', 'Say where the signed form or letter is kept.']]],
    ['verbal with no evidence', { how: 'verbal', evidence: '' }, {}, [['evidence', 'Say who heard the consent, and where it is noted.']]],
    ['no recipients', { recipientKinds: [] }, {}, [['recipientKinds', 'Choose who the records may be shared with.']]],
    ['a recipient who needs no consent', { recipientKinds: ['school-staff'] }, {}, [['recipientKinds', 'Choose recipients from the list: consent to share with parents, the pupil or this school’s staff is not needed.']]],
    ['someone else, unnamed', { recipientKinds: ['other'] }, {}, [['recipientName', 'Name the other recipient, or their organisation.']]],
    ['no records', { documentKinds: [] }, {}, [['documentKinds', 'Choose which records may be shared.']]],
    ['safeguarding records', { documentKinds: ['sen-record', 'safeguarding'] }, {}, [['documentKinds', 'Choose records from the list: safeguarding records, staff costs, costs per pupil and statistics are never shared by consent.']]],
  ])('refuses %s', (_, change, extra, problems) => {
    const found = consentProblems({ ...fromMother, ...change }, { ...context, ...extra });
    expect(found.map((p) => [p.field, p.message])).toEqual(problems);
  });

  it('takes another recipient named by organisation alone', () => {
    expect(consentProblems({ ...fromMother, recipientKinds: ['other'], recipientOrganisation: 'Oakfield Autism Outreach' }, context)).toEqual([]);
  });

  it.each<[string, string, string | null]>([
    ['2010-03-14', '2026-03-14', null],
    ['2010-03-14', '2026-03-13', 'The pupil can give their own consent from the age of 16; on that date they were 15. Ask a parent with parental responsibility.'],
    ['2016-03-14', '2026-11-02', 'The pupil can give their own consent from the age of 16; on that date they were 10. Ask a parent with parental responsibility.'],
  ])('a pupil born on %s consenting on %s → %j', (dateOfBirth, givenOn, problem) => {
    const found = consentProblems({ ...fromPupil, givenOn, expiresOn: null }, { ...context, dateOfBirth });
    expect(found.map((p) => p.message)).toEqual(problem ? [problem] : []);
  });

  it('leaves today and age to main when the contract does not know them', () => {
    expect(consentProblems({ ...fromPupil, givenOn: '2099-01-01', expiresOn: null }, { today: null, dateOfBirth: null })).toEqual([]);
  });

  it.each<[string, string, number]>([
    ['2008-02-29', '2024-02-28', 15],
    ['2008-02-29', '2024-02-29', 16],
    ['2008-02-29', '2025-02-28', 16],
    ['2008-02-29', '2025-03-01', 17],
  ])('someone born on %s is %i… on %s', (dateOfBirth, day, age) => {
    expect(ageOn(dateOfBirth, day)).toBe(age);
  });
});

describe('the records and recipients consent can cover', () => {
  it('never offers safeguarding, staff costs, costs per pupil or statistics', () => {
    const notOffered = documentKinds.filter((kind) => !(consentableDocuments as readonly string[]).includes(kind));
    expect(notOffered).toEqual(['pupil-costs', 'staff-costs', 'safeguarding', 'statistics']);
  });

  it('leaves out those who need no consent', () => {
    const notOffered = recipientKinds.filter((kind) => !(consentableRecipients as readonly string[]).includes(kind));
    expect(notOffered).toEqual(['parent', 'young-person', 'school-staff']);
  });
});

describe('a withdrawal', () => {
  it.each<[string, string, string[]]>([
    ['2026-11-20', 'Mother wrote to say no', []],
    ['2026-11-02', 'Told the SENCO by phone', []],
    ['', 'x', ['Enter the date consent was withdrawn.']],
    ['2026-11-01', 'x', ['Consent cannot be withdrawn before the date it was given.']],
    ['2026-11-30', 'x', ['The date consent was withdrawn cannot be in the future.']],
    ['2026-11-20', '  ', ['Say why consent was withdrawn, or how the school was told.']],
  ])('on %j, because %j → %j', (withdrawnOn, reason, problems) => {
    expect(withdrawalProblems({ withdrawnOn, reason }, '2026-11-02', '2026-11-29').map((p) => p.message)).toEqual(problems);
  });
});

describe('whether a consent counts on a day', () => {
  const given = { givenOn: '2026-09-01' };
  it.each<[string, { givenOn: string; expiresOn?: string; withdrawnOn?: string }, string, ConsentStatus]>([
    ['open-ended', given, '2026-11-29', 'current'],
    ['on the day it was given', given, '2026-09-01', 'current'],
    ['before it was given', given, '2026-08-31', 'not-yet'],
    ['on its last day', { ...given, expiresOn: '2026-11-29' }, '2026-11-29', 'current'],
    ['the day after its last day', { ...given, expiresOn: '2026-11-28' }, '2026-11-29', 'expired'],
    ['on the day it was withdrawn', { ...given, withdrawnOn: '2026-11-29' }, '2026-11-29', 'withdrawn'],
    ['the day before it was withdrawn', { ...given, withdrawnOn: '2026-11-29' }, '2026-11-28', 'current'],
    ['withdrawn after it expired', { ...given, expiresOn: '2026-10-01', withdrawnOn: '2026-11-01' }, '2026-11-29', 'withdrawn'],
    ['expired, with a withdrawal still to come', { ...given, expiresOn: '2026-10-01', withdrawnOn: '2026-12-01' }, '2026-11-29', 'expired'],
  ])('%s', (_, record, today, status) => {
    expect(consentStatus(record, today)).toBe(status);
  });
});

describe('the consent register and the disclosure rule agree on when a consent counts', () => {
  const record: ConsentRecord = {
    pupilId: 'p1', givenBy: 'parent', givenOn: '2026-09-01', expiresOn: '2027-07-31', recipientKinds: ['other'], documentKinds: ['sen-record'],
  };
  it.each([
    ['2026-08-31', record],
    ['2026-09-01', record],
    ['2027-07-31', record],
    ['2027-08-01', record],
    ['2026-12-01', { ...record, withdrawnOn: '2026-11-20' }],
    ['2026-11-20', { ...record, withdrawnOn: '2026-11-20' }],
    ['2030-01-01', { ...record, expiresOn: undefined }],
  ] as [string, ConsentRecord][])('on %s', (day, consent) => {
    const { expiresOn, withdrawnOn, givenOn } = consent;
    const shown = consentStatus({ givenOn, ...(expiresOn ? { expiresOn } : {}), ...(withdrawnOn ? { withdrawnOn } : {}) }, day) === 'current';
    expect(shown).toBe(consentNotInForce(consent, day) === null);
  });
});
