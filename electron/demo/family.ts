import type { ContactFields } from '../db/repositories/contacts';
import { address, email, homePhone, mobilePhone, workPhone } from './fictionalContacts';
import { type Heritage, type PupilName, heritages, surnameFor } from './names';
import { contactNotes } from './peopleTexts';
import type { Random } from './random';

/** A parent or carer as the demo loads them: one version, not archived. */
export interface SyntheticContact {
  id: string;
  contact: ContactFields;
}

export interface FamilyFrame {
  rnd: Random;
  name: PupilName;
  eal: boolean;
  lookedAfter: boolean;
  previouslyLookedAfter: boolean;
}

/**
 * Households, roughly as they come in English schools: most pupils live with
 * two parents, about a quarter with one, some with a step-parent, a few with
 * grandparents (often under a special guardianship order). Looked-after pupils
 * live with foster carers, who do not hold parental responsibility (the local
 * authority shares it with the birth parents); previously looked-after pupils
 * are mostly adopted, and adopters do.
 */
type Household = 'two-parents' | 'mother' | 'father' | 'apart' | 'step-father' | 'step-mother' | 'grandparents';
const households: readonly (readonly [Household, number])[] = [
  ['two-parents', 55], ['mother', 17], ['apart', 14], ['step-father', 6], ['father', 3], ['step-mother', 2], ['grandparents', 3],
];

interface Person {
  sex: 'M' | 'F';
  relationship: string;
  surname: string;
  pr: boolean;
  livesWith: boolean;
  note?: string;
}

export function family(f: FamilyFrame): SyntheticContact[] {
  const { rnd, name } = f;
  const pupilSurname = name.legalSurname;
  // The pupil's surname in the parent's form (Kowalski's mother is Kowalska), else unchanged.
  const same = (sex: 'M' | 'F') => genderedForm(pupilSurname, sex);
  const other = (sex: 'M' | 'F') => surnameFor(rnd.chance(0.8) ? name.heritage : pickHeritage(rnd), sex, rnd);
  // About 1 in 5 mothers keep or go back to another surname.
  const mother = (extra: Partial<Person> = {}): Person =>
    ({ sex: 'F', relationship: 'Mother', surname: rnd.chance(0.8) ? same('F') : other('F'), pr: true, livesWith: true, ...extra });
  const father = (extra: Partial<Person> = {}): Person =>
    ({ sex: 'M', relationship: 'Father', surname: rnd.chance(0.93) ? same('M') : other('M'), pr: true, livesWith: true, ...extra });

  const person = (sex: 'M' | 'F', relationship: string, surname: string, pr: boolean, note?: string): Person =>
    ({ sex, relationship, surname, pr, livesWith: true, ...(note ? { note } : {}) });
  let people: Person[];
  if (f.lookedAfter) {
    const carers = other('F');
    people = [person('F', 'Foster carer', carers, false, contactNotes.fosterCarer)];
    if (rnd.chance(0.6)) people.push(person('M', 'Foster carer', genderedForm(carers, 'M'), false));
    if (rnd.chance(0.4)) people.push(mother({ livesWith: false, note: contactNotes.birthParent }));
  } else if (f.previouslyLookedAfter) {
    // Mostly adopted, taking the adopters' surname; some under a special guardianship order with a relative.
    const guardian = other('F');
    people = [person('F', 'Adoptive mother', same('F'), true)];
    if (rnd.chance(0.7)) people.push(person('M', 'Adoptive father', same('M'), true));
    if (rnd.chance(0.2)) people = [person('F', 'Special guardian (aunt)', guardian, true, contactNotes.guardian)];
  } else {
    people = householdOf(rnd.weighted(households), mother, father, other, rnd);
  }
  // Those living with the pupil share one address and sometimes a landline.
  const home: Home = { phone: rnd.chance(0.3) ? homePhone(rnd) : null, address: address(rnd) };
  return people.map((p, k) => ({ id: rnd.uuid(), contact: contactFor(p, k + 1, f, home) }));
}

function householdOf(
  kind: Household,
  mother: (extra?: Partial<Person>) => Person,
  father: (extra?: Partial<Person>) => Person,
  other: (sex: 'M' | 'F') => string,
  rnd: Random,
): Person[] {
  const apart = (p: Person): Person => ({ ...p, livesWith: false, note: rnd.pick(contactNotes.apart) });
  switch (kind) {
    case 'two-parents':
      return rnd.chance(0.7) ? [mother(), father()] : [father(), mother()];
    case 'mother':
      return [mother()];
    case 'father':
      return [father()];
    case 'apart':
      return rnd.chance(0.8) ? [mother(), apart(father())] : [father(), apart(mother())];
    case 'step-father':
      // A step-parent has parental responsibility only by agreement or a court order: a few do.
      return [mother(), { sex: 'M', relationship: 'Stepfather', surname: other('M'), pr: rnd.chance(0.15), livesWith: true }];
    case 'step-mother':
      return [father(), { sex: 'F', relationship: 'Stepmother', surname: other('F'), pr: rnd.chance(0.15), livesWith: true }];
    case 'grandparents': {
      const guardians = rnd.chance(0.5);
      const note = guardians ? contactNotes.guardian : undefined;
      const gran = mother({ relationship: 'Grandmother', pr: guardians, ...(note ? { note } : {}) });
      const grandad = { ...father({ relationship: 'Grandfather', pr: guardians }), surname: gran.surname };
      const carers = rnd.chance(0.6) ? [gran, grandad] : [gran];
      // Without an order, parental responsibility stays with the parents: the school keeps a parent's details too.
      return guardians ? carers : [...carers, apart(mother())];
    }
    default:
      throw new Error(`Unknown household: ${String(kind satisfies never)}`);
  }
}

interface Home {
  phone: string | null;
  address: string;
}

function contactFor(p: Person, priority: number, f: FamilyFrame, home: Home): ContactFields {
  const { rnd, name } = f;
  const heritage = name.heritage;
  const forename = rnd.pick(p.sex === 'M' ? heritage.male : heritage.female);
  const notes = p.note ?? (rnd.chance(f.eal ? 0.25 : 0.08) ? rnd.pick(contactNotes.any.filter((n) => f.eal || !n.startsWith('Interpreter'))) : null);
  return {
    name: `${forename} ${p.surname}`,
    relationship: p.relationship,
    parentalResponsibility: p.pr,
    mobilePhone: rnd.chance(0.96) ? mobilePhone(rnd) : null,
    homePhone: p.livesWith ? home.phone : rnd.chance(0.15) ? homePhone(rnd) : null,
    workPhone: rnd.chance(0.2) ? workPhone(rnd) : null,
    email: rnd.chance(0.85) ? email(forename, p.surname, rnd) : null,
    address: p.livesWith ? home.address : rnd.chance(0.8) ? address(rnd) : null,
    livesWithPupil: p.livesWith,
    priority,
    notes,
  };
}

function pickHeritage(rnd: Random): Heritage {
  return rnd.weighted(heritages.map((h) => [h, h.weight] as const));
}

/** The form of a surname for a man or a woman, where the surname lists have two (Kowalski|Kowalska). */
function genderedForm(surname: string, sex: 'M' | 'F'): string {
  for (const heritage of heritages) {
    for (const entry of heritage.surnames) {
      const forms = entry.split('|');
      if (forms.length === 2 && forms.includes(surname)) return sex === 'M' ? forms[0]! : forms[1]!;
    }
  }
  return surname;
}
