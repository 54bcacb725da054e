/**
 * Contact details as a school office types them. Spaces, dashes, dots and
 * brackets are how people write numbers, so they are allowed and ignored.
 */
const phoneSeparators = /[\s\-().]/g;

/** What is wrong with a phone number, or null when it can be dialled from a UK school. */
export function phoneProblem(phone: string): string | null {
  const compact = phone.replace(phoneSeparators, '');
  if (compact === '') return 'Enter a phone number.';
  if (!/^\+?\d+$/.test(compact)) return 'A phone number has only digits, spaces and a leading +.';
  if (compact.startsWith('+44')) {
    return /^\+44[1-9]\d{8,9}$/.test(compact) ? null : 'A UK number after +44 has 9 or 10 digits, without the first 0.';
  }
  if (compact.startsWith('+')) {
    return /^\+[1-9]\d{6,14}$/.test(compact) ? null : 'An international number has 7 to 15 digits after the +.';
  }
  if (!compact.startsWith('0')) return 'Start a UK number with 0, or an international one with +.';
  return /^0\d{9,10}$/.test(compact) ? null : 'A UK phone number has 10 or 11 digits, starting with 0.';
}

/**
 * What is wrong with an email address, or null. Deliberately loose: one @,
 * something either side, a dot in the domain, no spaces. Parents' addresses
 * come in every shape; the check catches slips, not unusual addresses.
 */
export function emailProblem(email: string): string | null {
  const value = email.trim();
  if (value === '') return 'Enter an email address.';
  if (/\s/.test(value)) return 'An email address has no spaces.';
  const parts = value.split('@');
  if (parts.length !== 2) return 'An email address has one @, like name@example.co.uk.';
  const [local = '', domain = ''] = parts;
  if (local === '' || !/^[^.]+(\.[^.]+)+$/.test(domain)) return 'Enter an email address like name@example.co.uk.';
  return null;
}
