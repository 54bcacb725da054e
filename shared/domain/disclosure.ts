import type { Role } from './roles';

/**
 * Who may receive records, and what records are, for the disclosure gate
 * (REFERENCE.md §5). The rule itself is shared/rules/disclosure.ts; these are
 * the words both sides of the app and the rule share.
 */
export const recipientKinds = [
  'parent',
  'young-person',
  'next-school-head',
  'la-sen-team',
  'send-tribunal',
  'secretary-of-state',
  'court',
  'ombudsman',
  'social-care-authority',
  'ofsted',
  'school-staff',
  'other',
] as const;
export type RecipientKind = (typeof recipientKinds)[number];

export const recipientKindLabels: Record<RecipientKind, string> = {
  parent: 'A parent or carer of the pupil',
  'young-person': 'The pupil (from 16)',
  'next-school-head': 'The headteacher of the pupil’s next school',
  'la-sen-team': 'The local authority’s SEN team',
  'send-tribunal': 'The SEND Tribunal',
  'secretary-of-state': 'The Secretary of State',
  court: 'A court, or for criminal proceedings',
  ombudsman: 'The Local Government and Social Care Ombudsman',
  'social-care-authority': 'A social care authority (Children Act 1989)',
  ofsted: 'Ofsted, during an inspection',
  'school-staff': 'Staff of this school',
  other: 'Someone else',
};

export const documentKinds = [
  'ehc-plan',
  'sen-record',
  'provision-map',
  'pupil-costs',
  'staff-costs',
  'safeguarding',
  'health',
  'family-social-care',
  'third-party-report',
  'statistics',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindLabels: Record<DocumentKind, string> = {
  'ehc-plan': 'EHC plan',
  'sen-record': 'SEN record (register entry, support plans, reviews, profiles, meeting notes)',
  'provision-map': 'Provision map',
  'pupil-costs': 'Costs of a pupil’s provision',
  'staff-costs': 'Staff costs and pay rates',
  safeguarding: 'Safeguarding record',
  health: 'Health information',
  'family-social-care': 'Family and social care details',
  'third-party-report': 'Report by another professional',
  statistics: 'Anonymised statistics',
};

export interface DisclosureRequest {
  /** ISO date of the disclosure. */
  date: string;
  recipient: {
    kind: RecipientKind;
    name?: string;
    organisation?: string;
    /** For a parent or the young person: whose parent, or which pupil. Needed when the documents are about several pupils. */
    pupilId?: string;
  };
  documents: DisclosureDocument[];
  requestedBy: { userId: string; role: Role };
  /** The "in the interests of the pupil" route (REFERENCE §5 item 8). */
  interestsOfPupil?: { reason: string };
  /** The second person, for that route. */
  approvedBy?: { userId: string; role: Role };
}

export interface DisclosureDocument {
  id: string;
  kind: DocumentKind;
  /** The pupil the document is about; statistics and staff costs have none. */
  pupilId?: string;
  /**
   * Every pupil the document names or otherwise identifies (a group list, a meeting note).
   * The document's own pupil may be in it; anyone else makes it a refusal (REFERENCE §5).
   */
  identifiesPupilIds?: string[];
  /** Health, family/social-care and other professionals' reports go only when ticked on their own. */
  chosenExplicitly?: boolean;
  /**
   * For the next school: more than the statutory transfer (the pupil's educational record and
   * CTF). The parents' agreement must be recorded first (REFERENCE §5, CoP 6.57).
   */
  beyondStatutoryTransfer?: boolean;
}

export type ConsentGiver = 'parent' | 'young-person';

export interface ConsentRecord {
  pupilId: string;
  givenBy: ConsentGiver;
  givenOn: string;
  expiresOn?: string;
  withdrawnOn?: string;
  recipientKinds: RecipientKind[];
  documentKinds: DocumentKind[];
}

export interface DisclosureContext {
  pupils: Record<string, { dateOfBirth: string }>;
  consents: ConsentRecord[];
}

export const outcomes = ['allowed', 'needs-consent', 'needs-approval', 'refused'] as const;
export type Outcome = (typeof outcomes)[number];

export interface DisclosureDecision {
  /** The most restrictive of the documents' outcomes. */
  outcome: Outcome;
  /** Why the request as a whole was refused, when no document could be decided (an empty request, a bad date). */
  reason?: string;
  documents: { id: string; outcome: Outcome; basis?: string; reason: string }[];
}
