import { describe, expect, it } from 'vitest';
import { applyFixes, isBlocked } from '../../../shared/rules/importFixes';
import { type ImportField, suggestMapping } from '../../../shared/rules/pupilImport';

const mapping = suggestMapping(['UPN', 'Surname', 'Forename', 'DOB', 'Year']);
const rows = [
  { line: 2, cells: ['R201100018042', 'Okonjo', 'Ava', '14/03/2016', 'Year Five'] },
  { line: 3, cells: ['T20110001804V', 'Nowak', 'Leo'] },
];
type Fix = { line: number; field: ImportField; value: string };

describe('corrections typed over the file in the preview', () => {
  it.each<[string, Fix[], string[][]]>([
    ['no corrections: the rows as read', [], [rows[0]?.cells ?? [], rows[1]?.cells ?? []]],
    ['a year group', [{ line: 2, field: 'ncYear', value: '5' }], [['R201100018042', 'Okonjo', 'Ava', '14/03/2016', '5'], rows[1]?.cells ?? []]],
    ['a short row grows to the mapped column', [{ line: 3, field: 'ncYear', value: '3' }], [rows[0]?.cells ?? [], ['T20110001804V', 'Nowak', 'Leo', '', '3']]],
    [
      'the later correction of one cell wins',
      [{ line: 2, field: 'upn', value: 'X' }, { line: 2, field: 'upn', value: 'R201100018042' }],
      [rows[0]?.cells ?? [], rows[1]?.cells ?? []],
    ],
  ])('%s', (_, fixes, expected) => {
    const fixed = applyFixes(rows, mapping, fixes);
    expect(fixed.ok && fixed.rows.map((r) => r.cells)).toEqual(expected);
  });

  it.each<[string, Fix, RegExp]>([
    ['a line the file does not have', { line: 7, field: 'ncYear', value: '5' }, /no row on line 7/],
    ['a field with no column', { line: 2, field: 'sex', value: 'F' }, /Match a column to the sex before correcting it on line 2/],
    ['a field imports do not fill', { line: 2, field: 'senStatus' as ImportField, value: 'K' }, /not a field a pupil import can fill/],
  ])('refuses %s', (_, fix, reason) => {
    const fixed = applyFixes(rows, mapping, [fix]);
    expect(fixed.ok ? 'applied' : fixed.reason).toMatch(reason);
  });

  it('never changes the rows it was given', () => {
    applyFixes(rows, mapping, [{ line: 2, field: 'legalSurname', value: 'Smith' }]);
    expect(rows[0]?.cells[1]).toBe('Okonjo');
  });

  it.each([
    [[{ field: 'ncYear', message: 'bad' }], true],
    [[{ field: 'upn', code: '1520', message: 'duplicate' }], true],
    [[{ field: 'upn', code: '1510', message: 'check letter' }], false],
    [[], false],
  ])('blocks a row with %j: %s', (problems, blocked) => {
    expect(isBlocked({ problems: problems as never })).toBe(blocked);
  });
});
