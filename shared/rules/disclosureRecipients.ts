/**
 * Who may receive which kind of record without consent, and on what legal basis (REFERENCE.md §5,
 * the school's SEND policy "Confidentiality", SEND Code of Practice 0–25 §6.57). The basis strings
 * are what the disclosure register records, so each names the law and the REFERENCE item.
 */
import type { DocumentKind, RecipientKind } from '../domain/disclosure';

/** EHC plans and the other SEN records: the statutory list of REFERENCE §5 applies to them. */
export const senRecordKinds: readonly DocumentKind[] = ['ehc-plan', 'sen-record', 'provision-map'];

/**
 * Health, family/social-care details and other professionals' reports follow the SEN records'
 * recipients, but only when chosen on their own ("go only where the basis covers them", REFERENCE
 * §5): they must never ride along with a pack by default.
 */
export const chosenOnlyKinds: readonly DocumentKind[] = ['health', 'family-social-care', 'third-party-report'];

/** Every kind of record that is about one pupil and so follows the statutory list and consent. */
export const pupilRecordKinds: readonly DocumentKind[] = [...senRecordKinds, ...chosenOnlyKinds];

/** REFERENCE §5 items 1–7: recipients who may have a pupil's SEN records without consent. */
export const statutoryBases: Partial<Record<RecipientKind, string>> = {
  'send-tribunal':
    'Education Act 1996 and SEND Regulations 2014 / REFERENCE §5 item 1: the SEND Tribunal, when parents appeal',
  'secretary-of-state': 'Education Act 1996 / REFERENCE §5 item 1: the Secretary of State',
  court: 'REFERENCE §5 item 2: the order of a court, or criminal proceedings',
  ombudsman: 'Local Government Act 1974 / REFERENCE §5 item 3: an investigation of maladministration',
  'social-care-authority':
    'Disabled Persons (Services, Consultation and Representation) Act 1986 and Children Act 1989 / REFERENCE §5 item 4: an authority’s duties to safeguard and promote the welfare of children',
  ofsted: 'REFERENCE §5 item 5: an Ofsted inspection team, during an inspection',
  'next-school-head':
    'REFERENCE §5 item 6 and CoP 6.57: the headteacher of the setting where the pupil starts the next phase of education',
  'la-sen-team': 'SEND Regulations 2014 / REFERENCE §5 item 7: the LA’s statutory EHC duties (assessment, review, amendment)',
};

export const INTERNAL_USE_BASIS =
  'Policy, Use of data and record keeping / REFERENCE §5: internal use by staff of this school';
export const PARENT_ACCESS_BASIS =
  'UK GDPR subject access / REFERENCE §5 "Always": a parent may have their own child’s records until the child is 16';
export const YOUNG_PERSON_ACCESS_BASIS =
  'UK GDPR subject access / REFERENCE §5 "Always": the young person may have their own records from 16';
export const INTERESTS_OF_PUPIL_BASIS =
  'Policy, Confidentiality / REFERENCE §5 item 8: in the interests of the pupil, with a written reason and a second person’s approval';
export const PUPIL_COSTS_LA_BASIS =
  'REFERENCE §5 "Always": costs per pupil go to the LA for funding and assessment requests';
export const STATISTICS_BASIS =
  'Policy, Use of data and record keeping / REFERENCE §5: anonymised statistics on levels and types of need, cells under 5 suppressed';

export function consentBasis(givenBy: 'parent' | 'young-person', givenOn: string): string {
  const who = givenBy === 'parent' ? 'a parent' : 'the young person';
  return `Consent given by ${who} on ${givenOn} / REFERENCE §5: a recorded consent covering this recipient and this document`;
}

/** Recipients that may have anonymised statistics (Policy: "makes this available to the LA and Ofsted"). */
export const statisticsRecipients: readonly RecipientKind[] = ['la-sen-team', 'ofsted', 'school-staff'];

/** Recipients that may have the costs of a pupil's provision (REFERENCE §5 "Always"). */
export const pupilCostsRecipients: readonly RecipientKind[] = ['la-sen-team', 'school-staff'];

/** Roles that may approve an "in the interests of the pupil" disclosure (REFERENCE §5 item 8). */
export const approverRoles = ['headteacher', 'dsl'] as const;
