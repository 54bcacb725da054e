import type { BroadArea, NcYearGroup } from './sen';
import type {
  CostingTemplate,
  EvaluationDecision,
  MeasureKind,
  ProvisionGroup,
  ProvisionMembership,
  ReviewOutcome,
  StaffRole,
  TimetableSlot,
  Wave,
} from './provision';

/**
 * The view models of the three provision maps (issue 6, item 5). One view
 * model feeds both the screen (over IPC) and the printed document
 * (electron/documents), so what is seen is what prints. They are built by the
 * pure functions in shared/rules/provisionMaps.ts.
 *
 * Audiences (DESIGN.md, Documents and printing):
 * - `staff`: everything the viewer's role may see (costs only for the SENCO);
 * - `meeting`: no pay rates and no costs;
 * - `parent`: plain words, no costs, and no other pupil ever named: a group
 *   reads "with 3 other pupils". Only a single pupil's map has this audience.
 *
 * Every `cost` field is absent (not zero) when costs are not shown: a view
 * model for a meeting or a parent carries no money at all, so nothing built
 * from it can print a £ figure.
 */

export const audiences = ['staff', 'meeting', 'parent'] as const;
export type Audience = (typeof audiences)[number];

export const audienceLabels: Record<Audience, string> = {
  staff: 'Staff: everything your role may see',
  meeting: 'A meeting: no pay rates or costs',
  parent: 'A parent: plain words, no costs, no other pupil named',
};

/** Pence: to date is what has been delivered up to the map's "as of" date; projected runs to the end date. */
export interface CostPair {
  toDatePence: number;
  projectedPence: number;
}

export interface MapRange {
  /** ISO dates, inclusive. */
  from: string;
  to: string;
  /** "Autumn term 2026", or "1 September 2026 to 31 December 2026". */
  label: string;
}

export interface MapHeader {
  schoolName: string;
  /** "Whole-school provision map", "Provision map for Ava Smith", "Intervention impact: Toe by Toe (Year 4)". */
  title: string;
  /** "By area of need and wave · Autumn term 2026". */
  scope: string;
  range: MapRange;
  /** ISO date costs "to date" are counted to (today, unless the range ended earlier). */
  asOf: string;
  audience: Audience;
  showCosts: boolean;
  /**
   * With costs only: what the costing could not price as the template says,
   * e.g. "Learning mentor has no rate, so their time is not costed." Absent
   * when costs are not shown.
   */
  costNotes?: string[];
}

// Whole-school map

export const schoolMapGroupings = ['area-wave', 'year'] as const;
export type SchoolMapGrouping = (typeof schoolMapGroupings)[number];

/** By year, `year: null` is the last cell, "Year not recorded", for pupils with no year on their record. */
export type SchoolMapCellKey = { kind: 'area-wave'; area: BroadArea; wave: Wave } | { kind: 'year'; year: NcYearGroup | null };

/** One group as it appears in one cell (by year, a mixed-year group appears once per year, with that year's pupils). */
export interface SchoolMapEntry {
  groupId: string;
  name: string;
  area: BroadArea;
  wave: Wave;
  /** "Jo Bloggs (Teaching assistant)"; for a meeting the roles only: "Teaching assistant". */
  staff: string[];
  /** "Mon, Wed 09:00–09:30" or "3 × 20 minutes a week". */
  when: string;
  room: string;
  startDate: string;
  endDate: string | null;
  pupilCount: number;
  /** Staff audience only: "Ava Smith (Y4)". Absent for a meeting. */
  pupilNames?: string[];
  /** Sessions in the range (sessions a week × weeks of the range the group ran). */
  sessions: number;
  /** Staff hours in the range. */
  hours: number;
  cost?: CostPair;
}

export interface MapTotals {
  groups: number;
  /** Distinct pupils. */
  pupils: number;
  sessions: number;
  hours: number;
  cost?: CostPair;
}

export interface SchoolMapCell {
  key: SchoolMapCellKey;
  label: string;
  entries: SchoolMapEntry[];
  totals: MapTotals;
}

export interface Element3Candidate {
  pupilId: string;
  name: string;
  year: NcYearGroup | null;
  /** Additional support this school year, projected to its end. */
  yearCostPence: number;
  /** What is above the £6,000 the school meets itself. */
  abovePence: number;
}

export interface SchoolMapView {
  header: MapHeader;
  grouping: SchoolMapGrouping;
  /** Every cell in a fixed order, empty ones too, so the grid has the same shape every time. */
  cells: SchoolMapCell[];
  totals: MapTotals;
  /** Staff audience with costs only: pupils whose support this school year passes £6,000. */
  element3Candidates?: Element3Candidate[];
}

// A pupil's costed provision map

export interface ScoreChange {
  entry: number | null;
  exit: number | null;
  /** Exit − entry; null until both are recorded. */
  change: number | null;
  /** Change ÷ months between the entry and exit assessments; null when either is missing or no time passed. */
  perMonth: number | null;
}

export interface PupilMapProvision {
  membershipId: string;
  groupId: string;
  name: string;
  area: BroadArea;
  wave: Wave;
  /** Staff: "Jo Bloggs (Teaching assistant)"; meeting: roles; parent: "a teaching assistant". */
  staff: string[];
  /** "3 sessions a week of 20 minutes". */
  frequency: string;
  startDate: string;
  endDate: string | null;
  /** "On their own", or "with 3 other pupils": never a name. */
  groupWith: string;
  intendedOutcome: string;
  measureKind: MeasureKind;
  /** "Reading age (months)" or the custom measure's name. */
  measureLabel: string;
  scores: ScoreChange;
  outcome: { label: string; score: number } | null;
  evaluation: { decision: EvaluationDecision; reason: string; date: string } | null;
  cost?: CostPair;
}

export interface PupilTimetableEntry extends TimetableSlot {
  provisionName: string;
  room: string;
  /** As `PupilMapProvision.staff` for the audience. */
  staff: string[];
}

export interface PupilMapView {
  header: MapHeader;
  pupil: {
    id: string;
    name: string;
    year: NcYearGroup | null;
    className: string | null;
    /** "SEN support", "EHC plan" (staff and meeting only). */
    senStatus: string | null;
    /** Need labels, highest rank first. */
    needs: string[];
  };
  /** Every provision that overlaps the range, earliest first. */
  provisions: PupilMapProvision[];
  /** The week's sessions of the provisions running on the "as of" date (or the range's last day), Monday first. */
  timetable: PupilTimetableEntry[];
  /** Staff audience with costs only. */
  costs?: {
    total: CostPair;
    /** This school year (1 September to 31 August), projected: what element 2 and 3 are judged on. */
    schoolYearPence: number;
    element2Pence: number;
    abovePence: number;
    element3Candidate: boolean;
  };
}

// A group's intervention impact sheet

export interface ImpactPupilRow {
  membershipId: string;
  pupilId: string;
  name: string;
  year: NcYearGroup | null;
  startDate: string;
  endDate: string | null;
  scores: ScoreChange;
  outcome: { label: string; score: number } | null;
  evaluation: { decision: EvaluationDecision; reason: string } | null;
  cost?: CostPair;
  /** Projected cost ÷ change, in pence; null when there is no gain to divide by. */
  costPerUnitGainPence?: number | null;
}

export interface ImpactSheetView {
  header: MapHeader;
  group: {
    id: string;
    name: string;
    area: BroadArea;
    wave: Wave;
    staff: string[];
    when: string;
    room: string;
    startDate: string;
    endDate: string | null;
    intendedOutcome: string;
    measureKind: MeasureKind;
    measureLabel: string;
    /** "month", "months" for the measure. */
    unit: { one: string; many: string };
  };
  pupils: ImpactPupilRow[];
  summary: {
    pupils: number;
    /** Pupils with both an entry and an exit score. */
    measured: number;
    improved: number;
    meanChange: number | null;
    meanPerMonth: number | null;
    meanOutcomeScore: number | null;
    cost?: CostPair;
    costPerUnitGainPence?: number | null;
  };
  evaluation: { decision: EvaluationDecision; reason: string; date: string } | null;
}

// What the builders read (electron/services gathers it; shared/rules/provisionMaps.ts builds the views)

export interface MapPupil {
  id: string;
  /** Display name: preferred forename and surname. */
  name: string;
  year: NcYearGroup | null;
  className: string | null;
  senStatus: string | null;
  needs: string[];
}

export interface MapData {
  schoolName: string;
  /** The viewer's roles, with rates only when the viewer is the SENCO. */
  roles: StaffRole[];
  template: CostingTemplate;
  groups: ProvisionGroup[];
  /** Every membership of those groups, whoever it is (a group's size counts all of them). */
  memberships: ProvisionMembership[];
  pupils: Record<string, MapPupil>;
  outcomes: ReviewOutcome[];
}

export interface MapOptions {
  range: MapRange;
  /** Today, London: costs to date are counted up to here. */
  today: string;
  audience: Audience;
  /** True only for a SENCO printing for staff: every other viewer and audience gets no money. */
  showCosts: boolean;
}
