import { UPN_LA_CODE_RANGES, UPN_LETTERS, upnCheckLetter } from '../../shared/rules/upn';
import type { Random } from './random';

/**
 * UPNs and ULNs for the synthetic school, valid by REFERENCE.md §1 (the check
 * letter from shared/rules/upn.ts) and unique across the school.
 *
 * A UPN is allocated by the first school in England a child attends and never
 * changes: characters 2–4 are that school's LA, 5–8 its establishment number, 9–10
 * the year of allocation, 11–13 a serial. So a pupil who started in this school's
 * Reception, or arrived from abroad, carries this school's LA and number; a pupil
 * who joined from another school carries that school's.
 */
export interface Establishment {
  la: string;
  number: string;
}

/** A recognised LA code, drawn from REFERENCE.md's list. */
export function laCode(rnd: Random): string {
  const [from, to] = rnd.pick(UPN_LA_CODE_RANGES);
  return String(rnd.int(from!, to!));
}

export class Identifiers {
  private readonly taken = new Set<string>();
  private readonly serials = new Map<string, number>();
  /** Primary schools that send pupils at 11, mostly in the same LA. */
  private readonly feeders: Establishment[];

  constructor(
    readonly school: Establishment,
    private readonly rnd: Random,
  ) {
    this.feeders = Array.from({ length: 8 }, () => ({ la: school.la, number: String(rnd.pick([2, 3, 5]) * 1000 + rnd.int(1, 999)) }));
  }

  /** Another school a joiner came from: a feeder primary, or now and then one in another LA. */
  otherSchool(): Establishment {
    if (this.rnd.chance(0.12)) return { la: laCode(this.rnd), number: String(this.rnd.int(2000, 5999)) };
    return this.rnd.pick(this.feeders);
  }

  /** A UPN this school allocates, with the next serial for the year. */
  allocate(calendarYear: number): string {
    const prefix = `${this.school.la}${this.school.number}${String(calendarYear % 100).padStart(2, '0')}`;
    for (;;) {
      const serial = (this.serials.get(prefix) ?? 0) + 1;
      this.serials.set(prefix, serial);
      if (serial > 999) throw new RangeError('More than 999 UPNs allocated in one year.');
      const upn = this.claim(`${prefix}${String(serial).padStart(3, '0')}`);
      if (upn) return upn;
    }
  }

  /** A UPN another school allocated in the year the pupil started school. */
  fromSchool(school: Establishment, calendarYear: number): string {
    const prefix = `${school.la}${school.number}${String(calendarYear % 100).padStart(2, '0')}`;
    for (;;) {
      const upn = this.claim(`${prefix}${String(this.rnd.int(1, 999)).padStart(3, '0')}`);
      if (upn) return upn;
    }
  }

  /**
   * A temporary UPN, as a school gives a pupil whose UPN has not arrived yet: the
   * serial ends in a letter instead of a digit.
   */
  temporary(calendarYear: number): string {
    const prefix = `${this.school.la}${this.school.number}${String(calendarYear % 100).padStart(2, '0')}`;
    for (;;) {
      const upn = this.claim(`${prefix}${String(this.rnd.int(0, 99)).padStart(2, '0')}${this.rnd.pick([...UPN_LETTERS])}`);
      if (upn) return upn;
    }
  }

  /** A Unique Learner Number: 10 digits, first not 0, check digit as census rule 1575. */
  uln(): string {
    for (;;) {
      const digits = [this.rnd.int(1, 9), ...Array.from({ length: 8 }, () => this.rnd.int(0, 9))];
      const r = digits.reduce((sum, d, i) => sum + d * (10 - i), 0) % 11;
      if (r === 0) continue;
      const uln = `${digits.join('')}${10 - r}`; // r is 1..10, so 10 − r is one digit
      if (this.taken.has(uln)) continue;
      this.taken.add(uln);
      return uln;
    }
  }

  private claim(body: string): string | null {
    const letter = upnCheckLetter(body);
    if (letter === null) throw new Error(`Not a UPN body: ${body}`);
    const upn = `${letter}${body}`;
    if (this.taken.has(upn)) return null;
    this.taken.add(upn);
    return upn;
  }
}
