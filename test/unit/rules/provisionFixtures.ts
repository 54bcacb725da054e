import type { CostingTemplate, ProvisionGroup, ProvisionMembership, StaffRole } from '../../../shared/domain/provision';
import type { MapData, MapOptions, MapPupil } from '../../../shared/domain/provisionMaps';

/** Small builders for the provision rules' tests: each test states only what it is about. */

export const roles: StaffRole[] = [
  { id: 'ta', name: 'Teaching assistant', hourlyRatePence: 1500 },
  { id: 'hlta', name: 'HLTA', hourlyRatePence: 1800 },
  { id: 'ep', name: 'Educational psychologist', hourlyRatePence: null },
  { id: 'senco', name: 'SENCO', hourlyRatePence: 3000 },
];

export const defaultTemplate: CostingTemplate = {
  id: 'default-38-weeks',
  name: 'School default (38 weeks)',
  weeksPerYear: 38,
  ratesPerMinutePence: {},
  capPerPupilPerProvisionPence: null,
  builtIn: true,
};

export const laTemplate: CostingTemplate = {
  id: 'la',
  name: 'Northshire LA 2026',
  weeksPerYear: 39,
  ratesPerMinutePence: { ta: 0.3125 },
  capPerPupilPerProvisionPence: null,
  builtIn: false,
};

/** 3 × 20 minutes a week for 10 weeks, one TA, 7 September to 15 November 2026 (70 days). */
export function group(change: Partial<ProvisionGroup> = {}): ProvisionGroup {
  return {
    id: 'g1',
    provisionId: null,
    name: 'Toe by Toe',
    area: 'cognition-learning',
    wave: 2,
    measure: { kind: 'reading-age' },
    intendedOutcome: 'Reading age up by 6 months',
    sessionsPerWeek: 3,
    minutesPerSession: 20,
    weeks: 10,
    materialsPence: 0,
    licencePence: 0,
    staff: [{ name: 'Jo Bloggs', roleId: 'ta' }],
    timetable: [],
    room: 'Library',
    startDate: '2026-09-07',
    endDate: '2026-11-15',
    evaluation: null,
    ...change,
  };
}

export function membership(id: string, pupilId: string, change: Partial<ProvisionMembership> = {}): ProvisionMembership {
  return {
    id,
    groupId: 'g1',
    pupilId,
    startDate: '2026-09-07',
    endDate: null,
    entry: null,
    exit: null,
    reviewOutcomeId: null,
    evaluation: null,
    ...change,
  };
}

export function pupil(id: string, name: string, year: MapPupil['year'], change: Partial<MapPupil> = {}): MapPupil {
  return { id, name, year, className: null, senStatus: 'SEN support', needs: ['Specific learning difficulty'], ...change };
}

export function mapData(change: Partial<MapData> = {}): MapData {
  return {
    schoolName: 'Oakfield Primary',
    roles,
    template: defaultTemplate,
    groups: [],
    memberships: [],
    pupils: {},
    outcomes: [
      { id: 'o2', label: 'Exceeded the intended outcome', score: 2 },
      { id: 'o1', label: 'Met the intended outcome', score: 1 },
      { id: 'o0', label: 'Partly met the intended outcome', score: 0 },
    ],
    ...change,
  };
}

export const autumn2026 = { from: '2026-09-01', to: '2026-12-31', label: 'Autumn term 2026' };

export function options(change: Partial<MapOptions> = {}): MapOptions {
  return { range: autumn2026, today: '2026-12-31', audience: 'staff', showCosts: true, ...change };
}

/** Every key anywhere in a value: a view model without costs must not even carry an empty cost key. */
export function allKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) allKeys(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      found.add(key);
      allKeys(inner, found);
    }
  }
  return found;
}
