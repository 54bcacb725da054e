/**
 * The disclosure rules in plain English, for the Disclosure rules page read by the SENCO, the
 * headteacher and the DPO. Each rule cites where it comes from. The `decides` cases say what the
 * rule in shared/rules/disclosure.ts does for it, so a test can hold the page and the rule to the
 * same answer: change one and the other must change with it.
 */
import type { DocumentKind, Outcome, RecipientKind } from '../domain/disclosure';

export interface RuleCase {
  recipients: RecipientKind[];
  documents: DocumentKind[];
  outcome: Outcome;
  /** The pupil's age on the day; under 16 when left out. */
  sixteenOrOver?: boolean;
  /** For health, family/social-care and professionals' reports. */
  chosenExplicitly?: boolean;
}

export interface DisclosureRuleText {
  id: string;
  title: string;
  text: string;
  citation: string;
  decides?: RuleCase[];
}

export interface DisclosureRuleSection {
  id: string;
  heading: string;
  rules: DisclosureRuleText[];
}

const senRecords: DocumentKind[] = ['ehc-plan', 'sen-record', 'provision-map'];
const chosenOnly: DocumentKind[] = ['health', 'family-social-care', 'third-party-report'];
const statutory: RecipientKind[] = [
  'send-tribunal',
  'secretary-of-state',
  'court',
  'ombudsman',
  'social-care-authority',
  'ofsted',
  'next-school-head',
  'la-sen-team',
];
const allRecipients = (except: RecipientKind[]): RecipientKind[] =>
  [...statutory, 'parent', 'young-person', 'school-staff', 'other'].filter((r) => !except.includes(r as RecipientKind)) as RecipientKind[];

const withoutConsent = (recipients: RecipientKind[]): RuleCase[] => [{ recipients, documents: senRecords, outcome: 'allowed' }];

export const disclosureRuleSections: DisclosureRuleSection[] = [
  {
    id: 'without-consent',
    heading: 'Who may have a pupil’s SEN records without consent',
    rules: [
      {
        id: 'tribunal',
        title: 'The SEND Tribunal and the Secretary of State',
        text: 'An EHC plan and the other SEN records (register entry, support plans, reviews, provision maps, meeting notes, profiles) may go to the SEND Tribunal when parents appeal, and to the Secretary of State.',
        citation: 'Education Act 1996; SEND policy, Confidentiality; REFERENCE §5 item 1',
        decides: withoutConsent(['send-tribunal', 'secretary-of-state']),
      },
      {
        id: 'court',
        title: 'A court',
        text: 'They may go on the order of a court, or for criminal proceedings.',
        citation: 'SEND policy, Confidentiality; REFERENCE §5 item 2',
        decides: withoutConsent(['court']),
      },
      {
        id: 'ombudsman',
        title: 'The Ombudsman',
        text: 'They may go to the Local Government and Social Care Ombudsman investigating maladministration.',
        citation: 'Local Government Act 1974; SEND policy, Confidentiality; REFERENCE §5 item 3',
        decides: withoutConsent(['ombudsman']),
      },
      {
        id: 'social-care',
        title: 'A social care authority',
        text: 'They may go to an authority for its duties to disabled people and to safeguard and promote the welfare of children.',
        citation:
          'Disabled Persons (Services, Consultation and Representation) Act 1986; Children Act 1989; SEND policy, Confidentiality; REFERENCE §5 item 4',
        decides: withoutConsent(['social-care-authority']),
      },
      {
        id: 'ofsted',
        title: 'Ofsted',
        text: 'They may be shown to an Ofsted inspection team during an inspection of the school or the local authority.',
        citation: 'SEND policy, Confidentiality; REFERENCE §5 item 5',
        decides: withoutConsent(['ofsted']),
      },
      {
        id: 'next-school',
        title: 'The headteacher of the next school',
        text: 'They may go to the headteacher of the school or setting where the pupil will start the next phase of education. Anything beyond the statutory transfer, apart from the EHC plan, needs the parents’ agreement recorded as a consent first.',
        citation: 'SEND policy, Confidentiality; SEND Code of Practice 6.57; REFERENCE §5 item 6',
        decides: withoutConsent(['next-school-head']),
      },
      {
        id: 'local-authority',
        title: 'The local authority',
        text: 'They may go to the local authority that maintains the EHC plan, for its statutory duties: assessment, review and amendment.',
        citation: 'SEND Regulations 2014; REFERENCE §5 item 7',
        decides: withoutConsent(['la-sen-team']),
      },
      {
        id: 'staff',
        title: 'Staff of this school',
        text: 'Staff of this school may have them for their work with the pupil. They stay inside the school.',
        citation: 'SEND policy, Use of data and record keeping; REFERENCE §5',
        decides: withoutConsent(['school-staff']),
      },
    ],
  },
  {
    id: 'parents',
    heading: 'Parents and the young person',
    rules: [
      {
        id: 'parent-under-16',
        title: 'Parents, until the 16th birthday',
        text: 'A parent or carer may have their own child’s records until the child’s 16th birthday.',
        citation: 'UK GDPR Article 15 (subject access); REFERENCE §5, Always',
        decides: [{ recipients: ['parent'], documents: senRecords, outcome: 'allowed' }],
      },
      {
        id: 'young-person',
        title: 'The young person, from 16',
        text: 'From the 16th birthday the records are the young person’s: they may have them, and parents may have them only with the young person’s consent. Someone born on 29 February turns 16 on 1 March when there is no 29 February that year.',
        citation: 'UK GDPR Article 15 (subject access); REFERENCE §5, Always',
        decides: [
          { recipients: ['young-person'], documents: senRecords, outcome: 'allowed', sixteenOrOver: true },
          { recipients: ['parent'], documents: senRecords, outcome: 'needs-consent', sixteenOrOver: true },
        ],
      },
      {
        id: 'pupil-under-16',
        title: 'The pupil, before 16',
        text: 'Before the 16th birthday a pupil may be given their own records with a parent’s consent, or in their interests with a second person’s approval.',
        citation: 'REFERENCE §5 and item 8',
        decides: [{ recipients: ['young-person'], documents: senRecords, outcome: 'needs-consent' }],
      },
    ],
  },
  {
    id: 'consent',
    heading: 'Consent',
    rules: [
      {
        id: 'anyone-else',
        title: 'Anyone else needs consent',
        text: 'Records go to anyone not named above only with a consent that covers them, or in the interests of the pupil with a second person’s approval.',
        citation: 'SEND policy, Confidentiality; REFERENCE §5',
        decides: [{ recipients: ['other'], documents: [...senRecords, ...chosenOnly], outcome: 'needs-consent', chosenExplicitly: true }],
      },
      {
        id: 'consent-counts',
        title: 'When a consent counts',
        text: 'A consent counts only if it was given on or before the day, has not been withdrawn, and names both the recipient and the kind of record. A consent counts up to and including the last day it names, and stops counting the day after. Before the 16th birthday it must come from a parent; from the birthday only the young person’s own consent counts.',
        citation: 'UK GDPR Article 7 (conditions for consent); REFERENCE §5, Always',
      },
    ],
  },
  {
    id: 'interests',
    heading: 'In the interests of the pupil',
    rules: [
      {
        id: 'second-person',
        title: 'A written reason and a second person',
        text: 'Where no consent covers a disclosure, records may go in the interests of the pupil only with a written reason and the approval of a headteacher or designated safeguarding lead who is not the person asking, before anything is sent. This does not apply to parents once the pupil is 16.',
        citation: 'SEND policy, Confidentiality (“or in the interests of the pupil”); REFERENCE §5 item 8',
      },
    ],
  },
  {
    id: 'never',
    heading: 'What never goes',
    rules: [
      {
        id: 'safeguarding',
        title: 'Safeguarding records',
        text: 'Safeguarding records never go out with SEND records, to anyone. The designated safeguarding lead shares them through the school’s safeguarding procedures.',
        citation: 'REFERENCE §5, Always',
        decides: [{ recipients: allRecipients([]), documents: ['safeguarding'], outcome: 'refused' }],
      },
      {
        id: 'staff-costs',
        title: 'Staff pay rates',
        text: 'Staff costs and pay rates never leave the school.',
        citation: 'REFERENCE §5, Always',
        decides: [
          { recipients: allRecipients(['school-staff']), documents: ['staff-costs'], outcome: 'refused' },
          { recipients: ['school-staff'], documents: ['staff-costs'], outcome: 'allowed' },
        ],
      },
      {
        id: 'pupil-costs',
        title: 'The cost of a pupil’s provision',
        text: 'What a pupil’s provision costs goes only to the local authority, for funding and assessment requests, and to staff of this school.',
        citation: 'REFERENCE §5, Always',
        decides: [
          { recipients: allRecipients(['la-sen-team', 'school-staff']), documents: ['pupil-costs'], outcome: 'refused' },
          { recipients: ['la-sen-team', 'school-staff'], documents: ['pupil-costs'], outcome: 'allowed' },
        ],
      },
      {
        id: 'other-pupils',
        title: 'Other pupils',
        text: 'A pupil’s document never identifies another pupil, even to staff. A group shows as “with 3 other pupils”.',
        citation: 'UK GDPR Article 5(1)(c) (data minimisation); REFERENCE §5, Always',
      },
    ],
  },
  {
    id: 'other-records',
    heading: 'Health, family and other professionals’ reports',
    rules: [
      {
        id: 'chosen-explicitly',
        title: 'Only when chosen on purpose',
        text: 'Health information, family and social care details and reports written by other professionals go to the same people as SEN records, but only when they are chosen on their own: they never go along by default.',
        citation: 'UK GDPR Article 9 (special category data); REFERENCE §5, Always',
        decides: [
          { recipients: [...statutory, 'school-staff', 'parent'], documents: chosenOnly, outcome: 'allowed', chosenExplicitly: true },
          { recipients: [...statutory, 'school-staff', 'parent'], documents: chosenOnly, outcome: 'refused', chosenExplicitly: false },
        ],
      },
    ],
  },
  {
    id: 'statistics',
    heading: 'Statistics',
    rules: [
      {
        id: 'statistics',
        title: 'Anonymised statistics',
        text: 'Statistics about the levels and types of need go to the local authority, Ofsted and staff of this school. They name no pupil, and any number under 5 is hidden, with any other number from which it could be worked out.',
        citation: 'SEND policy, Use of data and record keeping; REFERENCE §5, Always',
        decides: [
          { recipients: ['la-sen-team', 'ofsted', 'school-staff'], documents: ['statistics'], outcome: 'allowed' },
          { recipients: allRecipients(['la-sen-team', 'ofsted', 'school-staff']), documents: ['statistics'], outcome: 'refused' },
        ],
      },
    ],
  },
  {
    id: 'deciding',
    heading: 'How a decision is made',
    rules: [
      {
        id: 'each-document',
        title: 'Each record on its own',
        text: 'Every record chosen is decided on its own, and the request as a whole takes the strictest answer among them: refused, then waiting for approval, then waiting for consent, then allowed. A record about a pupil SENCO Desk does not know is refused, and so is a request with nothing in it.',
        citation: 'DESIGN, Disclosure gate; REFERENCE §5',
      },
      {
        id: 'register',
        title: 'Every decision is recorded',
        text: 'Every decision, refusals included, goes into the disclosure register: what, to whom, why, on which basis, by whom, when, and a fingerprint (hash) of what was sent.',
        citation: 'UK GDPR Article 5(2) (accountability); REFERENCE §5, Always',
      },
    ],
  },
];
