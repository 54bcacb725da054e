/**
 * The DfE codes for SEN, as the School Census and the Common Transfer File carry them
 * (REFERENCE.md §2), with the words a SENCO reads on screen.
 */

// SEN provision

/** The provisions a pupil can have today. Exactly one is open at a time. */
export const senProvisions = ['E', 'K', 'N'] as const;
export type SenProvision = (typeof senProvisions)[number];

/**
 * Codes older records carry: read-only on import, never chosen for a pupil now and never
 * sent to the census. `S` statements ended on 1 April 2018; `A` and `P` are the School
 * Action stages that SEN support (`K`) replaced.
 */
export const historicProvisions = ['S', 'A', 'P'] as const;
export type HistoricSenProvision = (typeof historicProvisions)[number];

/** Every provision code a record may hold, current first. */
export const allSenProvisions = [...senProvisions, ...historicProvisions] as const;
export type AnySenProvision = (typeof allSenProvisions)[number];

export const senProvisionLabels: Record<AnySenProvision, string> = {
  E: 'EHC plan',
  K: 'SEN support',
  // A pupil on the monitoring list (a concern, not on the register) is N too: REFERENCE.md §2.
  N: 'No SEN',
  S: 'Statement of SEN',
  A: 'School Action',
  P: 'School Action Plus',
};

export function isSenProvision(code: string): code is SenProvision {
  return (senProvisions as readonly string[]).includes(code);
}

/** True for `S`, `A` and `P`: shown in a pupil's history, never offered as a new status. */
export function isHistoric(code: string): code is HistoricSenProvision {
  return (historicProvisions as readonly string[]).includes(code);
}

// Broad areas of need (CoP 6.28–6.35)

export const broadAreas = ['cognition-learning', 'semh', 'communication-interaction', 'sensory-physical'] as const;
export type BroadArea = (typeof broadAreas)[number];

export const broadAreaLabels: Record<BroadArea, string> = {
  'cognition-learning': 'Cognition and learning',
  semh: 'Social, emotional and mental health',
  'communication-interaction': 'Communication and interaction',
  'sensory-physical': 'Sensory and/or physical',
};

// Types of need

/** The census need types, in the order of the REFERENCE table. */
export const needTypes = [
  'SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'ASD', 'HI', 'VI', 'MSI', 'PD', 'OTH', 'NSA', 'DS',
] as const;
export type NeedType = (typeof needTypes)[number];

export function isNeedType(code: string): code is NeedType {
  return (needTypes as readonly string[]).includes(code);
}

/**
 * What each code means and its broad area. `null` where the Code of Practice names no area:
 * OTH, NSA and DS (a Down syndrome census category since January 2025) fit none of the four.
 * NSA is SEN support with no specialist assessment of the type of need: only with `K`.
 */
export const needTypeDetails: Record<NeedType, { meaning: string; area: BroadArea | null }> = {
  SPLD: { meaning: 'Specific learning difficulty', area: 'cognition-learning' },
  MLD: { meaning: 'Moderate learning difficulty', area: 'cognition-learning' },
  SLD: { meaning: 'Severe learning difficulty', area: 'cognition-learning' },
  PMLD: { meaning: 'Profound and multiple learning difficulty', area: 'cognition-learning' },
  SEMH: { meaning: 'Social, emotional and mental health', area: 'semh' },
  SLCN: { meaning: 'Speech, language and communication needs', area: 'communication-interaction' },
  ASD: { meaning: 'Autistic spectrum disorder', area: 'communication-interaction' },
  HI: { meaning: 'Hearing impairment', area: 'sensory-physical' },
  VI: { meaning: 'Vision impairment', area: 'sensory-physical' },
  MSI: { meaning: 'Multi-sensory impairment', area: 'sensory-physical' },
  PD: { meaning: 'Physical disability', area: 'sensory-physical' },
  OTH: { meaning: 'Other difficulty/disability', area: null },
  NSA: { meaning: 'SEN support but no specialist assessment of type of need', area: null },
  DS: { meaning: 'Down syndrome', area: null },
};

// National Curriculum year groups

/**
 * NC year groups as the School Census sends them (`NCyearActual`, the DfE common basic
 * data set code list), youngest first:
 * - `E1`, `E2`: early years first and second year, for children below nursery age (under
 *   threes) in a school's early years provision. Not in the list we were first given, but
 *   kept: a CTF from a school with places for two-year-olds carries them, and refusing the
 *   code would turn away the pupil's record.
 * - `N1`, `N2`: first and second year of nursery; `R`: Reception.
 * - `1`–`14`: Years 1 to 14 (12 to 14 are post-16; 14 is seen mostly in special schools).
 * - `X`: National Curriculum not followed (special schools, pupils working outside any NC year).
 * The same list has `M` (mixed year), but only for a class's year group, never a pupil's:
 * it is left out.
 */
export const ncYearGroups = [
  'E1', 'E2', 'N1', 'N2', 'R',
  '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14',
  'X',
] as const;
export type NcYearGroup = (typeof ncYearGroups)[number];

export function isNcYearGroup(code: string): code is NcYearGroup {
  return (ncYearGroups as readonly string[]).includes(code);
}

export const ncYearGroupLabels: Record<NcYearGroup, string> = {
  E1: 'Early years 1',
  E2: 'Early years 2',
  N1: 'Nursery 1',
  N2: 'Nursery 2',
  R: 'Reception',
  '1': 'Year 1',
  '2': 'Year 2',
  '3': 'Year 3',
  '4': 'Year 4',
  '5': 'Year 5',
  '6': 'Year 6',
  '7': 'Year 7',
  '8': 'Year 8',
  '9': 'Year 9',
  '10': 'Year 10',
  '11': 'Year 11',
  '12': 'Year 12',
  '13': 'Year 13',
  '14': 'Year 14',
  X: 'No National Curriculum year',
};

/**
 * The year as a number for comparisons ("from Year 9", REFERENCE.md §4): Reception is 0,
 * N2 −1, N1 −2, E2 −3, E1 −4. `X` has no year: null, so a rule must decide for itself.
 */
export function ncYearNumber(code: NcYearGroup): number | null {
  if (code === 'X') return null;
  return ncYearGroups.indexOf(code) - ncYearGroups.indexOf('R');
}
