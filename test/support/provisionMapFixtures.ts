import { type Wave, waveLabels } from '../../shared/domain/provision';
import type {
  Audience,
  CostPair,
  ImpactPupilRow,
  ImpactSheetView,
  MapHeader,
  MapTotals,
  PupilMapProvision,
  PupilMapView,
  PupilTimetableEntry,
  SchoolMapCell,
  SchoolMapEntry,
  SchoolMapView,
} from '../../shared/domain/provisionMaps';
import { type BroadArea, broadAreaLabels, broadAreas, type NcYearGroup, ncYearGroupLabels } from '../../shared/domain/sen';

/**
 * Hand-built view models of the three provision maps, as the builders in
 * shared/rules/provisionMaps.ts will make them, in each audience the view
 * model allows: costs only for a SENCO's staff copy (no cost key at all
 * otherwise), pupil names on the whole-school map only for staff, and a
 * parent's copy of a pupil's map naming no other pupil.
 */

export type CostedAudience = 'staff-costs' | Exclude<Audience, 'parent'> | 'parent';

export const SCHOOL = 'Oakfield Primary School';
export const RANGE = { from: '2026-09-01', to: '2026-12-18', label: 'Autumn term 2026' };
export const AS_OF = '2026-11-29';
export const FRAME = { printedBy: 'Helen Carter', printedAt: '2026-11-29T14:05:00Z' };

function header(title: string, scope: string, audience: CostedAudience): MapHeader {
  const showCosts = audience === 'staff-costs';
  return { schoolName: SCHOOL, title, scope, range: RANGE, asOf: AS_OF, audience: showCosts ? 'staff' : audience, showCosts };
}

const audienceOf = (audience: CostedAudience): Audience => (audience === 'staff-costs' ? 'staff' : audience);

/** Staff as each audience reads them: a name for staff, the role for a meeting, plain words for a family. */
function staffFor(audience: CostedAudience, name: string, role: string): string[] {
  switch (audienceOf(audience)) {
    case 'staff':
      return [`${name} (${role})`];
    case 'meeting':
      return [role];
    case 'parent':
      return [`a ${role.toLowerCase()}`];
  }
}

const cost = (audience: CostedAudience, projectedPence: number): { cost?: CostPair } =>
  audience === 'staff-costs' ? { cost: { toDatePence: Math.round(projectedPence * 0.6), projectedPence } } : {};

// Whole-school map

const FORENAMES = ['Ava', 'Noah', 'Isla', 'Leo', 'Maya', 'Omar', 'Ruby', 'Theo', 'Zara', 'Kai', 'Elsie', 'Arlo', 'Priya', 'Finn'];
const SURNAMES = ['Okonjo', 'Hughes', 'Begum', 'Novak', 'Patel', 'Walsh', 'Kowalski', 'Adeyemi', 'Murphy', 'Chen', 'Evans'];
const TOPICS = ['Reading catch-up', 'Precision teaching', 'Social skills club', 'Fine motor group', 'Number sense', 'Talk boost', 'Zones of regulation', 'Handwriting'];
const ROOMS = ['Library', 'Room 4', 'Nurture room', 'Hall corner', 'Room 9'];
const YEARS: NcYearGroup[] = ['R', '1', '2', '3', '4', '5', '6'];

/** Every pupil name the whole-school map may print: none of them may ever reach a parent's copy of a pupil's map. */
export const SCHOOL_PUPILS: string[] = FORENAMES.flatMap((forename, i) => [0, 4, 8].map((k) => `${forename} ${SURNAMES[(i + k) % SURNAMES.length]}`));

/** The name of the i-th entry: unique, and no name contains another ("no. 06" is not in "no. 60"). */
export const entryName = (i: number): string => `${TOPICS[i % TOPICS.length]} no. ${String(i + 1).padStart(2, '0')}`;

/** The projected cost of the i-th entry, unique to it, so a test can find the row's last cell. */
export const entryProjectedPence = (i: number): number => 48_000 + i * 1_237;

export const SCHOOL_MAP_ENTRIES = 60;
/** The cell with no provision in it, to show the map keeps its shape. */
export const EMPTY_CELL: { area: BroadArea; wave: Wave } = { area: 'sensory-physical', wave: 3 };

function schoolEntry(i: number, area: BroadArea, wave: Wave, audience: CostedAudience): SchoolMapEntry {
  const pupilCount = 2 + (i % 5);
  const year = YEARS[i % YEARS.length]!;
  const names = Array.from({ length: pupilCount }, (_, k) => `${SCHOOL_PUPILS[(i * 3 + k) % SCHOOL_PUPILS.length]} (Y${year})`);
  const sessions = 12 + (i % 4) * 6;
  return {
    groupId: `g${i}`,
    name: entryName(i),
    area,
    wave,
    staff: staffFor(audience, i % 2 === 0 ? 'Jo Bloggs' : 'Sam Price', i % 3 === 0 ? 'Higher level teaching assistant' : 'Teaching assistant'),
    when: i % 2 === 0 ? 'Mon, Wed 09:00–09:30' : '3 × 20 minutes a week',
    room: ROOMS[i % ROOMS.length]!,
    startDate: '2026-09-07',
    endDate: i % 6 === 0 ? null : '2026-12-11',
    pupilCount,
    ...(audienceOf(audience) === 'staff' ? { pupilNames: names } : {}),
    sessions,
    hours: sessions / 2,
    ...cost(audience, entryProjectedPence(i)),
  };
}

function totalsOf(entries: readonly SchoolMapEntry[], audience: CostedAudience): MapTotals {
  const sum = (f: (e: SchoolMapEntry) => number) => entries.reduce((t, e) => t + f(e), 0);
  return {
    groups: entries.length,
    pupils: sum((e) => e.pupilCount),
    sessions: sum((e) => e.sessions),
    hours: sum((e) => e.hours),
    ...(audience === 'staff-costs' ? { cost: { toDatePence: sum((e) => e.cost!.toDatePence), projectedPence: sum((e) => e.cost!.projectedPence) } } : {}),
  };
}

export function schoolMapView(audience: Exclude<CostedAudience, 'parent'>, grouping: 'area-wave' | 'year' = 'area-wave'): SchoolMapView {
  const keys = broadAreas.flatMap((area) => ([1, 2, 3] as const).map((wave) => ({ area, wave })));
  const filled = keys.filter((k) => k.area !== EMPTY_CELL.area || k.wave !== EMPTY_CELL.wave);
  const entries = Array.from({ length: SCHOOL_MAP_ENTRIES }, (_, i) => {
    const { area, wave } = filled[i % filled.length]!;
    return schoolEntry(i, area, wave, audience);
  });
  const cells: SchoolMapCell[] =
    grouping === 'area-wave'
      ? keys.map(({ area, wave }) => {
          const inCell = entries.filter((e) => e.area === area && e.wave === wave);
          return { key: { kind: 'area-wave', area, wave }, label: `${broadAreaLabels[area]}: ${waveLabels[wave]}`, entries: inCell, totals: totalsOf(inCell, audience) };
        })
      : [...YEARS, '7' as const].map((year) => {
          const inCell = entries.filter((_, i) => YEARS[i % YEARS.length] === year);
          return { key: { kind: 'year', year }, label: ncYearGroupLabels[year], entries: inCell, totals: totalsOf(inCell, audience) };
        });
  const scope = grouping === 'area-wave' ? 'By area of need and wave · Autumn term 2026' : 'By year group · Autumn term 2026';
  return {
    header: header('Whole-school provision map', scope, audience),
    grouping,
    cells,
    totals: { ...totalsOf(entries, audience), pupils: 138 },
    ...(audience === 'staff-costs'
      ? {
          element3Candidates: [
            { pupilId: 'p1', name: 'Ava Okonjo', year: '4', yearCostPence: 712_345, abovePence: 112_345 },
            { pupilId: 'p2', name: 'Noah Hughes', year: '6', yearCostPence: 640_000, abovePence: 40_000 },
          ],
        }
      : {}),
  };
}

// A pupil's map

export const PUPIL = 'Ava Okonjo';
/** The pupils in Ava's groups: a parent's copy must say how many, never who. */
export const AVAS_GROUPMATES = ['Noah Hughes', 'Isla Begum', 'Leo Novak', 'Maya Patel', 'Omar Walsh'];

function pupilProvision(audience: CostedAudience, p: Omit<PupilMapProvision, 'staff' | 'cost'> & { staffName: string; role: string; projected: number }): PupilMapProvision {
  const { staffName, role, projected, ...rest } = p;
  return { ...rest, staff: staffFor(audience, staffName, role), ...cost(audience, projected) };
}

export function pupilMapView(audience: CostedAudience): PupilMapView {
  const parent = audience === 'parent';
  const provisions: PupilMapProvision[] = [
    pupilProvision(audience, {
      membershipId: 'm1', groupId: 'g1', name: 'Toe by Toe', area: 'cognition-learning', wave: 2, staffName: 'Jo Bloggs', role: 'Teaching assistant',
      frequency: '3 sessions a week of 20 minutes', startDate: '2026-09-07', endDate: '2026-12-11', groupWith: 'with 3 other pupils',
      intendedOutcome: 'Reading age up by 6 months in a term', measureKind: 'reading-age', measureLabel: 'Reading age (months)',
      scores: { entry: 84, exit: 92, change: 8, perMonth: 2.7 }, outcome: { label: 'Met the intended outcome', score: 1 },
      evaluation: { decision: 'continue', reason: 'Good gains; keep going to spring half term', date: '2026-11-20' }, projected: 41_250,
    }),
    pupilProvision(audience, {
      membershipId: 'm2', groupId: 'g2', name: 'Talking Partners', area: 'communication-interaction', wave: 2, staffName: 'Sam Price', role: 'Teaching assistant',
      frequency: '2 sessions a week of 30 minutes', startDate: '2026-09-14', endDate: '2026-12-18', groupWith: 'with 2 other pupils',
      intendedOutcome: 'Answers who, what and where questions in class', measureKind: 'standardised-score', measureLabel: 'Standardised score',
      scores: { entry: 82, exit: null, change: null, perMonth: null }, outcome: null, evaluation: null, projected: 28_600,
    }),
    pupilProvision(audience, {
      membershipId: 'm3', groupId: 'g3', name: 'Speech and language programme', area: 'communication-interaction', wave: 3, staffName: 'Dr Nia Evans',
      role: 'Speech and language therapist', frequency: '1 session a week of 30 minutes', startDate: '2026-10-05', endDate: null, groupWith: 'On their own',
      intendedOutcome: 'Uses 3-word sentences to ask for help', measureKind: 'custom', measureLabel: 'Words in a request',
      scores: { entry: 1, exit: 2.5, change: 1.5, perMonth: 0.8 }, outcome: { label: 'Partly met the intended outcome', score: 0 }, evaluation: null, projected: 612_000,
    }),
    pupilProvision(audience, {
      membershipId: 'm4', groupId: 'g4', name: 'Visual timetable in class', area: 'semh', wave: 1, staffName: 'Tom Hughes', role: 'Class teacher',
      frequency: 'Every day', startDate: '2026-09-01', endDate: null, groupWith: 'In class with the whole class',
      intendedOutcome: 'Settles after lunch without adult help', measureKind: 'engagement', measureLabel: 'Engagement scale (0–28)',
      scores: { entry: 12, exit: 19, change: 7, perMonth: 2.3 }, outcome: { label: 'Exceeded the intended outcome', score: 2 }, evaluation: null, projected: 30_495,
    }),
  ];
  const slot = (i: number, day: PupilTimetableEntry['day'], start: string, end: string): PupilTimetableEntry => {
    const p = provisions[i]!;
    return { day, start, end, provisionName: p.name, room: ['Library', 'Room 4', 'Therapy room'][i]!, staff: p.staff };
  };
  return {
    header: header(parent ? `Your child’s support: ${PUPIL}` : `Provision map for ${PUPIL}`, 'Autumn term 2026', audience),
    pupil: {
      id: 'p1', name: PUPIL, year: '4', className: '4H', senStatus: parent ? null : 'SEN support',
      needs: ['Specific learning difficulty', 'Speech, language and communication needs'],
    },
    provisions,
    timetable: [
      slot(0, 'mon', '09:00', '09:20'), slot(0, 'wed', '09:00', '09:20'), slot(0, 'fri', '09:00', '09:20'),
      slot(1, 'tue', '13:15', '13:45'), slot(1, 'thu', '13:15', '13:45'),
      slot(2, 'wed', '10:30', '11:00'),
    ],
    ...(audience === 'staff-costs'
      ? { costs: { total: { toDatePence: 427_407, projectedPence: 712_345 }, schoolYearPence: 712_345, element2Pence: 600_000, abovePence: 112_345, element3Candidate: true } }
      : {}),
  };
}

// A group's impact sheet

export const IMPACT_PUPILS = ['Ava Okonjo', 'Noah Hughes', 'Isla Begum', 'Leo Novak', 'Maya Patel', 'Omar Walsh', 'Ruby Kowalski', 'Theo Adeyemi'];

export function impactSheetView(audience: Exclude<CostedAudience, 'parent'>): ImpactSheetView {
  const pupils: ImpactPupilRow[] = IMPACT_PUPILS.map((name, i) => {
    const entry = 80 + i;
    const exit = i === 7 ? null : i === 6 ? entry : entry + 3 + i;
    const change = exit === null ? null : exit - entry;
    const projected = 10_312;
    return {
      membershipId: `m${i}`, pupilId: `p${i}`, name, year: '4', startDate: '2026-09-07', endDate: i === 7 ? null : '2026-12-11',
      scores: { entry, exit, change, perMonth: change === null ? null : Math.round((change / 3) * 10) / 10 },
      outcome: change === null ? null : change > 0 ? { label: 'Met the intended outcome', score: 1 } : { label: 'Did not meet the intended outcome', score: -1 },
      evaluation: i === 6 ? { decision: 'change', reason: 'No gain: try a phonics-first programme' } : null,
      ...(audience === 'staff-costs' ? { cost: { toDatePence: 6_187, projectedPence: projected }, costPerUnitGainPence: change ? Math.round(projected / change) : null } : {}),
    };
  });
  return {
    header: header('Intervention impact: Toe by Toe (Year 4)', 'One group · Autumn term 2026', audience),
    group: {
      id: 'g1', name: 'Toe by Toe (Year 4)', area: 'cognition-learning', wave: 2, staff: staffFor(audience, 'Jo Bloggs', 'Teaching assistant'),
      when: 'Mon, Wed, Fri 09:00–09:20', room: 'Library', startDate: '2026-09-07', endDate: '2026-12-11',
      intendedOutcome: 'Reading age up by 6 months in a term', measureKind: 'reading-age', measureLabel: 'Reading age (months)', unit: { one: 'month', many: 'months' },
    },
    pupils,
    summary: {
      pupils: 8, measured: 7, improved: 6, meanChange: 6.9, meanPerMonth: 2.3, meanOutcomeScore: 0.7,
      ...(audience === 'staff-costs' ? { cost: { toDatePence: 49_496, projectedPence: 82_496 }, costPerUnitGainPence: 1_708 } : {}),
    },
    evaluation: { decision: 'continue', reason: 'Six of seven pupils measured gained more than the intended 6 months', date: '2026-12-11' },
  };
}
