import { describe, expect, it } from 'vitest';
import {
  BOM,
  type RegisterExtractRow,
  csvCell,
  registerExtractCsv,
  registerExtractDocumentKinds,
} from '../../../electron/documents/registerExtract';
import { parseCsv } from '../../../shared/rules/csv';

const ava: RegisterExtractRow = {
  upn: 'R201100018042',
  legalSurname: 'Okonjo',
  legalForename: 'Ava',
  dateOfBirth: '2016-03-14',
  ncYear: '5',
  className: '5H',
  eal: false,
  pupilPremium: true,
  fsm: true,
  lookedAfter: false,
  previouslyLookedAfter: true,
  provision: 'K',
  statusSince: '2025-01-06',
  // Out of order on purpose: the columns go by rank, not position.
  needs: [
    { type: 'SPLD', rank: 2 },
    { type: 'SLCN', rank: 1 },
    { type: 'MLD', rank: 3 },
  ],
};
const noSen: RegisterExtractRow = {
  ...ava,
  upn: null,
  legalSurname: 'Begum',
  legalForename: 'Amira',
  ncYear: null,
  className: null,
  eal: true,
  pupilPremium: false,
  fsm: false,
  provision: null,
  statusSince: null,
  needs: [],
};

const HEADER = 'UPN,Legal surname,Legal forename,Date of birth,NC year,Class,SEN provision,SEN status since,Primary need,Secondary need,EAL,Pupil premium,FSM';

/** The file as Excel's reader would split it: BOM dropped, rows of cells. */
function cells(csv: string): string[][] {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.rows.map((r) => r.cells);
}

describe('registerExtractCsv', () => {
  it('writes a BOM, the header and one CRLF-ended line per pupil, in the order given', () => {
    const csv = registerExtractCsv([ava, noSen], {});
    expect(csv).toBe(
      `${BOM}${HEADER}\r\n` +
        'R201100018042,Okonjo,Ava,2016-03-14,5,5H,K,2025-01-06,SLCN,SPLD,N,Y,Y\r\n' +
        ',Begum,Amira,2016-03-14,,,N,,,,Y,N,N\r\n',
    );
    expect(csv.startsWith('\uFEFFUPN,')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('adds the looked-after columns only when asked for', () => {
    const withLac = cells(registerExtractCsv([ava], { includeLookedAfter: true }));
    expect(withLac[0]?.slice(-2)).toEqual(['Looked after', 'Previously looked after']);
    expect(withLac[1]?.slice(-2)).toEqual(['N', 'Y']);
    for (const options of [{}, { includeLookedAfter: false }]) {
      const csv = registerExtractCsv([ava], options);
      expect(csv).not.toMatch(/looked after/i);
      expect(cells(csv)[1]).toHaveLength(13);
    }
  });

  it('writes only the header for an empty register', () => {
    expect(registerExtractCsv([], {})).toBe(`${BOM}${HEADER}\r\n`);
  });

  it.each<[string, Partial<RegisterExtractRow>, string]>([
    ['a comma', { legalSurname: 'Smith, Jones' }, '"Smith, Jones"'],
    ['a double quote', { legalSurname: 'O"Brien' }, '"O""Brien"'],
    ['a line break', { legalSurname: 'Two\nLines' }, '"Two\nLines"'],
    ['a CRLF', { legalSurname: 'Two\r\nLines' }, '"Two\r\nLines"'],
    ['a leading space', { legalSurname: ' Space' }, '" Space"'],
    ['an apostrophe', { legalSurname: 'O’Brien' }, 'O’Brien'],
    ['a plain apostrophe', { legalSurname: "D'Arcy" }, "D'Arcy"],
    ['accents', { legalSurname: 'Zoë Ó Súilleabháin-Łukasz' }, 'Zoë Ó Súilleabháin-Łukasz'],
  ])('quotes %s as RFC 4180 says, and reads back the same', (_name, change, written) => {
    const row = { ...ava, ...change };
    const csv = registerExtractCsv([row], {});
    expect(csv).toContain(`,${written},Ava,`);
    expect(cells(csv)[1]?.[1]).toBe(row.legalSurname);
  });

  it('keeps a hostile name as plain text: nothing in a CSV is markup', () => {
    const csv = registerExtractCsv([{ ...ava, legalForename: '<script>alert("x")</script>' }], {});
    expect(cells(csv)[1]?.[2]).toBe('<script>alert("x")</script>');
  });
});

describe('CSV injection', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil.invalid","Click")', `"'=HYPERLINK(""http://evil.invalid"",""Click"")"`],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['=1,2', `"'=1,2"`],
    [' =1+1', "' =1+1"],
    ['\n=1+1', `"'\n=1+1"`],
    ['\tText', "'\tText"],
  ])('%j is written %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each([
    ['Okonjo', 'Okonjo'],
    ['Smith-Jones', 'Smith-Jones'],
    ['a=b', 'a=b'],
    ['2016-03-14', '2016-03-14'],
    ['', ''],
    ['Mary Smith', 'Mary Smith'],
    ['Ann-Marie', 'Ann-Marie'],
  ])('leaves %j alone: only a leading character starts a formula', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each<[string, Partial<RegisterExtractRow>, number]>([
    ['a surname', { legalSurname: '=HYPERLINK("http://evil.invalid")' }, 1],
    ['a forename', { legalForename: '@cmd' }, 2],
    ['a class', { className: '+1' }, 5],
    ['a UPN', { upn: '-A1' }, 0],
    ['a year', { ncYear: '=2' }, 4],
    ['a need', { needs: [{ type: '=1', rank: 1 }] }, 8],
  ])('neutralises %s in a whole file', (_name, change, column) => {
    const row = cells(registerExtractCsv([{ ...ava, ...change }], {}))[1] ?? [];
    expect(row[column]?.startsWith("'")).toBe(true);
    for (const cell of row) expect(cell).not.toMatch(/^\s*[=+\-@＝＋－＠]|^[\t\r]/);
  });
});

describe('registerExtractDocumentKinds', () => {
  it.each([
    [{}, ['sen-record']],
    [{ includeLookedAfter: false }, ['sen-record']],
    [{ includeLookedAfter: true }, ['sen-record', 'family-social-care']],
  ])('%j → %j', (options, kinds) => {
    expect(registerExtractDocumentKinds(options)).toEqual(kinds);
  });
});
