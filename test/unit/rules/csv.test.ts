import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/rules/csv';

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    ['plain', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['CRLF and no final newline', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['a BOM', '\uFEFFUPN,Surname\nR1,Smith\n', [['UPN', 'Surname'], ['R1', 'Smith']]],
    ['quoted commas and quotes', 'name,note\n"Smith, Jo","said ""hi"""\n', [['name', 'note'], ['Smith, Jo', 'said "hi"']]],
    ['empty fields', 'a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]],
    ['blank lines skipped', 'a\n\n\nb\n', [['a'], ['b']]],
    ['a line break inside quotes', 'a,b\n"two\nlines",x\n', [['a', 'b'], ['two\nlines', 'x']]],
  ])('%s', (_case, text, expected) => {
    const result = parseCsv(text);
    expect(result.ok && result.rows.map((r) => r.cells)).toEqual(expected);
  });

  it('gives each row the line it starts on, counting line breaks inside quotes', () => {
    const result = parseCsv('h\n"a\nb"\nc\n');
    expect(result.ok && result.rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ['an unclosed quote', 'a\n"open,b\nc\n', 2, 'never closed'],
    ['text after a closing quote', 'a\n"x"y,b\n', 2, 'follows a closing quote'],
    ['a quote in the middle of a field', 'a\nx"y,b\n', 2, 'middle of a field'],
  ])('refuses %s with the line', (_case, text, line, reason) => {
    expect(parseCsv(text)).toEqual({ ok: false, line, reason: expect.stringContaining(reason) });
  });
});
