import { describe, expect, it } from 'vitest';
import { type SyntheticPupil, type SyntheticSchool, generateSchool } from '../../../electron/demo/syntheticSchool';
import { contactFields, involvementFields, profileFields } from '../../../shared/contract/people';
import { emailProblem, phoneProblem } from '../../../shared/rules/contactDetails';
import { periodProblem, roleDescriptionProblem } from '../../../shared/rules/involvement';

const TODAY = '2026-11-29';

const made = new Map<number, SyntheticSchool>();
function school(seed: number): SyntheticSchool {
  if (!made.has(seed)) made.set(seed, generateSchool({ seed, today: TODAY }));
  return made.get(seed)!;
}

const asOf = (p: SyntheticPupil) => p.details.leavingDate ?? TODAY;
const openStatus = (p: SyntheticPupil) => p.senStatuses.find((s) => s.endDate === null)?.provision ?? null;
const onRegister = (p: SyntheticPupil) => ['K', 'E'].includes(openStatus(p) ?? '');
const share = (pupils: SyntheticPupil[], test: (p: SyntheticPupil) => boolean) => pupils.filter(test).length / pupils.length;
const roles = (p: SyntheticPupil) => p.involvements.map((i) => i.versions[0]!.role);
const hasNeed = (p: SyntheticPupil, type: string) => p.senNeeds.some((n) => n.needType === type);

// Ofcom's numbers kept for drama, and the domains RFC 2606 reserves: nobody real can be reached.
const fictionalPhone = /^(07700 900\d{3}|0113 496 0\d{3}|020 7946 0\d{3})$/;
const fictionalEmail = /@example\.(com|org)$/;

describe('the people around the synthetic school’s pupils', () => {
  it('are the same for the same seed and different for another', () => {
    const people = (s: SyntheticSchool) => s.pupils.map(({ contacts, involvements, profiles }) => ({ contacts, involvements, profiles }));
    expect(JSON.stringify(people(generateSchool({ seed: 1, today: TODAY })))).toBe(JSON.stringify(people(school(1))));
    expect(people(school(2))).not.toEqual(people(school(1)));
  });

  it('gives every pupil, on roll or left, parents or carers who pass the contract and the contact rules', () => {
    for (const seed of [1, 2]) {
      for (const p of school(seed).pupils) {
        expect(p.contacts.length, p.id).toBeGreaterThanOrEqual(1);
        expect(p.contacts.length).toBeLessThanOrEqual(4);
        expect(p.contacts.map((c) => c.contact.priority)).toEqual(p.contacts.map((_, k) => k + 1));
        for (const { contact } of p.contacts) {
          expect(contactFields.safeParse(contact).error?.issues ?? [], contact.name).toEqual([]);
          for (const phone of [contact.mobilePhone, contact.homePhone, contact.workPhone]) {
            if (phone === null) continue;
            expect(phoneProblem(phone)).toBeNull();
            expect(phone).toMatch(fictionalPhone);
          }
          if (contact.email !== null) {
            expect(emailProblem(contact.email)).toBeNull();
            expect(contact.email).toMatch(fictionalEmail);
          }
          if (contact.address !== null) expect(contact.address).toMatch(/, NS\d+ \d[A-Z]{2}$/);
        }
        // Someone the pupil lives with is first to call.
        expect(p.contacts[0]!.contact.livesWithPupil).toBe(true);
      }
    }
  });

  it('has households in plausible shares: mostly parents with responsibility, surnames mostly shared', () => {
    const s = school(1);
    const contacts = s.pupils.flatMap((p) => p.contacts.map((c) => ({ p, c: c.contact })));
    const notCared = s.pupils.filter((p) => !p.details.lookedAfter);
    expect(share(notCared, (p) => p.contacts.some((c) => c.contact.parentalResponsibility))).toBe(1);
    expect(share(s.pupils, (p) => p.contacts.length >= 2)).toBeGreaterThan(0.6);
    expect(share(s.pupils, (p) => p.contacts.length >= 2)).toBeLessThan(0.9);
    const sameSurname = contacts.filter(({ p, c }) => c.name.endsWith(` ${p.details.legalSurname}`)).length / contacts.length;
    expect(sameSurname).toBeGreaterThan(0.7);
    expect(sameSurname).toBeLessThan(0.92);
    const relationships = new Set(contacts.map(({ c }) => c.relationship));
    for (const r of ['Mother', 'Father', 'Stepfather', 'Grandmother', 'Foster carer']) expect(relationships).toContain(r);
    expect(contacts.filter(({ c }) => !c.livesWithPupil).length).toBeGreaterThan(100);
    expect(contacts.filter(({ c }) => c.relationship === 'Stepfather' && !c.parentalResponsibility).length).toBeGreaterThan(50);
  });

  it('gives every looked-after pupil a social worker, and foster carers without parental responsibility', () => {
    for (const seed of [1, 2, 3]) {
      const cared = school(seed).pupils.filter((p) => p.details.lookedAfter);
      expect(cared.length).toBeGreaterThan(5);
      for (const p of cared) {
        const social = p.involvements.filter((i) => i.versions[0]!.role === 'social-worker');
        expect(social, p.id).toHaveLength(1);
        expect(social[0]!.versions.at(-1)!.endDate).toBeNull();
        const carers = p.contacts.filter((c) => c.contact.relationship === 'Foster carer');
        expect(carers.length).toBeGreaterThanOrEqual(1);
        expect(carers.every((c) => !c.contact.parentalResponsibility && c.contact.livesWithPupil)).toBe(true);
      }
      expect(school(seed).pupils.filter((p) => !p.details.lookedAfter).some((p) => roles(p).includes('social-worker'))).toBe(false);
    }
  });

  it('involves professionals who pass the rules, dated within the pupil’s time here and after the need they came for', () => {
    for (const seed of [1, 2]) {
      for (const p of school(seed).pupils) {
        const registerFrom = p.senStatuses.filter((s) => s.provision !== 'N').map((s) => s.startDate).sort()[0];
        for (const { versions } of p.involvements) {
          expect(versions.length).toBeGreaterThanOrEqual(1);
          expect(versions.length).toBeLessThanOrEqual(2);
          for (const v of versions) {
            expect(involvementFields.safeParse(v).error?.issues ?? [], v.name).toEqual([]);
            expect(periodProblem(v.startDate, v.endDate)).toBeNull();
            expect(roleDescriptionProblem(v.role, v.roleDescription)).toBeNull();
            if (v.phone !== null) expect(v.phone).toMatch(fictionalPhone);
            if (v.email !== null) expect(v.email).toMatch(fictionalEmail);
          }
          const [first, last] = [versions[0]!, versions.at(-1)!];
          // The first version is open; a second says only when it ended.
          expect(first.endDate).toBeNull();
          if (versions.length === 2) expect({ ...last, endDate: null }).toEqual(first);
          expect(first.startDate >= p.details.admissionDate! && first.startDate <= asOf(p), p.id).toBe(true);
          if (last.endDate !== null) expect(last.endDate <= asOf(p)).toBe(true);
          if (first.role !== 'social-worker') expect(first.startDate >= registerFrom!, `${p.id} ${first.role}`).toBe(true);
        }
      }
    }
  });

  it('involves professionals in roughly the intended shares, led by need', () => {
    const s = school(1);
    const register = s.pupils.filter(onRegister);
    const plans = register.filter((p) => openStatus(p) === 'E');
    expect(share(register, (p) => p.involvements.length > 0)).toBeGreaterThan(0.4);
    expect(share(register, (p) => p.involvements.length > 0)).toBeLessThan(0.75);
    expect(share(plans, (p) => roles(p).includes('educational-psychologist'))).toBeGreaterThan(0.5);
    const primarySlcn = register.filter((p) => hasNeed(p, 'SLCN') && Number(p.details.ncYear) <= 6);
    expect(share(primarySlcn, (p) => roles(p).includes('speech-and-language-therapist'))).toBeGreaterThan(0.5);
    const autistic = register.filter((p) => hasNeed(p, 'ASD'));
    expect(share(autistic, (p) => roles(p).includes('paediatrician') || roles(p).includes('camhs'))).toBeGreaterThan(0.4);
    // Nobody with no SEN history has a professional other than a social worker.
    const noSen = s.pupils.filter((p) => p.senStatuses.length === 0);
    expect(noSen.flatMap(roles).every((r) => r === 'social-worker')).toBe(true);
    const all = s.pupils.flatMap((p) => p.involvements);
    expect(all.filter((i) => i.versions.length === 2).length / all.length).toBeGreaterThan(0.15);
    // A small team: the same psychologist on many files.
    expect(new Set(all.filter((i) => i.versions[0]!.role === 'educational-psychologist').map((i) => i.versions[0]!.name)).size).toBe(2);
  });

  it('writes one-page profiles for most pupils on the register, a few twice, passing the contract', () => {
    const s = school(1);
    const register = s.pupils.filter(onRegister);
    expect(share(register, (p) => p.profiles.length > 0)).toBeGreaterThan(0.75);
    expect(share(register, (p) => p.profiles.length > 0)).toBeLessThan(0.95);
    expect(share(register.filter((p) => openStatus(p) === 'E'), (p) => p.profiles.length > 0)).toBeGreaterThan(0.85);
    expect(register.filter((p) => p.profiles.length === 2).length).toBeGreaterThan(20);
    expect(s.pupils.filter((p) => !onRegister(p)).every((p) => p.profiles.length === 0)).toBe(true);
    for (const p of s.pupils) {
      const dates = p.profiles.map((x) => x.profile.writtenOn);
      expect(dates).toEqual([...dates].sort());
      for (const { profile } of p.profiles) {
        expect(profileFields.safeParse(profile).error?.issues ?? []).toEqual([]);
        expect(profile.writtenOn >= p.details.admissionDate! && profile.writtenOn <= asOf(p)).toBe(true);
        expect(profile.contributors).toContain(p.details.preferredForename ?? p.details.legalForename);
      }
    }
    // In a voice for the age: a Reception child's words are not a Year 10's.
    const said = (year: string) => new Set(register.filter((p) => p.details.ncYear === year).flatMap((p) => p.profiles.map((x) => x.profile.importantToMe)));
    const young = [...said('R'), ...said('1')].join(' ');
    const old = [...said('10'), ...said('11')].join(' ');
    expect(young).not.toMatch(/gym|timetable|anime/);
    expect(old).not.toMatch(/teddy|crayons/);
  });
});
