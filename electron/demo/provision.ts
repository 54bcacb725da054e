import {
  type CostingTemplate,
  DEFAULT_TEMPLATE_ID,
  DEFAULT_WEEKS_PER_YEAR,
  type ProvisionEntry,
  type ProvisionGroup,
  type ProvisionMembership,
  type ReviewOutcome,
  type StaffRole,
  defaultReviewOutcomes,
} from '../../shared/domain/provision';
import { toDay } from './calendar';
import { provisionGroups } from './provisionGroups';
import { type DemoRoleKey, demoLibrary } from './provisionLibrary';
import { provisionPupils } from './provisionPupils';
import { staffPools } from './provisionStaff';
import { Random } from './random';
import type { SyntheticSchool } from './syntheticSchool';

/**
 * The demo school's provision (issue 6): staff roles with their pay, an LA
 * costing template beside the built-in default, the review outcomes, a
 * library of about sixty provisions, and six school years of groups and the
 * pupils in them. Pure and deterministic like the rest of the demo: the same
 * school and seed give the same provision byte for byte; no clock, no
 * database. Sizes follow the school: 'reference' (2,000 on roll) has about
 * 150 groups and 2,000 memberships a year; 'small' proportionally fewer.
 *
 * Drawn from a stream of its own (`provision`), so the pupils are the same
 * with or without it.
 */
export interface SyntheticProvision {
  roles: StaffRole[];
  /** The built-in default first (migration 007 seeds it; the loader skips it), then the LA's. */
  templates: CostingTemplate[];
  /** The template the school costs with. */
  schoolTemplateId: string;
  /** Migration 007's defaults, which the memberships point at (the loader adds none). */
  outcomes: ReviewOutcome[];
  /** Costs always present: the demo is written as the SENCO would have entered it. */
  library: (ProvisionEntry & Costed)[];
  /** Oldest school year first. */
  groups: (ProvisionGroup & Costed)[];
  memberships: ProvisionMembership[];
}

type Costed = { materialsPence: number; licencePence: number };

/**
 * The roles migration 007 seeds (its ids and names), with the demo's hourly
 * rates in pence: the loader sets the rates on the seeded rows.
 */
export const demoRoles: Record<DemoRoleKey, { id: string; name: string; hourlyRatePence: number }> = {
  teacher: { id: 'teacher', name: 'Teacher', hourlyRatePence: 3_200 },
  hlta: { id: 'hlta', name: 'Higher level teaching assistant', hourlyRatePence: 1_650 },
  ta: { id: 'teaching-assistant', name: 'Teaching assistant', hourlyRatePence: 1_420 },
  senco: { id: 'senco', name: 'SENCO', hourlyRatePence: 3_800 },
  external: { id: 'external-specialist', name: 'External specialist', hourlyRatePence: 5_500 },
};

/** The review outcomes migration 007 seeds, by score: the demo's memberships point at them. */
export const seededOutcomeIds: Record<-2 | -1 | 0 | 1 | 2, string> = {
  2: 'exceeded',
  1: 'met',
  0: 'partly-met',
  [-1]: 'not-met',
  [-2]: 'went-backwards',
};

export const REFERENCE_ROLL = 2000;

export function generateProvision(school: SyntheticSchool, seed: number): SyntheticProvision {
  const rnd = Random.seeded(seed).fork('provision');
  const onRoll = school.pupils.filter((p) => p.details.leavingDate === null).length;
  const scale = onRoll / REFERENCE_ROLL;

  const roleIds = Object.fromEntries(Object.entries(demoRoles).map(([key, role]) => [key, role.id])) as Record<DemoRoleKey, string>;
  const roles: StaffRole[] = Object.values(demoRoles).map((role) => ({ ...role }));
  const ids = rnd.fork('ids');
  const la: CostingTemplate = {
    id: ids.uuid(),
    name: 'Northshire LA banding 2026',
    weeksPerYear: 39,
    // The LA's banding prices TA and teacher time with on-costs; other roles fall back to the school's rates.
    ratesPerMinutePence: { [roleIds.ta]: 31.25, [roleIds.teacher]: 72.5 },
    capPerPupilPerProvisionPence: 300_000,
    builtIn: false,
  };
  const builtIn: CostingTemplate = {
    id: DEFAULT_TEMPLATE_ID,
    name: `School default (${DEFAULT_WEEKS_PER_YEAR} weeks)`,
    weeksPerYear: DEFAULT_WEEKS_PER_YEAR,
    ratesPerMinutePence: {},
    capPerPupilPerProvisionPence: null,
    builtIn: true,
  };
  const outcomes: ReviewOutcome[] = defaultReviewOutcomes.map((o) => ({ ...o, id: seededOutcomeIds[o.score] }));
  const outcomeIds = seededOutcomeIds;

  const library = demoLibrary.map((entry) => ({ entry, id: ids.fork(`library:${entry.key}`).uuid() }));
  const { groups, memberships } = provisionGroups({
    pupils: provisionPupils(school),
    today: toDay(school.today),
    scale,
    library,
    roleIds,
    pools: staffPools(scale, rnd.fork('staff')),
    outcomeIds,
    rnd: rnd.fork('groups'),
  });

  return {
    roles,
    templates: [builtIn, la],
    schoolTemplateId: DEFAULT_TEMPLATE_ID,
    outcomes,
    library: library.map(({ entry: { key: _key, score: _score, years: _years, role, archived, ...fields }, id }) => ({
      ...fields,
      id,
      defaultRoleId: roleIds[role],
      archived: archived ?? false,
    })),
    groups,
    memberships,
  };
}
