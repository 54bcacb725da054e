import { describe, expect, it } from 'vitest';
import {
  UPN_LETTERS,
  checkUln,
  checkUpn,
  duplicateUpns,
  isRecognisedLaCode,
  upnCheckLetter,
} from '../../../shared/rules/upn';

const codes = (value: string) => checkUpn(value).errors.map((e) => e.code);

describe('checkUpn: the worked examples (REFERENCE.md §1)', () => {
  it('R201100018042 is valid and permanent', () => {
    expect(checkUpn('R201100018042')).toEqual({ upn: 'R201100018042', temporary: false, errors: [] });
  });

  it('T20110001804V is valid and temporary', () => {
    expect(checkUpn('T20110001804V')).toEqual({ upn: 'T20110001804V', temporary: true, errors: [] });
  });
});

describe('upnCheckLetter', () => {
  it.each([
    ['201100018042', 'R'], // 176 mod 23 = 15
    ['20110001804V', 'T'], // 384 mod 23 = 16
    // Worked by hand (and in Python) from the rule, not from the code under test:
    ['213100018042', 'D'],
    ['380999999999', 'A'],
    ['201123456789', 'P'],
    ['20110001804A', 'N'], // A = 0
    ['20110001804Z', 'Z'], // Z = 22
    ['83512345601A', 'C'],
  ])('%s → %s', (body, letter) => {
    expect(upnCheckLetter(body)).toBe(letter);
  });

  it.each([
    ['', 'empty'],
    ['20110001804', '11 characters'],
    ['2011000180421', '13 characters'],
    ['20110001804I', 'I is not one of the 23 letters'],
    ['20110001804S', 'S is not one of the 23 letters'],
    ['2011000I8042', 'a letter before character 13'],
    ['201 00018042', 'an inner space'],
    ['20110001804v', 'lower case (normalising is checkUpn’s job)'],
  ])('%j: null (%s)', (body) => {
    expect(upnCheckLetter(body)).toBeNull();
  });

  it('catches every change of one digit in the body', () => {
    // Weights 2..13 and digit differences 1..9 are all below the prime 23, so no change is lost.
    const body = '201100018042';
    for (let i = 0; i < 11; i++) {
      for (const d of '0123456789') {
        if (d === body[i]) continue;
        const changed = body.slice(0, i) + d + body.slice(i + 1);
        expect(upnCheckLetter(changed), changed).not.toBe('R');
      }
    }
  });

  it('uses the 23 letters, without I, O and S', () => {
    expect(UPN_LETTERS).toHaveLength(23);
    expect(UPN_LETTERS).not.toMatch(/[IOS]/);
  });
});

describe('checkUpn: each rule alone and in combination', () => {
  it.each([
    // 1500 missing
    ['', ['1500']],
    ['   ', ['1500']],
    ['\t\n', ['1500']],
    // 1510 wrong check letter
    ['T201100018042', ['1510']],
    ['2201100018042', ['1510']], // a digit where the check letter goes
    ['I201100018042', ['1510']], // I is never a check letter
    ['R20110001804', ['1510']], // 12 characters: the length is reported under 1510
    ['R2011000180420', ['1510']], // 14 characters
    ['R', ['1510']],
    // 1530 characters 2–4 not an LA code
    ['H214100018042', ['1530']], // right check letter, 214 is no LA
    ['U00112345678Z', ['1530']],
    // 1540 characters 5–12 not all numeric
    ['R2011000I8042', ['1540']],
    ['R201 10001804', ['1540']], // an inner space is kept, and refused
    // 1550 character 13 not a digit or one of the 23 letters
    ['R20110001804I', ['1550']],
    ['R20110001804S', ['1550']],
    ['R20110001804-', ['1550']],
    // combinations
    ['A214100018042', ['1510', '1530']],
    ['R214X00018042', ['1530', '1540']],
    ['1201X00018042', ['1510', '1540']], // character 1 can never be a check letter
    ['R20110O01804O', ['1540', '1550']],
    ['#999ABCDEFGH!', ['1510', '1530', '1540', '1550']],
    ['R2X1', ['1510', '1530']], // too short, and what is there is wrong
    ['R2011 00018042', ['1510', '1540']], // an inner space makes 14 characters
    ['R214X000180421', ['1510', '1530', '1540']],
    ['R2011000180I?2', ['1510', '1540', '1550']],
  ])('%j → %j', (value, expected) => {
    expect(codes(value)).toEqual(expected);
  });

  it.each([
    ['', '1500: the UPN is missing.'],
    ['T201100018042', '1510: the check letter should be R, not T.'],
    ['2201100018042', '1510: the check letter should be R, not 2.'],
    ['1201X00018042', '1510: character 1 must be a check letter (any letter but I, O and S), not 1.'],
    ['R20110001804', '1510: a UPN has 13 characters; this has 12.'],
    ['R2011 00018042', '1510: a UPN has 13 characters; this has 14, including a space.'],
    ['R20 11 00018042', '1510: a UPN has 13 characters; this has 15, including 2 spaces.'],
    ['H214100018042', '1530: characters 2–4 (“214”) are not a recognised local authority number.'],
    ['R2011000I8042', '1540: characters 5–12 must all be digits, but character 9 is I.'],
    ['R201 1000180O', '1540: characters 5–12 must all be digits, but character 5 is a space.'],
    ['R2011O0I8-042', '1540: characters 5–12 must all be digits, but character 6 is O, character 8 is I and character 10 is “-”.'],
    ['R20110001804O', '1550: character 13 must be a digit or a letter other than I, O and S, not O.'],
  ])('%j says %j', (value, message) => {
    expect(checkUpn(value).errors[0]?.message).toBe(message);
  });

  it('reports every failing rule, each with a message that starts with its code', () => {
    const { errors } = checkUpn('#999ABCDEFGH!');
    expect(errors).toHaveLength(4);
    for (const { code, message } of errors) expect(message.startsWith(`${code}: `)).toBe(true);
  });
});

describe('checkUpn: normalising', () => {
  it.each([
    ['  R201100018042  ', 'R201100018042'],
    ['\tR201100018042\n', 'R201100018042'],
    ['r201100018042', 'R201100018042'],
    [' t20110001804v ', 'T20110001804V'],
  ])('%j is read as %s, valid', (value, upn) => {
    expect(checkUpn(value)).toMatchObject({ upn, errors: [] });
  });

  it('keeps inner spaces: they are part of what was typed, and refused', () => {
    expect(checkUpn(' r201 10001804 ')).toMatchObject({ upn: 'R201 10001804', errors: [{ code: '1540' }] });
  });

  it('upper-cases only a–z, so the length never changes', () => {
    // "ß".toUpperCase() is "SS": a full Unicode upper-case would make this 14 characters.
    expect(checkUpn('r20110001804ß')).toMatchObject({
      upn: 'R20110001804ß',
      errors: [{ code: '1550', message: '1550: character 13 must be a digit or a letter other than I, O and S, not “ß”.' }],
    });
  });
});

describe('checkUpn: temporary', () => {
  it.each([
    ['T20110001804V', true],
    ['N20110001804A', true],
    ['Z20110001804Z', true],
    ['C83512345601A', true],
    ['A20110001804V', true], // wrong check letter, but still meant as a temporary UPN
    ['R201100018042', false],
    ['R20110001804S', false], // S is refused (1550), not a temporary UPN
    ['R2011000180V', false], // 12 characters: not a UPN at all
    ['', false],
  ])('%j → %s', (value, temporary) => {
    expect(checkUpn(value).temporary).toBe(temporary);
  });
});

describe('LA codes (census rule 1530)', () => {
  // Copied from REFERENCE.md §1 as text, so the module's table is checked against the source.
  const REFERENCE_LIST =
    '201–213, 301–320, 330–336, 340–344, 350–359, 370–373, 380–384, 390–394, 420, 660–681, 701–702, 704–708, ' +
    '800–803, 805–808, 810–813, 815–816, 821–823, 825–826, 830–831, 835–841, 845–846, 850–852, 855–857, 860–861, ' +
    '865–874, 876–896, 908–909, 916, 919, 921, 925–926, 928–929, 931, 933, 935–938, 940–943';
  const recognised = new Set<number>();
  for (const item of REFERENCE_LIST.split(', ')) {
    const [from, to = from] = item.split('–').map(Number) as [number, number?];
    for (let n = from; n <= to; n++) recognised.add(n);
  }
  const three = (n: number) => String(n).padStart(3, '0');

  it('agrees with the REFERENCE list on every number from 000 to 999', () => {
    const disagreements = Array.from({ length: 1000 }, (_, n) => n).filter(
      (n) => isRecognisedLaCode(three(n)) !== recognised.has(n),
    );
    expect(disagreements).toEqual([]);
  });

  it.each([
    ['200', false],
    ['201', true],
    ['213', true],
    ['214', false],
    ['300', false],
    ['320', true],
    ['321', false],
    ['419', false],
    ['420', true],
    ['421', false],
    ['702', true],
    ['703', false], // absent from the REFERENCE list
    ['704', true],
    ['804', false],
    ['875', false],
    ['896', true],
    ['939', false],
    ['940', true],
    ['943', true],
    ['944', false],
    ['000', false],
    ['20 ', false],
    ['2O1', false],
    ['2010', false],
  ])('%j → %s', (code, ok) => {
    expect(isRecognisedLaCode(code)).toBe(ok);
  });

  it.each([
    ['200', ['1530']],
    ['201', []],
    ['213', []],
    ['214', ['1530']],
    ['703', ['1530']],
    ['939', ['1530']],
    ['940', []],
    ['941', []],
    ['943', []],
    ['944', ['1530']],
  ])('a UPN from LA %s, with the right check letter → %j', (la, expected) => {
    const body = `${la}100018042`;
    expect(codes(`${upnCheckLetter(body)}${body}`)).toEqual(expected);
  });
});

describe('duplicateUpns', () => {
  it.each([
    [[], []],
    [['R201100018042', 'T20110001804V'], []],
    [['R201100018042', 'R201100018042'], ['R201100018042']],
    [['R201100018042', ' r201100018042 ', 'R201100018042'], ['R201100018042']], // normalised, reported once
    [['R201100018042', 'T20110001804V', 't20110001804v', 'r201100018042'], ['R201100018042', 'T20110001804V']],
    [['', '  ', ''], []], // blanks are 1500, not duplicates
    [['R201 100018042', 'R201100018042'], []], // inner spaces are kept, so these differ
    [['not a upn', 'NOT A UPN'], ['NOT A UPN']], // duplicates are found whatever else is wrong
  ])('%j → %j', (upns, expected) => {
    expect([...duplicateUpns(upns)].sort()).toEqual(expected);
  });
});

describe('checkUln (census rule 1575)', () => {
  it.each([
    '1234567899', // sum 210, r = 1, check 9
    '5000000004', // r = 6, check 4
    '1000000019', // r = 1, check 9
    '2000000001', // r = 9, check 1
    '9999999998', // r = 2, check 8
    '9000000016', // r = 4, check 6
    '1000000000', // r = 10, check 0
    '1111111110', // r = 10, check 0
  ])('%s is valid', (uln) => {
    expect(checkUln(uln)).toBe(true);
  });

  it.each([
    ['1234567898', 'wrong check digit'],
    ['1234567890', 'wrong check digit'],
    ['5000000005', 'wrong check digit'],
    ['0123456789', 'starts with 0'],
    ['0000000000', 'starts with 0'],
    ['123456789', '9 digits'],
    ['12345678990', '11 digits'],
    ['12345678X9', 'a letter'],
    ['12345 67899', 'an inner space'],
    [' 1234567899', 'a leading space (checked as given)'],
    ['1234567899 ', 'a trailing space (checked as given)'],
    ['１２３４５６７８９９', 'full-width digits'],
    ['', 'empty'],
  ])('%j is invalid: %s', (uln) => {
    expect(checkUln(uln)).toBe(false);
  });

  it('refuses every ULN whose remainder r is 0, whatever its last digit', () => {
    // 9·10 + 8·9 + 7·8 + 6·7 + 5·6 + 4·5 + 3·4 + 2·3 + 1·2 = 330 = 30 × 11.
    for (const last of '0123456789') expect(checkUln(`987654321${last}`), last).toBe(false);
  });

  it('accepts exactly one check digit for each 9-digit start with r ≠ 0', () => {
    for (const start of ['123456789', '500000000', '100000000', '314159265', '271828183']) {
      const accepted = [...'0123456789'].filter((d) => checkUln(start + d));
      expect(accepted, start).toHaveLength(1);
    }
  });
});
