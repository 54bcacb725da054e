/**
 * The vault's recovery key as people write it down and type it back.
 *
 * 256 random bits in Crockford base32: 52 data characters (260 bits, the last
 * 4 always zero), cut into 13 groups of 4 data characters, each followed by a
 * check character: `XXXXX-XXXXX-…` (65 characters).
 *
 * The check character of group g (0-based) with data values v1..v4 is
 * ALPHABET[(1·v1 + 2·v2 + 3·v3 + 4·v4 + g) mod 31]; so it is never `Z`.
 * Because 31 is prime and every weight is below it, within one group it catches:
 * - every single-character substitution, except `0` ↔ `Z` in a data position
 *   (values 0 and 31 are equal mod 31); in the check position, every one;
 * - every swap of two adjacent, different characters, except `0` and `Z`
 *   swapped between two data positions (the sum changes by v_i − v_(i+1));
 *   a swap of the last data character v4 with the check character c is always
 *   caught: it passes only if 5·v4 ≡ 5·c, so v4 = c (no change) or v4 = Z with
 *   c = 0, which would put a `Z` in the check position;
 * - a whole group typed in another group's place, whatever its data: the check
 *   moves by the difference of the positions, 1 to 12, never 0 mod 31.
 * A mistake in the last data character can also show as padding bits that are
 * not zero (so `0` ↔ `Z` there is caught too).
 * Other mistakes (two changed characters in one group) slip through about one time
 * in 31 per group. test/unit/rules/recoveryKey.test.ts proves each claim.
 */

export const RECOVERY_KEY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 32;
export const RECOVERY_KEY_GROUPS = 13;
const DATA_PER_GROUP = 4;
const GROUP_LENGTH = DATA_PER_GROUP + 1;
const DATA_LENGTH = RECOVERY_KEY_GROUPS * DATA_PER_GROUP; // 52
/** Every character of the key, check characters included. */
export const RECOVERY_KEY_LENGTH = RECOVERY_KEY_GROUPS * GROUP_LENGTH; // 65
const CHECK_MODULUS = 31;

export type ParsedRecoveryKey =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; message: string; /** 1-based */ badGroups: number[] };

const valueOf = new Map<string, number>([...RECOVERY_KEY_ALPHABET].map((c, i) => [c, i]));

/** The check character of a group's 4 data values at 0-based position `group`. */
export function checkCharacter(values: readonly number[], group: number): string {
  const sum = values.reduce((total, v, i) => total + (i + 1) * v, group);
  return RECOVERY_KEY_ALPHABET[sum % CHECK_MODULUS]!;
}

/** 32 bytes → the 13 groups of 5 characters printed on the emergency kit. */
export function formatRecoveryKey(bytes: Uint8Array): string[] {
  if (bytes.length !== RECOVERY_KEY_BYTES) {
    throw new RangeError(`A recovery key is ${RECOVERY_KEY_BYTES} bytes, not ${bytes.length}.`);
  }
  const values = toFiveBitValues(bytes);
  const groups: string[] = [];
  for (let g = 0; g < RECOVERY_KEY_GROUPS; g++) {
    const data = values.slice(g * DATA_PER_GROUP, (g + 1) * DATA_PER_GROUP);
    groups.push(data.map((v) => RECOVERY_KEY_ALPHABET[v]).join('') + checkCharacter(data, g));
  }
  return groups;
}

/** The groups as one line: `XXXXX-XXXXX-…`. */
export function recoveryKeyText(groups: readonly string[]): string {
  return groups.join('-');
}

/**
 * Reads a key as typed: any case; spaces, hyphens (any dash) and line breaks
 * ignored; O read as 0, I and L as 1. Says what is wrong in words a person can act on.
 */
export function parseRecoveryKey(text: string): ParsedRecoveryKey {
  const chars = [...normalise(text)];
  if (chars.length === 0) {
    return { ok: false, message: 'Type the recovery key from your emergency kit.', badGroups: [] };
  }
  const strange = chars.map((c, i) => ({ c, i })).filter(({ c }) => !valueOf.has(c));
  if (strange.length > 0) {
    const distinct = [...new Set(strange.map(({ c }) => c))];
    const names = listInWords(distinct.map(showCharacter));
    const badGroups =
      chars.length === RECOVERY_KEY_LENGTH ? unique(strange.map(({ i }) => Math.floor(i / GROUP_LENGTH) + 1)) : [];
    const verb = distinct.length === 1 ? 'is' : 'are';
    return {
      ok: false,
      message: `${names} ${verb} not used in recovery keys: check ${distinct.length === 1 ? 'it' : 'them'} against your emergency kit.`,
      badGroups,
    };
  }
  if (chars.length !== RECOVERY_KEY_LENGTH) {
    return {
      ok: false,
      message: `A recovery key has ${RECOVERY_KEY_LENGTH} characters (${RECOVERY_KEY_GROUPS} groups of ${GROUP_LENGTH}); this has ${chars.length}.`,
      badGroups: [],
    };
  }
  const values = chars.map((c) => valueOf.get(c)!);
  const data: number[] = [];
  const badGroups: number[] = [];
  for (let g = 0; g < RECOVERY_KEY_GROUPS; g++) {
    const group = values.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH);
    const groupData = group.slice(0, DATA_PER_GROUP);
    if (RECOVERY_KEY_ALPHABET[group[DATA_PER_GROUP]!] !== checkCharacter(groupData, g)) badGroups.push(g + 1);
    data.push(...groupData);
  }
  const bytes = fromFiveBitValues(data);
  // The 4 padding bits sit in the last group's last data character.
  if (bytes === null && !badGroups.includes(RECOVERY_KEY_GROUPS)) badGroups.push(RECOVERY_KEY_GROUPS);
  if (badGroups.length > 0 || bytes === null) {
    return { ok: false, message: badGroupsMessage(badGroups), badGroups };
  }
  return { ok: true, bytes };
}

/** Two distinct group numbers (1-based, ascending) to re-type; `random` returns [0, 1). */
export function confirmationGroups(random: () => number): [number, number] {
  const pick = (n: number) => Math.min(n - 1, Math.max(0, Math.floor(random() * n)));
  const first = pick(RECOVERY_KEY_GROUPS) + 1;
  let second = pick(RECOVERY_KEY_GROUPS - 1) + 1;
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}

/**
 * Compares re-typed groups (keyed by 1-based group number) with the key, read
 * as forgivingly as parseRecoveryKey reads. No answers at all is not ok.
 */
export function checkConfirmation(
  groups: readonly string[],
  answers: Readonly<Record<number, string>>,
): { ok: boolean; wrong: number[] } {
  const entries = Object.entries(answers).map(([n, answer]) => [Number(n), answer] as const);
  const wrong = entries
    .filter(([n, answer]) => {
      const expected = Number.isInteger(n) ? groups[n - 1] : undefined;
      return expected === undefined || normalise(answer) !== normalise(expected);
    })
    .map(([n]) => n)
    .sort((a, b) => a - b);
  return { ok: entries.length > 0 && wrong.length === 0, wrong };
}

/**
 * Separators dropped, upper case, Crockford's look-alikes read as digits.
 * Only a–z change case: `ß`.toUpperCase() would be "SS", a key typed wrongly but read as valid.
 */
function normalise(text: string): string {
  return text
    .replace(/[\s\p{Pd}]/gu, '')
    .replace(/[a-z]/g, (c) => c.toUpperCase())
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

function toFiveBitValues(bytes: Uint8Array): number[] {
  const values: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      values.push((buffer >> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) values.push((buffer << (5 - bits)) & 31);
  return values;
}

/** The 32 bytes, or null when the padding bits are not zero. */
function fromFiveBitValues(values: readonly number[]): Uint8Array | null {
  if (values.length !== DATA_LENGTH) return null;
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (const value of values) {
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (buffer >> bits) & 0xff;
      buffer &= (1 << bits) - 1;
    }
  }
  return buffer === 0 ? bytes : null;
}

function badGroupsMessage(groups: readonly number[]): string {
  const names = listInWords(groups.map((g, i) => `${i === 0 ? 'Group' : 'group'} ${g}`));
  return groups.length === 1
    ? `${names} does not look right: check it against your emergency kit.`
    : `${names} do not look right: check them against your emergency kit.`;
}

/** "a", "a and b", "a, b and c". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

function showCharacter(c: string): string {
  return /\p{C}/u.test(c) ? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `"${c}"`;
}

const unique = (ns: number[]): number[] => [...new Set(ns)].sort((a, b) => a - b);
