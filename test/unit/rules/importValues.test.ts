import { describe, expect, it } from 'vitest';
import { readDate, readSex, readYearGroup, readYesNo } from '../../../shared/rules/importValues';

describe('values from MIS exports', () => {
  it.each([
    ['2016-03-14', '2016-03-14'],
    ['14/03/2016', '2016-03-14'],
    ['4/3/2016', '2016-03-04'],
    ['14.03.2016', '2016-03-14'],
    [' 29/02/2016 ', '2016-02-29'],
  ])('date %j → %s', (text, iso) => expect(readDate(text)).toEqual({ ok: true, value: iso }));

  it.each(['03/14/2016', '29/02/2015', '2016-3-14', '14 March 2016', ''])('refuses the date %j', (text) => {
    expect(readDate(text).ok).toBe(false);
  });

  it.each([
    ['Y', true], ['yes', true], ['TRUE', true], ['1', true], ['N', false], ['No', false], ['', false], ['0', false],
  ] as const)('yes/no %j → %s', (text, value) => expect(readYesNo(text)).toEqual({ ok: true, value }));

  it('refuses a yes/no it cannot read', () => expect(readYesNo('maybe')).toMatchObject({ ok: false, reason: expect.stringContaining('maybe') }));

  it.each([
    ['M', 'M'], ['female', 'F'], ['', null],
  ] as const)('sex %j → %s', (text, value) => expect(readSex(text)).toEqual({ ok: true, value }));

  it.each([
    ['Year 6', '6'], ['Y6', '6'], ['6', '6'], ['06', '6'], ['Yr 10', '10'], ['R', 'R'], ['Reception', 'R'],
    ['N1', 'N1'], ['Nursery 2', 'N2'], ['', null], ['14', '14'],
  ] as const)('year %j → %s', (text, value) => expect(readYearGroup(text)).toEqual({ ok: true, value }));

  it.each(['Year 15', 'Y0', 'Form 6'])('refuses the year %j', (text) => expect(readYearGroup(text).ok).toBe(false));
});
