import type { ProfileFields } from '../db/repositories/profiles';
import { type Day, academicYearOf, termDayWithin, toDay, toIso } from './calendar';
import type { SyntheticNeed, SyntheticStatus } from './history';
import { type AgeBand, howToSupport, importantToMe, likeAndAdmire } from './profileTexts';
import type { Random } from './random';

export interface SyntheticProfile {
  id: string;
  profile: ProfileFields;
}

export interface ProfileFrame {
  rnd: Random;
  sex: 'M' | 'F';
  forename: string;
  receptionYear: number;
  statuses: readonly SyntheticStatus[];
  needs: readonly SyntheticNeed[];
  /** The relationship of the first parent or carer, who helps write it ("Mother", "Foster carer"). */
  parent: string | null;
  /** The later of the start of the history and the pupil's admission: a status brought from another school started before it. */
  earliest: Day;
  /** Today, or the day the pupil left. */
  latest: Day;
}

/**
 * One-page profiles for most pupils on the register at `latest` (nearly all with
 * a plan, whose annual review draws on one), written a few weeks into the
 * current status and for about a quarter rewritten later: oldest first, so the
 * last is the one in use.
 */
export function profiles(f: ProfileFrame): SyntheticProfile[] {
  const { rnd } = f;
  const open = f.statuses.find((s) => s.endDate === null);
  if (!open || (open.provision !== 'K' && open.provision !== 'E')) return [];
  if (!rnd.chance(open.provision === 'E' ? 0.95 : 0.8)) return [];
  const first = termDayWithin(Math.min(Math.max(toDay(open.startDate), f.earliest) + rnd.int(14, 120), f.latest), f.latest);
  const days = [first];
  const again = first + rnd.int(180, 400);
  if (rnd.chance(0.25) && again < f.latest) days.push(termDayWithin(again, f.latest));
  return days.map((day) => ({ id: rnd.uuid(), profile: profile(f, day) }));
}

function profile(f: ProfileFrame, day: Day): ProfileFields {
  const { rnd } = f;
  const year = academicYearOf(day) - f.receptionYear;
  const band: AgeBand = year <= 2 ? 'early' : year <= 6 ? 'middle' : 'older';
  const types = f.needs.filter((n) => n.startDate <= toIso(day) && (n.endDate === null || n.endDate > toIso(day))).map((n) => n.needType);
  const forNeeds = types.flatMap((t) => howToSupport[t] ?? []);
  const support = [...rnd.shuffle(forNeeds).slice(0, 2), rnd.pick(howToSupport.general!)];
  const their = f.sex === 'M' ? 'his' : 'her';
  const teacher = year >= 7 ? 'form tutor' : 'class teacher';
  const helpers = [`${f.forename}`, f.parent ? `${their} ${f.parent.toLowerCase()}` : null, `${their} ${teacher}`];
  if (rnd.chance(0.4)) helpers.push(year >= 7 ? 'the teaching assistant' : `${their} teaching assistant`);
  return {
    writtenOn: toIso(day),
    likeAndAdmire: sentences(rnd.shuffle(likeAndAdmire[band]).slice(0, 3)),
    importantToMe: sentences(rnd.shuffle(importantToMe[band]).slice(0, rnd.int(2, 3))),
    howToSupport: sentences(support),
    contributors: `${helpers.filter((h) => h !== null).join(', ')} and the SENCO`,
  };
}

const sentences = (phrases: readonly string[]) => phrases.map((p) => `${p}.`).join(' ');
