import type { InvolvementFields } from '../db/repositories/involvements';
import type { ProfessionalRole } from '../../shared/rules/involvement';
import { type Day, termDayWithin, toDay, toIso } from './calendar';
import { email, workPhone } from './fictionalContacts';
import type { SyntheticNeed, SyntheticStatus } from './history';
import { heritages } from './names';
import { involvementNotes, otherSpecialists, services } from './peopleTexts';
import type { Random } from './random';

/** An involvement as the demo loads it: one version if open, a second with the end date if it ended. */
export interface SyntheticInvolvement {
  id: string;
  versions: InvolvementFields[];
}

interface Professional {
  name: string;
  service: string;
  phone: string;
  email: string;
}

/**
 * The professionals who work with the school: a handful per role, so the same
 * educational psychologist turns up on many pupils' files as in a real school.
 */
export type Team = Record<ProfessionalRole, Professional[]>;
const teamSizes: Record<ProfessionalRole, number> = {
  'educational-psychologist': 2, 'speech-and-language-therapist': 3, 'occupational-therapist': 2, camhs: 3,
  paediatrician: 3, 'social-worker': 6, other: 4,
};

export function professionalTeam(rnd: Random): Team {
  const team = {} as Team;
  for (const role of Object.keys(teamSizes) as ProfessionalRole[]) {
    team[role] = Array.from({ length: teamSizes[role] }, () => {
      const heritage = rnd.weighted(heritages.map((h) => [h, h.weight] as const));
      const forename = rnd.pick(rnd.chance(0.75) ? heritage.female : heritage.male);
      const surname = rnd.pick(heritage.surnames).split('|')[0]!;
      const doctor = role === 'paediatrician' || (role === 'educational-psychologist' && rnd.chance(0.5));
      const service = role === 'other' ? '' : rnd.pick(services[role]);
      return { name: `${doctor ? 'Dr ' : ''}${forename} ${surname}`, service, phone: workPhone(rnd), email: email(forename, surname, rnd, 'example.org') };
    });
  }
  return team;
}

export interface InvolvementFrame {
  rnd: Random;
  team: Team;
  secondary: boolean;
  lookedAfter: boolean;
  statuses: readonly SyntheticStatus[];
  needs: readonly SyntheticNeed[];
  /** Nothing before the later of this and the pupil's admission. */
  earliest: Day;
  /** Today, or the day the pupil left. */
  latest: Day;
}

/**
 * Who is involved, led by the pupil's needs: speech and language therapy for
 * SLCN (more in the primary phase), a paediatrician and sometimes CAMHS for
 * autism, CAMHS for some SEMH, an educational psychologist for most plans (their
 * advice is part of the needs assessment) and some on SEN support, occupational
 * therapy for some physical needs, a specialist teacher for sensory needs, and a
 * social worker for every looked-after pupil. Each starts once the need is on
 * record (the EP before the plan), and some have ended.
 */
export function involvements(f: InvolvementFrame): SyntheticInvolvement[] {
  const { rnd } = f;
  const out: SyntheticInvolvement[] = [];
  // Off the register now: the work that went with the needs finished by then.
  const open = f.statuses.find((s) => s.endDate === null);
  const offRegister = open?.provision === 'N' ? toDay(open.startDate) : null;
  const firstNeed = (type: string) => f.needs.filter((n) => n.needType === type).map((n) => n.startDate).sort()[0];
  const add = (role: ProfessionalRole, from: string, chance: number, other?: { description: string; service: string }) => {
    if (!rnd.chance(chance)) return;
    out.push(involvement(f, role, Math.max(toDay(from), f.earliest), offRegister, other));
  };

  if (f.lookedAfter) add('social-worker', toIso(f.earliest), 1);
  const plan = f.statuses.find((s) => s.provision === 'E');
  const support = f.statuses.find((s) => s.provision === 'K');
  if (plan) {
    // The psychologist's advice comes during the 20-week assessment before the plan, if the plan was made here.
    const before = Math.max(toDay(plan.startDate) - rnd.int(100, 180), toDay(support?.startDate ?? plan.startDate));
    add('educational-psychologist', toIso(before), 0.75);
  } else if (support) {
    add('educational-psychologist', support.startDate, 0.12);
  }
  const slcn = firstNeed('SLCN');
  if (slcn) add('speech-and-language-therapist', slcn, f.secondary ? 0.35 : 0.7);
  const asd = firstNeed('ASD');
  if (asd) {
    add('paediatrician', asd, 0.5);
    add('camhs', asd, f.secondary ? 0.3 : 0.1);
  }
  const semh = firstNeed('SEMH');
  if (semh && !out.some((i) => i.versions[0]!.role === 'camhs')) add('camhs', semh, f.secondary ? 0.35 : 0.15);
  const pd = firstNeed('PD');
  if (pd) add('occupational-therapist', pd, 0.5);
  for (const [type, specialist] of Object.entries(otherSpecialists)) {
    const since = firstNeed(type);
    if (since) add('other', since, type === 'SPLD' ? 0.1 : 0.8, specialist);
  }
  return out;
}

function involvement(
  f: InvolvementFrame,
  role: ProfessionalRole,
  from: Day,
  offRegister: Day | null,
  other?: { description: string; service: string },
): SyntheticInvolvement {
  const { rnd } = f;
  const who = rnd.pick(f.team[role]);
  // A referral takes a few weeks to turn into a first visit.
  const start = termDayWithin(Math.min(from + rnd.int(0, 90), f.latest), f.latest);
  const fields: InvolvementFields = {
    role,
    roleDescription: other?.description ?? null,
    name: who.name,
    service: other?.service ?? who.service,
    phone: rnd.chance(0.9) ? who.phone : null,
    email: rnd.chance(0.8) ? who.email : null,
    startDate: toIso(start),
    endDate: null,
    notes: rnd.pick(involvementNotes[role]),
  };
  const id = rnd.uuid();
  // Therapy blocks and assessments end; a social worker and a sensory specialist stay while the need does.
  const ends = role !== 'social-worker' && role !== 'other' && rnd.chance(role === 'educational-psychologist' ? 0.6 : 0.35);
  let end = start + rnd.int(60, 540);
  if (role !== 'social-worker' && offRegister !== null && offRegister > start && (!ends || end > offRegister)) end = offRegister;
  else if (!ends) return { id, versions: [fields] };
  if (end >= f.latest) return { id, versions: [fields] };
  return { id, versions: [fields, { ...fields, endDate: toIso(termDayWithin(end, f.latest)) }] };
}
