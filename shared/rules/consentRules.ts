/**
 * When a consent record counts for a disclosure (REFERENCE.md §5: "a consent record says who gave
 * it, when, how, for which recipient and which documents, until when; a withdrawn or expired
 * consent no longer counts") and when a pupil turns 16, the day the records and the right to
 * consent pass from the parents to the young person (REFERENCE §5: "or of the young person from
 * 16"; "the pupil's own from 16"). The Code of Practice's "young person" starts at the end of
 * compulsory school age, which is later; the 16th birthday is the earlier, stricter line for what
 * parents receive without the young person's say, and the one the issue asks for.
 *
 * Decisions where the wording leaves room, each the stricter reading a SENCO would expect:
 * - The expiry day itself does not count: a consent that "expires on 31 July" has ended by
 *   31 July, so a disclosure dated 31 July needs a fresh consent.
 * - A consent with any withdrawal date never counts again, whatever that date: withdrawing is
 *   final, and a withdrawal recorded with a later date than the disclosure is still a withdrawal
 *   the school knows about.
 * - A consent given after the disclosure date does not count: consent must come first.
 * - Before the 16th birthday only a parent's consent counts; from it only the young person's. A
 *   parent's consent given before the birthday stops counting on it, even if not yet expired.
 * - Dates are calendar dates (`YYYY-MM-DD`): no time zone can move a birthday or an expiry.
 */
import type { ConsentGiver, ConsentRecord, DocumentKind, RecipientKind } from '../domain/disclosure';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The 16th birthday of a pupil born on `dateOfBirth`. Someone born on 29 February turns 16 on
 * 1 March in a year that has no 29 February: the day after 28 February is the first day on which
 * sixteen full years have passed (the rule written down in the Age of Legal Capacity (Scotland)
 * Act 1991 s.6, and the usual practice in England). Sixteen years after a leap year is itself a
 * leap year except across a century that is not (2100), so this is rare, but it must not throw.
 */
export function sixteenthBirthday(dateOfBirth: string): string {
  if (!isCalendarDate(dateOfBirth)) throw new RangeError(`Not a calendar date: ${JSON.stringify(dateOfBirth)}.`);
  const year = Number(dateOfBirth.slice(0, 4)) + 16;
  const monthDay = dateOfBirth.slice(5);
  const shifted = monthDay === '02-29' && !isLeapYear(year) ? '03-01' : monthDay;
  return `${String(year).padStart(4, '0')}-${shifted}`;
}

/** True on and after the 16th birthday. ISO dates compare as strings. */
export function isSixteenOrOver(dateOfBirth: string, date: string): boolean {
  return date >= sixteenthBirthday(dateOfBirth);
}

/** Who may consent for a pupil on `date`: the parents until the 16th birthday, then the young person. */
export function consentGiverOn(dateOfBirth: string, date: string): ConsentGiver {
  return isSixteenOrOver(dateOfBirth, date) ? 'young-person' : 'parent';
}

/** Why a consent does not count on `date`, or null when it is in force. */
export function consentNotInForce(consent: ConsentRecord, date: string): string | null {
  if (consent.withdrawnOn !== undefined) return `it was withdrawn on ${consent.withdrawnOn}`;
  if (consent.givenOn > date) return `it was given on ${consent.givenOn}, after the date of this disclosure`;
  // The end date is the last day it counts, as the consent form asks it and as a family reads "until 31 July".
  if (consent.expiresOn !== undefined && consent.expiresOn < date) return `it ran only until ${consent.expiresOn}`;
  return null;
}

/** True when the consent is about this pupil and names both this recipient kind and this document kind. */
export function consentCovers(
  consent: ConsentRecord,
  pupilId: string,
  recipientKind: RecipientKind,
  documentKind: DocumentKind,
): boolean {
  return (
    consent.pupilId === pupilId &&
    consent.recipientKinds.includes(recipientKind) &&
    consent.documentKinds.includes(documentKind)
  );
}

export interface ConsentSearch {
  pupilId: string;
  dateOfBirth: string;
  date: string;
  recipientKind: RecipientKind;
  documentKind: DocumentKind;
}

/**
 * The consent that lets this document go to this recipient on this date, or null. It must cover
 * both kinds, be in force, and be given by whoever may consent on that date.
 */
export function findCountingConsent(consents: readonly ConsentRecord[], search: ConsentSearch): ConsentRecord | null {
  const giver = consentGiverOn(search.dateOfBirth, search.date);
  return (
    consents.find(
      (c) =>
        c.givenBy === giver &&
        consentCovers(c, search.pupilId, search.recipientKind, search.documentKind) &&
        consentNotInForce(c, search.date) === null,
    ) ?? null
  );
}

/**
 * A sentence on why the nearest consent on file does not count, so the SENCO knows what to ask
 * for: one that covers the disclosure but is not in force, or one given by the wrong person.
 */
export function whyNoConsentCounts(consents: readonly ConsentRecord[], search: ConsentSearch): string | null {
  const covering = consents.filter((c) =>
    consentCovers(c, search.pupilId, search.recipientKind, search.documentKind),
  );
  const giver = consentGiverOn(search.dateOfBirth, search.date);
  const byGiver = covering.find((c) => c.givenBy === giver);
  if (byGiver) {
    const why = consentNotInForce(byGiver, search.date);
    if (why) return `The consent on file given on ${byGiver.givenOn} does not count because ${why}.`;
  }
  if (covering.some((c) => c.givenBy !== giver)) {
    return giver === 'young-person'
      ? 'The pupil is now 16 or over, so a parent’s consent no longer counts: only the young person can consent.'
      : 'The pupil is under 16, so the consent must come from a parent, not from the pupil.';
  }
  return null;
}
