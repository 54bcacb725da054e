import type { BroadArea } from '../../shared/domain/sen';
import { type TimetableSlot, type Weekday, weekdays } from '../../shared/domain/provision';
import type { DemoEntry, DemoRoleKey } from './provisionLibrary';
import { heritages } from './names';
import type { Random } from './random';

/**
 * The people, rooms and times of the demo school's groups. Staff names come
 * from the demo's name lists (fictional combinations, as the pupils'); each
 * role has a pool the size a school of this size would have, so the same TA
 * runs several groups, as in a real school.
 */

export type StaffPools = Record<DemoRoleKey, readonly string[]>;

/** At the reference size (2,000 pupils): scaled with the roll, at least one of each (two teachers and TAs). */
const POOL_SIZES: Record<DemoRoleKey, number> = { teacher: 95, hlta: 8, ta: 45, senco: 1, external: 7 };

export function staffPools(scale: number, rnd: Random): StaffPools {
  const heritageTable = heritages.map((h) => [h, h.weight] as const);
  const used = new Set<string>();
  const person = (): string => {
    for (;;) {
      const heritage = rnd.weighted(heritageTable);
      const female = rnd.chance(0.75);
      const forename = rnd.pick(female ? heritage.female : heritage.male);
      const [masculine, feminine] = rnd.pick(heritage.surnames).split('|') as [string, string | undefined];
      const name = `${forename} ${female && feminine ? feminine : masculine}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const pools = {} as Record<DemoRoleKey, string[]>;
  for (const role of Object.keys(POOL_SIZES) as DemoRoleKey[]) {
    const least = role === 'teacher' || role === 'ta' ? 2 : 1;
    pools[role] = Array.from({ length: Math.max(least, Math.round(POOL_SIZES[role] * scale)) }, person);
  }
  return pools;
}

/**
 * A group's week: one session a day on as many days as it has sessions, at
 * the same time each day, inside the school day (08:45 to 15:15). Whole-class
 * work goes in lesson time; sensory circuits before registration; a lunch
 * club at lunchtime.
 */
export function timetable(entry: DemoEntry, rnd: Random): TimetableSlot[] {
  const days: Weekday[] =
    entry.sessionsPerWeek >= 5 ? [...weekdays] : rnd.shuffle(weekdays).slice(0, entry.sessionsPerWeek).sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
  const minutes = entry.minutesPerSession;
  const starts =
    entry.key === 'sensory-circuits'
      ? [8 * 60 + 45]
      : entry.key === 'lunch-club'
        ? [12 * 60 + 15]
        : [9 * 60, 9 * 60 + 30, 10 * 60, 10 * 60 + 45, 11 * 60 + 15, 11 * 60 + 45, 13 * 60 + 15, 13 * 60 + 45, 14 * 60 + 15].filter(
            (start) => start + minutes <= 15 * 60 + 15,
          );
  const start = rnd.pick(starts.length > 0 ? starts : [9 * 60]);
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return days.map((day) => ({ day, start: clock(start), end: clock(start + minutes) }));
}

const rooms = {
  primary: {
    any: ['Intervention room', 'Library', 'Group room 1', 'Group room 2', 'Studio'],
    semh: ['Nurture room', 'The Rainbow Room'],
    'communication-interaction': ['Speech and language room'],
    'sensory-physical': ['Sensory room', 'Hall'],
    'cognition-learning': ['ICT suite'],
  },
  secondary: {
    any: ['Learning support base', 'Library', 'Room S4', 'Room S7', 'Room M2'],
    semh: ['The Hub', 'Wellbeing room'],
    'communication-interaction': ['The Base (autism resource)'],
    'sensory-physical': ['Sports hall', 'Room S2'],
    'cognition-learning': ['ICT suite 2'],
  },
} satisfies Record<'primary' | 'secondary', Record<BroadArea | 'any', readonly string[]>>;

export function roomFor(area: BroadArea, secondary: boolean, rnd: Random): string {
  const set = rooms[secondary ? 'secondary' : 'primary'];
  return rnd.pick(rnd.chance(0.5) ? set[area] : set.any);
}
