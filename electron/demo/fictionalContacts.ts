import type { Random } from './random';
import { streets, towns } from './peopleTexts';

/**
 * Phone numbers, email addresses and home addresses that look real on screen
 * but can never reach anyone, so a demo vault or a screenshot shared by mistake
 * dials or mails no real person:
 * - phones from Ofcom's ranges kept for drama (07700 900000–900999 for mobiles,
 *   0113 496 0000–0999 and 020 7946 0000–0999 for landlines);
 * - email at example.com and example.org, reserved by RFC 2606;
 * - made-up streets in made-up towns, with postcodes in "NS", which is no UK
 *   postcode area.
 */
const three = (rnd: Random) => String(rnd.int(0, 999)).padStart(3, '0');

export const mobilePhone = (rnd: Random): string => `07700 900${three(rnd)}`;
export const homePhone = (rnd: Random): string => `0113 496 0${three(rnd)}`;
export const workPhone = (rnd: Random): string => (rnd.chance(0.5) ? `020 7946 0${three(rnd)}` : `0113 496 0${three(rnd)}`);

/** Letters and digits only: accents dropped, apostrophes and spaces gone (ł and ø have no decomposition, so they go too). */
function mailPart(name: string): string {
  return name.normalize('NFD').toLowerCase().replace(/[^a-z0-9-]/g, '');
}

export function email(forename: string, surname: string, rnd: Random, domain?: string): string {
  const first = mailPart(forename) || 'parent';
  const last = mailPart(surname) || 'family';
  const at = domain ?? (rnd.chance(0.6) ? 'example.com' : 'example.org');
  const local = rnd.weighted([
    [`${first}.${last}`, 5],
    [`${first}${last}${rnd.int(1, 99)}`, 2],
    [`${first[0]}${last}`, 2],
    [`${last}.family`, 1],
  ] as const);
  return `${local}@${at}`;
}

const postcodeLetters = 'ABDEFGHJLNPQRSTUWXYZ';

export function address(rnd: Random): string {
  const letter = () => postcodeLetters[rnd.int(0, postcodeLetters.length - 1)]!;
  const flat = rnd.chance(0.15) ? `Flat ${rnd.int(1, 24)}, ` : '';
  const postcode = `NS${rnd.int(1, 19)} ${rnd.int(1, 9)}${letter()}${letter()}`;
  return `${flat}${rnd.int(1, 140)} ${rnd.pick(streets)}, ${rnd.pick(towns)}, ${postcode}`;
}
