import { describe, expect, it } from 'vitest';
import type { ConsentRecord } from '../../../shared/domain/disclosure';
import {
  consentCovers,
  consentGiverOn,
  consentNotInForce,
  isCalendarDate,
  isSixteenOrOver,
  sixteenthBirthday,
} from '../../../shared/rules/consentRules';

describe('sixteenthBirthday', () => {
  it.each([
    ['2010-09-01', '2026-09-01'],
    ['2010-12-31', '2026-12-31'],
    ['2011-02-28', '2027-02-28'],
    ['2011-03-01', '2027-03-01'],
    // Sixteen years after a leap year is a leap year, except across a century that is not one.
    ['2008-02-29', '2024-02-29'],
    ['2012-02-29', '2028-02-29'],
    ['1984-02-29', '2000-02-29'], // 2000 is a leap year (divisible by 400)
  ])('born %s: 16 on %s', (dob, birthday) => {
    expect(sixteenthBirthday(dob)).toBe(birthday);
  });

  it.each([
    // 16 years after a leap year is a leap year only when the century rule agrees.
    ['2084-02-29', '2100-03-01'], // 2100 is not a leap year
    ['1884-02-29', '1900-03-01'],
  ])('29 February with no 29 February sixteen years on: %s → %s', (dob, birthday) => {
    expect(sixteenthBirthday(dob)).toBe(birthday);
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => sixteenthBirthday('2011-02-29')).toThrow(RangeError);
    expect(() => sixteenthBirthday('1 March 2011')).toThrow(RangeError);
  });
});

describe('isSixteenOrOver', () => {
  it.each([
    ['2011-03-01', '2027-02-28', false],
    ['2011-03-01', '2027-03-01', true],
    ['2011-03-01', '2030-01-01', true],
    ['2084-02-29', '2100-02-28', false],
    ['2084-02-29', '2100-03-01', true],
  ])('born %s, on %s: %s', (dob, date, expected) => {
    expect(isSixteenOrOver(dob, date)).toBe(expected);
  });

  it('the parents consent until the birthday, the young person from it', () => {
    expect(consentGiverOn('2011-03-01', '2027-02-28')).toBe('parent');
    expect(consentGiverOn('2011-03-01', '2027-03-01')).toBe('young-person');
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
  ])('%j: %s', (value, expected) => expect(isCalendarDate(value)).toBe(expected));
});

describe('consentNotInForce and consentCovers', () => {
  const consent: ConsentRecord = {
    pupilId: 'p1',
    givenBy: 'parent',
    givenOn: '2026-09-01',
    expiresOn: '2027-07-31',
    recipientKinds: ['other', 'next-school-head'],
    documentKinds: ['sen-record'],
  };

  it.each([
    ['2026-08-31', 'it was given on 2026-09-01, after the date of this disclosure'],
    ['2026-09-01', null],
    ['2027-07-30', null],
    ['2027-07-31', null],
    ['2027-08-01', 'it ran only until 2027-07-31'],
  ])('on %s: %j', (date, why) => expect(consentNotInForce(consent, date)).toBe(why));

  it('a withdrawn consent is never in force', () => {
    expect(consentNotInForce({ ...consent, withdrawnOn: '2027-01-01' }, '2026-12-01')).toBe('it was withdrawn on 2027-01-01');
  });

  it.each([
    ['p1', 'other', 'sen-record', true],
    ['p1', 'next-school-head', 'sen-record', true],
    ['p2', 'other', 'sen-record', false],
    ['p1', 'court', 'sen-record', false],
    ['p1', 'other', 'ehc-plan', false],
  ] as const)('%s to %s, %s: %s', (pupil, recipient, kind, expected) => {
    expect(consentCovers(consent, pupil, recipient, kind)).toBe(expected);
  });
});
