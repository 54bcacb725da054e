/**
 * Unique Pupil Numbers (UPN) and Unique Learner Numbers (ULN), checked the way the
 * School Census checks them (REFERENCE.md §1), with census error codes in the messages.
 *
 * A UPN is 13 characters: a check letter, the LA number (2–4), the establishment (5–8),
 * a year (9–10) and a serial (11–13). A temporary UPN ends in a letter instead of a digit.
 *
 * Decisions where the census rules leave room:
 * - Length. The census has no code of its own for a UPN that is not 13 characters long;
 *   its check letter cannot be verified, so it is reported as 1510 ("a UPN has 13
 *   characters; this has 12"). The positional rules still report what they can see:
 *   1530 when characters 2–4 are all there, 1540 for any character present in 5–12 that
 *   is not a digit, 1550 when there is a 13th character. A missing character is the
 *   length error's to report, not theirs.
 * - The check letter is computed only over a well-formed body: digits in 2–12 and a digit
 *   or one of the 23 letters in 13 (the data standard gives no value to anything else).
 *   Over any other body 1510 is reported only when character 1 could never be a check
 *   letter (a digit, I, O, S, a symbol); otherwise it cannot be judged until 1530/1540/1550
 *   are put right, and those errors already make the UPN invalid.
 * - Only ASCII a–z are upper-cased: a UPN is plain ASCII, and full Unicode upper-casing can
 *   change the length ("ß" → "SS") or turn a look-alike into an accepted letter.
 */

/** Check letters and the temporary final letter: no I, O or S. Valued 0..22 in this order. */
export const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';
export const UPN_LENGTH = 13;

export type UpnErrorCode = '1500' | '1510' | '1530' | '1540' | '1550';
export interface UpnError {
  code: UpnErrorCode;
  message: string;
}
export interface UpnCheck {
  /** The value as checked: ends trimmed, a–z upper-cased, inner spaces kept. */
  upn: string;
  /** Ends in one of the 23 letters: to be replaced as soon as the real UPN is known. */
  temporary: boolean;
  /** Every failing rule, in code order; empty means valid. */
  errors: UpnError[];
}

/**
 * LA numbers a UPN may carry in characters 2–4 (census rule 1530), inclusive ranges.
 * Old codes stay valid: a UPN never changes when an authority is reorganised.
 * This is REFERENCE.md §1's list exactly (so 703 is not in it).
 */
export const UPN_LA_CODE_RANGES: readonly (readonly [number, number])[] = [
  [201, 213], [301, 320], [330, 336], [340, 344], [350, 359], [370, 373], [380, 384], [390, 394],
  [420, 420], [660, 681], [701, 702], [704, 708], [800, 803], [805, 808], [810, 813], [815, 816],
  [821, 823], [825, 826], [830, 831], [835, 841], [845, 846], [850, 852], [855, 857], [860, 861],
  [865, 874], [876, 896], [908, 909], [916, 916], [919, 919], [921, 921], [925, 926], [928, 929],
  [931, 931], [933, 933], [935, 938], [940, 943],
];

/** True for three digits that make a recognised LA number. */
export function isRecognisedLaCode(code: string): boolean {
  if (!/^[0-9]{3}$/.test(code)) return false;
  const n = Number(code);
  return UPN_LA_CODE_RANGES.some(([from, to]) => n >= from && n <= to);
}

const DIGIT = /^[0-9]$/;
const WELL_FORMED_BODY = new RegExp(`^[0-9]{11}[0-9${UPN_LETTERS}]$`);
const isUpnLetter = (c: string | undefined): boolean => c !== undefined && c.length === 1 && UPN_LETTERS.includes(c);

/**
 * The check letter for characters 2–13 of a UPN, or null when they are not a well-formed
 * body (11 digits, then a digit or one of the 23 letters).
 * Letter = UPN_LETTERS[(Σ value(character p) × p, p = 2..13) mod 23].
 */
export function upnCheckLetter(body12: string): string | null {
  if (!WELL_FORMED_BODY.test(body12)) return null;
  let sum = 0;
  for (let i = 0; i < body12.length; i++) {
    const c = body12[i]!;
    const value = DIGIT.test(c) ? Number(c) : UPN_LETTERS.indexOf(c);
    sum += value * (i + 2); // body index 0 is UPN position 2
  }
  return UPN_LETTERS[sum % 23]!;
}

/** Trims the ends and upper-cases a–z; never touches inner spaces. */
export function normaliseUpn(value: string): string {
  return value.trim().replace(/[a-z]/g, (c) => c.toUpperCase());
}

export function checkUpn(value: string): UpnCheck {
  const upn = normaliseUpn(value);
  if (upn === '') return { upn, temporary: false, errors: [{ code: '1500', message: '1500: the UPN is missing.' }] };

  // Characters, not UTF-16 units: a stray emoji counts once, as a person sees it.
  const chars = Array.from(upn);
  const at = (position: number): string | undefined => chars[position - 1];
  const errors: UpnError[] = [];

  if (chars.length !== UPN_LENGTH) {
    const spaces = chars.filter((c) => c === ' ').length;
    const including = spaces === 0 ? '' : `, including ${spaces === 1 ? 'a space' : `${spaces} spaces`}`;
    errors.push({ code: '1510', message: `1510: a UPN has 13 characters; this has ${chars.length}${including}.` });
  } else {
    const first = chars[0]!;
    const expected = upnCheckLetter(chars.slice(1).join(''));
    if (expected !== null && first !== expected) {
      errors.push({ code: '1510', message: `1510: the check letter should be ${expected}, not ${show(first)}.` });
    } else if (expected === null && !isUpnLetter(first)) {
      errors.push({
        code: '1510',
        message: `1510: character 1 must be a check letter (any letter but I, O and S), not ${show(first)}.`,
      });
    }
  }

  if (chars.length >= 4) {
    const la = chars.slice(1, 4).join('');
    if (!isRecognisedLaCode(la)) {
      const message = `1530: characters 2–4 (“${la}”) are not a recognised local authority number.`;
      errors.push({ code: '1530', message });
    }
  }

  const notDigits: string[] = [];
  for (let p = 5; p <= 12; p++) {
    const c = at(p);
    if (c !== undefined && !DIGIT.test(c)) notDigits.push(`character ${p} is ${show(c)}`);
  }
  if (notDigits.length > 0) {
    errors.push({ code: '1540', message: `1540: characters 5–12 must all be digits, but ${listInWords(notDigits)}.` });
  }

  const last = at(13);
  if (last !== undefined && !DIGIT.test(last) && !isUpnLetter(last)) {
    errors.push({
      code: '1550',
      message: `1550: character 13 must be a digit or a letter other than I, O and S, not ${show(last)}.`,
    });
  }

  return { upn, temporary: chars.length === UPN_LENGTH && isUpnLetter(last), errors };
}

/**
 * The UPNs that occur more than once (census rule 1520 is found by a service over the
 * whole school; this is its pure part). Compared as checkUpn normalises them, so
 * " r201100018042" and "R201100018042" are the same pupil number; blanks are not UPNs
 * (that is 1500) and never count as duplicates. Returns the normalised forms.
 */
export function duplicateUpns(upns: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const value of upns) {
    const upn = normaliseUpn(value);
    if (upn === '') continue;
    if (seen.has(upn)) duplicates.add(upn);
    else seen.add(upn);
  }
  return duplicates;
}

/**
 * Unique Learner Number (census rule 1575): 10 digits, the first not 0. With weights
 * 10, 9, …, 2 on digits 1–9, r = sum mod 11; r = 0 is never valid, otherwise digit 10
 * must be 10 − r. The value is checked exactly as given (no trimming): the result is a
 * yes or no, so a caller that accepted "1234567899 " would store the space too.
 */
export function checkUln(value: string): boolean {
  if (!/^[1-9][0-9]{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(value[i]) * (10 - i);
  const r = sum % 11;
  return r !== 0 && Number(value[9]) === 10 - r;
}

/** A character as a message shows it: letters and digits bare, the rest in words or quotes. */
function show(c: string): string {
  if (/^[A-Z0-9]$/.test(c)) return c;
  if (c === ' ') return 'a space';
  return `“${c}”`;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
