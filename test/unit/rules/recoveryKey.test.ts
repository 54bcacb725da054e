import { describe, expect, it } from 'vitest';
import {
  RECOVERY_KEY_ALPHABET as ALPHABET,
  checkCharacter,
  checkConfirmation,
  confirmationGroups,
  formatRecoveryKey,
  parseRecoveryKey,
  recoveryKeyText,
} from '../../../shared/rules/recoveryKey';

/** mulberry32: a small seeded PRNG, so every run sees the same "random" keys. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randomKey = (random: () => number): Uint8Array =>
  Uint8Array.from({ length: 32 }, () => Math.floor(random() * 256));

const ZERO_KEY = new Uint8Array(32);
const ZERO_TEXT = '00000-00001-00002-00003-00004-00005-00006-00007-00008-00009-0000A-0000B-0000C';
const ZERO_GROUPS = ZERO_TEXT.split('-');

/** A group is accepted when its 5th character is the check of its first 4 at that position. */
const groupAccepted = (values: readonly number[], g: number): boolean =>
  ALPHABET[values[4]!] === checkCharacter(values.slice(0, 4), g);

const withCheck = (data: number[], g: number): number[] => [...data, ALPHABET.indexOf(checkCharacter(data, g))];

const replaceAt = (text: string, index: number, c: string): string => text.slice(0, index) + c + text.slice(index + 1);

describe('formatRecoveryKey', () => {
  it.each([
    ['all zero', ZERO_KEY, ZERO_TEXT],
    [
      'all 0xFF',
      new Uint8Array(32).fill(0xff),
      // 51 × Z (31), then one 1-bit with 4 zero padding bits: G (16).
      'ZZZZ0-ZZZZ1-ZZZZ2-ZZZZ3-ZZZZ4-ZZZZ5-ZZZZ6-ZZZZ7-ZZZZ8-ZZZZ9-ZZZZA-ZZZZB-ZZZGE',
    ],
    [
      'only the first bit',
      Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 0x80 : 0)),
      // G = 16; check (1·16 + 0) mod 31 = 16 = G.
      'G000G-00001-00002-00003-00004-00005-00006-00007-00008-00009-0000A-0000B-0000C',
    ],
    [
      'only the last bit',
      Uint8Array.from({ length: 32 }, (_, i) => (i === 31 ? 0x01 : 0)),
      // The 256th bit leads the 52nd character: G; check (4·16 + 12) mod 31 = 14 = E.
      '00000-00001-00002-00003-00004-00005-00006-00007-00008-00009-0000A-0000B-000GE',
    ],
  ])('%s', (_name, bytes, text) => {
    const groups = formatRecoveryKey(bytes);
    expect(recoveryKeyText(groups)).toBe(text);
    expect(parseRecoveryKey(text)).toEqual({ ok: true, bytes });
  });

  it.each([0, 16, 31, 33])('refuses %i bytes', (length) => {
    expect(() => formatRecoveryKey(new Uint8Array(length))).toThrow(RangeError);
  });

  it('round-trips 500 random keys, in 13 groups of 5 from the alphabet, never a Z check', () => {
    const random = seeded(20261129);
    for (let n = 0; n < 500; n++) {
      const bytes = randomKey(random);
      const groups = formatRecoveryKey(bytes);
      expect(groups).toHaveLength(13);
      for (const group of groups) expect(group).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}[0-9A-HJKMNP-TV-Y]$/);
      const parsed = parseRecoveryKey(recoveryKeyText(groups));
      expect(parsed).toEqual({ ok: true, bytes });
    }
  });
});

describe('parseRecoveryKey reads a key as people type it', () => {
  const groups = formatRecoveryKey(randomKey(seeded(7)));
  const text = recoveryKeyText(groups);
  it.each([
    ['lower case', text.toLowerCase()],
    ['spaces', groups.join(' ')],
    ['no separators', groups.join('')],
    ['line breaks and tabs', `${groups.slice(0, 7).join(' ')}\r\n\t${groups.slice(7).join(' ')}\n`],
    ['dashes from a word processor', groups.join(' – ')],
    ['extra spaces and hyphens', ` ${groups.join(' - - ')} `],
  ])('%s', (_name, typed) => {
    expect(parseRecoveryKey(typed)).toEqual(parseRecoveryKey(text));
    expect(parseRecoveryKey(typed).ok).toBe(true);
  });

  it.each([
    ['O and o read as 0', ZERO_TEXT.replace(/0/g, (_, i: number) => (i % 2 ? 'O' : 'o'))],
    ['L read as 1', ZERO_TEXT.replace('00001', 'oOo0L')],
    ['i read as 1', ZERO_TEXT.replace('00001', '0000i')],
  ])('%s', (_name, typed) => {
    expect(parseRecoveryKey(typed)).toEqual({ ok: true, bytes: ZERO_KEY });
  });

  it('reads I, i, L and l as the digit 1 wherever it stands', () => {
    const ones = formatRecoveryKey(Uint8Array.from({ length: 32 }, () => 0b00001000)); // 00001 00010 00100 01000 10000 ...
    expect(recoveryKeyText(ones)).toMatch(/1/);
    const typed = recoveryKeyText(ones).replace(/1/g, (_, i: number) => 'IiLl'[i % 4]!);
    expect(typed).not.toMatch(/1/);
    expect(parseRecoveryKey(typed)).toEqual(parseRecoveryKey(recoveryKeyText(ones)));
    expect(parseRecoveryKey(typed).ok).toBe(true);
  });
});

describe('parseRecoveryKey says what is wrong', () => {
  const group4and9 = ZERO_GROUPS.map((g, i) => (i === 3 || i === 8 ? `0001${g[4]}` : g)).join('-');
  const wrongPadding = [...ZERO_GROUPS.slice(0, 12), `0001${checkCharacter([0, 0, 0, 1], 12)}`].join('-');
  it.each([
    ['nothing typed', '', 'Type the recovery key from your emergency kit.', []],
    ['only separators', ' -\n- ', 'Type the recovery key from your emergency kit.', []],
    [
      'a U in group 4',
      replaceAt(ZERO_TEXT, 3 * 6 + 2, 'U'),
      '"U" is not used in recovery keys: check it against your emergency kit.',
      [4],
    ],
    [
      'a u and a ! in groups 2 and 13',
      replaceAt(replaceAt(ZERO_TEXT, 6, 'u'), 12 * 6 + 4, '!'),
      '"U" and "!" are not used in recovery keys: check them against your emergency kit.',
      [2, 13],
    ],
    ['the same strange letter twice', 'UU', '"U" is not used in recovery keys: check it against your emergency kit.', []],
    ['an invisible character', `${ZERO_TEXT}\u200b`, 'U+200B is not used in recovery keys: check it against your emergency kit.', []],
    ['a German sharp s', replaceAt(ZERO_TEXT, 0, 'ß'), '"ß" is not used in recovery keys', [1]],
    ['12 groups', ZERO_GROUPS.slice(0, 12).join('-'), 'A recovery key has 65 characters (13 groups of 5); this has 60.', []],
    ['one character short', ZERO_TEXT.slice(0, -1), 'A recovery key has 65 characters (13 groups of 5); this has 64.', []],
    ['one character more', `${ZERO_TEXT}0`, 'A recovery key has 65 characters (13 groups of 5); this has 66.', []],
    ['the data without checks', ZERO_GROUPS.map((g) => g.slice(0, 4)).join(''), 'this has 52.', []],
    ['group 4 and group 9', group4and9, 'Group 4 and group 9 do not look right: check them against your emergency kit.', [4, 9]],
    ['group 2', replaceAt(ZERO_TEXT, 6, '1'), 'Group 2 does not look right: check it against your emergency kit.', [2]],
    [
      'three groups',
      replaceAt(replaceAt(replaceAt(ZERO_TEXT, 0, '1'), 6, '1'), 12, '1'),
      'Group 1, group 2 and group 3 do not look right: check them against your emergency kit.',
      [1, 2, 3],
    ],
    ['padding bits that are not zero', wrongPadding, 'Group 13 does not look right', [13]],
    ['a check character Z', replaceAt(ZERO_TEXT, 4, 'Z'), 'Group 1 does not look right', [1]],
  ])('%s', (_name, typed, message, badGroups) => {
    const parsed = parseRecoveryKey(typed);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toContain(message);
    expect(parsed.badGroups).toEqual(badGroups);
  });
});

describe('the check character', () => {
  const random = seeded(31);
  const context = (): number[] => Array.from({ length: 4 }, () => Math.floor(random() * 32));

  it('catches every single substitution in a group except 0 ↔ Z in a data position (exhaustive)', () => {
    let undetected = 0;
    for (let g = 0; g < 13; g++) {
      for (let position = 0; position < 5; position++) {
        for (let from = 0; from < 32; from++) {
          const data = context();
          if (position < 4) data[position] = from;
          const group = withCheck(data, g);
          if (position === 4 && group[4] !== from) continue; // the check position holds what the data dictates
          for (let to = 0; to < 32; to++) {
            if (to === from) continue;
            const typed = [...group];
            typed[position] = to;
            const wrap = position < 4 && Math.abs(to - from) === 31;
            expect(groupAccepted(typed, g), `g${g} p${position} ${ALPHABET[from]}→${ALPHABET[to]}`).toBe(wrap);
            if (wrap) undetected++;
          }
        }
      }
    }
    expect(undetected).toBe(13 * 4 * 2);
  });

  it('catches every substitution of the check character itself', () => {
    for (let g = 0; g < 13; g++) {
      for (let n = 0; n < 50; n++) {
        const group = withCheck(context(), g);
        for (let to = 0; to < 32; to++) {
          if (to !== group[4]) expect(groupAccepted([...group.slice(0, 4), to], g)).toBe(false);
        }
      }
    }
  });

  it('catches every adjacent transposition of data characters except 0 and Z (exhaustive)', () => {
    for (let g = 0; g < 13; g++) {
      for (let position = 0; position < 3; position++) {
        for (let a = 0; a < 32; a++) {
          for (let b = 0; b < 32; b++) {
            const data = context();
            data[position] = a;
            data[position + 1] = b;
            const typed = withCheck(data, g);
            [typed[position], typed[position + 1]] = [b, a];
            const unchanged = a === b;
            const wrap = Math.abs(a - b) === 31;
            expect(groupAccepted(typed, g), `g${g} p${position} ${ALPHABET[a]}${ALPHABET[b]}`).toBe(unchanged || wrap);
          }
        }
      }
    }
  });

  it('catches every transposition of the last data character and the check character (exhaustive)', () => {
    const checks = new Set<number>();
    for (let g = 0; g < 13; g++) {
      for (let v1 = 0; v1 < 32; v1++) {
        for (let v4 = 0; v4 < 32; v4++) {
          const group = withCheck([v1, ...context().slice(1, 3), v4], g);
          const check = group[4]!;
          checks.add(check);
          const typed = [...group.slice(0, 3), check, v4];
          expect(groupAccepted(typed, g), `g${g} ${ALPHABET[v4]}${ALPHABET[check]}`).toBe(v4 === check);
        }
      }
    }
    expect(checks.size).toBe(31); // every check value was swapped with every data value
  });

  it('names exactly the group with one substituted character in a whole key', () => {
    const random = seeded(1);
    for (let n = 0; n < 3; n++) {
      const text = recoveryKeyText(formatRecoveryKey(randomKey(random)));
      for (let index = 0; index < text.length; index++) {
        if (text[index] === '-') continue;
        const group = Math.floor(index / 6) + 1;
        const dataPosition = index % 6 < 4;
        for (const c of ALPHABET) {
          if (c === text[index]) continue;
          const parsed = parseRecoveryKey(replaceAt(text, index, c));
          const wrap = dataPosition && `${c}${text[index]}`.split('').sort().join('') === '0Z';
          // The last data character also carries the padding bits, which catch 0 ↔ Z there.
          const lastCharacter = index === text.length - 2;
          if (wrap && !lastCharacter) {
            expect(parsed.ok).toBe(true);
          } else {
            expect(parsed, `${index} → ${c}`).toMatchObject({ ok: false, badGroups: [group] });
          }
        }
      }
    }
  });

  it('catches any two groups typed in each other’s place, even with the same data', () => {
    const random = seeded(2);
    for (let n = 0; n < 20; n++) {
      const groups = formatRecoveryKey(randomKey(random));
      for (let i = 0; i < 13; i++) {
        for (let j = i + 1; j < 13; j++) {
          const swapped = [...groups];
          [swapped[i], swapped[j]] = [groups[j]!, groups[i]!];
          expect(parseRecoveryKey(recoveryKeyText(swapped))).toMatchObject({ ok: false, badGroups: [i + 1, j + 1] });
        }
      }
    }
  });

  it('catches a group typed twice in place of the next', () => {
    const groups = formatRecoveryKey(randomKey(seeded(3)));
    const doubled = [...groups.slice(0, 5), groups[4]!, ...groups.slice(6)];
    expect(parseRecoveryKey(recoveryKeyText(doubled))).toMatchObject({ ok: false, badGroups: [6] });
  });
});

describe('confirmationGroups', () => {
  const sequence =
    (...values: number[]) =>
    () =>
      values.shift() ?? 0;

  it.each([
    [[0, 0], [1, 2]],
    [[0.999, 0.999], [12, 13]],
    [[0.5, 0.5], [7, 8]],
    [[0.5, 0.4], [5, 7]],
    [[0.99, 0], [1, 13]],
    // A generator that strays out of [0, 1) still gives two valid groups.
    [[1, 1], [12, 13]],
    [[-0.5, 2], [1, 13]],
  ])('%j → %j', (values, expected) => {
    expect(confirmationGroups(sequence(...values))).toEqual(expected);
  });

  it('gives every pair of groups the same chance', () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 13; i++) {
      for (let j = 0; j < 12; j++) {
        const [a, b] = confirmationGroups(sequence((i + 0.5) / 13, (j + 0.5) / 12));
        expect(a).toBeGreaterThanOrEqual(1);
        expect(b).toBeLessThanOrEqual(13);
        expect(a).toBeLessThan(b);
        seen.set(`${a}-${b}`, (seen.get(`${a}-${b}`) ?? 0) + 1);
      }
    }
    expect(seen.size).toBe(78); // 13 choose 2
    expect(new Set(seen.values())).toEqual(new Set([2]));
  });
});

describe('checkConfirmation', () => {
  const groups = formatRecoveryKey(Uint8Array.from({ length: 32 }, (_, i) => i * 8));
  const g = (n: number) => groups[n - 1]!;
  it.each([
    ['both right', { 3: g(3), 11: g(11) }, true, []],
    ['typed forgivingly', { 3: ` ${g(3).toLowerCase()} `, 11: g(11).split('').join('-') }, true, []],
    ['0 typed as O, 1 as l', { 1: g(1).replace(/0/g, 'O').replace(/1/g, 'l') }, true, []],
    ['one wrong', { 3: g(3), 11: g(12) }, false, [11]],
    ['both wrong, listed in order', { 11: '', 3: 'ABCDE' }, false, [3, 11]],
    ['check character left off', { 3: g(3).slice(0, 4) }, false, [3]],
    ['a group the key does not have', { 14: g(13), 0: g(1) }, false, [0, 14]],
    ['nothing answered', {}, false, []],
  ])('%s', (_name, answers, ok, wrong) => {
    expect(checkConfirmation(groups, answers)).toEqual({ ok, wrong });
  });

  it('takes answers keyed by the strings the IPC contract carries', () => {
    const answers = JSON.parse(JSON.stringify({ 5: g(5), 9: 'nope' })) as Record<string, string>;
    expect(checkConfirmation(groups, answers)).toEqual({ ok: false, wrong: [9] });
  });
});
