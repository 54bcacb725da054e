import {
  type BroadArea,
  broadAreaLabels,
  isHistoric,
  isNcYearGroup,
  isNeedType,
  ncYearGroupLabels,
  needTypeDetails,
  senProvisionLabels,
} from '../../shared/domain/sen';

/**
 * The words of a pupil's SEN summary for each audience. Staff read the DfE
 * codes beside their meanings, as on screen; a parent (or the young person)
 * reads plain words with no codes, because a code is jargon to a family and
 * the meaning is what they need (DESIGN.md, Documents and printing).
 */
export type SummaryAudience = 'staff' | 'parent';

/** What each status means, said to a family about the pupil by name. */
const statusMeaningForParents: Record<string, (name: string) => string> = {
  E: (name) =>
    `${name} has an education, health and care (EHC) plan. The local authority wrote it with you and the school; it sets out ${name}’s needs and the help ${name} must get.`,
  K: (name) =>
    `${name} gets SEN support: help that is extra to, or different from, what most children of the same age get. The school plans and reviews it with you.`,
  N: (name) => `${name} is not on the school’s special educational needs (SEN) register.`,
  S: () => 'A statement of special educational needs: what came before EHC plans, until 2018.',
  A: () => 'School Action: what SEN support used to be called.',
  P: () => 'School Action Plus: what SEN support with help from outside specialists used to be called.',
};

const statusLabelsForParents: Record<string, string> = {
  E: 'Education, health and care (EHC) plan',
  K: 'SEN support',
  N: 'Not on the SEN register',
  S: 'Statement of special educational needs',
  A: 'School Action',
  P: 'School Action Plus',
};

/** Plain meanings where the census wording is a code's definition rather than something a family says. */
const needMeaningsForParents: Partial<Record<string, string>> = {
  SPLD: 'Specific learning difficulty (for example dyslexia or dyscalculia)',
  ASD: 'Autism',
  OTH: 'Another difficulty or disability',
  NSA: 'Special educational needs not yet assessed by a specialist',
  PD: 'Physical disability',
};

const areaLabelsForParents: Record<BroadArea, string> = {
  ...broadAreaLabels,
  'sensory-physical': 'Sensory or physical',
};

/** A status code read by this audience; an unknown code is shown as it is rather than hidden. */
export function statusWords(code: string, audience: SummaryAudience): string {
  if (audience === 'parent') return statusLabelsForParents[code] ?? code;
  const label = code in senProvisionLabels ? senProvisionLabels[code as keyof typeof senProvisionLabels] : code;
  return isHistoric(code) ? `${label} (historic code ${code})` : label;
}

/** For a family only: one sentence on what the status now means for the pupil. */
export function statusMeaning(code: string, pupilName: string): string | null {
  return statusMeaningForParents[code]?.(pupilName) ?? null;
}

export function needWords(code: string, audience: SummaryAudience): string {
  if (!isNeedType(code)) return code;
  const meaning = needTypeDetails[code].meaning;
  return audience === 'parent' ? (needMeaningsForParents[code] ?? meaning) : `${code} – ${meaning}`;
}

export function areaWords(code: string, audience: SummaryAudience): string {
  const area = isNeedType(code) ? needTypeDetails[code].area : null;
  if (area === null) return audience === 'parent' ? 'None of the four broad areas' : 'No broad area';
  return audience === 'parent' ? areaLabelsForParents[area] : broadAreaLabels[area];
}

/** Rank 1 is the primary need and 2 the secondary (REFERENCE.md §2); the app may hold more. */
export function rankWords(rank: number, audience: SummaryAudience): string {
  if (audience === 'parent') return rank === 1 ? 'Main need' : 'Also';
  if (rank === 1) return 'Primary';
  if (rank === 2) return 'Secondary';
  return `Rank ${rank}`;
}

export function yearWords(code: string | null): string {
  if (code === null) return 'Not recorded';
  return isNcYearGroup(code) ? ncYearGroupLabels[code] : code;
}

export function consultedWords(who: readonly string[], audience: SummaryAudience, pupilName: string): string {
  if (who.length === 0) return 'Nobody recorded';
  const words: Record<string, string> = {
    'class-teacher': 'class teacher',
    parents: 'parents or carers',
    pupil: audience === 'parent' ? pupilName : 'pupil',
  };
  return who.map((w) => words[w] ?? w).join(', ');
}

export function monitoringOutcomeWords(outcome: string | null, audience: SummaryAudience): string | null {
  if (outcome === 'moved-to-sen-support') return audience === 'parent' ? 'SEN support started' : 'Moved to SEN support';
  if (outcome === 'closed') return audience === 'parent' ? 'No longer needed' : 'Closed';
  return outcome;
}
