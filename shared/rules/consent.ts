import type { ConsentGiver, ConsentRecord, DocumentKind, RecipientKind } from '../domain/disclosure';

/**
 * The consent register's rules (REFERENCE.md §5): who may consent, to what,
 * and whether a consent counts on a given day. Main, the contract and the
 * form all use these, so a form and the database never disagree.
 */

/**
 * Recipients a consent can name. Parents and the pupil have their own records
 * by subject access, and staff of this school need no consent, so consent to
 * them would record nothing. The statutory recipients (tribunal, court, Ofsted…)
 * are offered: a family may agree to more than the law requires, and the
 * register should say so.
 */
export const consentableRecipients = [
  'la-sen-team',
  'next-school-head',
  'social-care-authority',
  'send-tribunal',
  'secretary-of-state',
  'court',
  'ombudsman',
  'ofsted',
  'other',
] as const satisfies readonly RecipientKind[];
export type ConsentableRecipient = (typeof consentableRecipients)[number];

/**
 * Records a consent can cover. Left out, because no consent can send them
 * (REFERENCE §5, "Always"): safeguarding records never travel with SEND
 * exports; staff pay rates never leave the app; costs per pupil go only to the
 * LA, on its own basis, so a family's consent changes nothing for them; and
 * anonymised statistics are about no one pupil, so there is no one to consent.
 */
export const consentableDocuments = [
  'ehc-plan',
  'sen-record',
  'provision-map',
  'health',
  'family-social-care',
  'third-party-report',
] as const satisfies readonly DocumentKind[];
export type ConsentableDocument = (typeof consentableDocuments)[number];

export const consentMethods = ['written', 'verbal'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/** A consent as it is recorded; `giverName`, `giverRelationship` and `parentalResponsibility` are null when the pupil gives it. */
export interface ConsentInput {
  givenBy: ConsentGiver;
  giverName: string | null;
  giverRelationship: string | null;
  parentalResponsibility: boolean | null;
  givenOn: string;
  how: ConsentMethod;
  evidence: string;
  recipientKinds: readonly string[];
  recipientName: string | null;
  recipientOrganisation: string | null;
  documentKinds: readonly string[];
  expiresOn: string | null;
  note: string | null;
}

export type ConsentField =
  | 'givenBy'
  | 'giverName'
  | 'giverRelationship'
  | 'parentalResponsibility'
  | 'givenOn'
  | 'evidence'
  | 'recipientKinds'
  | 'recipientName'
  | 'documentKinds'
  | 'expiresOn';

export interface ConsentProblem {
  field: ConsentField;
  message: string;
}

/** What is known beside the form: today's London date, and the pupil's date of birth (null where not known, e.g. in the contract). */
export interface ConsentContext {
  today: string | null;
  dateOfBirth: string | null;
}

/** The age at which the pupil may consent for themselves (REFERENCE §5: "the young person from 16"). */
export const OWN_CONSENT_AGE = 16;

const blank = (text: string | null) => (text ?? '').trim() === '';

/** Full years between a date of birth and a day, both ISO dates; a birthday on 29 February counts from 1 March in other years. */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/**
 * Everything wrong with a consent before it is recorded, in form order.
 *
 * A parent must have parental responsibility. REFERENCE §5 asks for "the
 * consent of the parents"; a carer without parental responsibility (a
 * step-parent, a grandparent the pupil lives with) is a parent under the
 * Education Act's wide meaning, but cannot make decisions about the child's
 * records. We take the stricter reading: only someone with parental
 * responsibility can consent, so a consent on the register always stands.
 */
export function consentProblems(input: ConsentInput, context: ConsentContext): ConsentProblem[] {
  const found: ConsentProblem[] = [];
  const add = (field: ConsentField, message: string) => found.push({ field, message });
  if (input.givenBy === 'parent') {
    if (blank(input.giverName)) add('giverName', 'Enter the name of the parent or carer who gave consent.');
    if (blank(input.giverRelationship)) add('giverRelationship', 'Say how they are related to the pupil, for example mother or special guardian.');
    if (input.parentalResponsibility === null) add('parentalResponsibility', 'Say whether they have parental responsibility.');
    else if (!input.parentalResponsibility) {
      add('parentalResponsibility', 'Only someone with parental responsibility can consent. Ask a parent who has it, or the pupil if they are 16 or over.');
    }
  }
  if (input.givenOn === '') add('givenOn', 'Enter the date consent was given.');
  else if (context.today !== null && input.givenOn > context.today) add('givenOn', 'The date consent was given cannot be in the future.');
  else if (input.givenBy === 'young-person' && context.dateOfBirth !== null && ageOn(context.dateOfBirth, input.givenOn) < OWN_CONSENT_AGE) {
    add('givenBy', `The pupil can give their own consent from the age of ${OWN_CONSENT_AGE}; on that date they were ${ageOn(context.dateOfBirth, input.givenOn)}. Ask a parent with parental responsibility.`);
  }
  if (blank(input.evidence)) {
    add('evidence', input.how === 'written' ? 'Say where the signed form or letter is kept.' : 'Say who heard the consent, and where it is noted.');
  }
  if (input.recipientKinds.length === 0) add('recipientKinds', 'Choose who the records may be shared with.');
  else if (input.recipientKinds.some((kind) => !(consentableRecipients as readonly string[]).includes(kind))) {
    add('recipientKinds', 'Choose recipients from the list: consent to share with parents, the pupil or this school’s staff is not needed.');
  }
  if (input.recipientKinds.includes('other') && blank(input.recipientName) && blank(input.recipientOrganisation)) {
    add('recipientName', 'Name the other recipient, or their organisation.');
  }
  if (input.documentKinds.length === 0) add('documentKinds', 'Choose which records may be shared.');
  else if (input.documentKinds.some((kind) => !(consentableDocuments as readonly string[]).includes(kind))) {
    add('documentKinds', 'Choose records from the list: safeguarding records, staff costs, costs per pupil and statistics are never shared by consent.');
  }
  if (input.expiresOn !== null && input.givenOn !== '' && input.expiresOn < input.givenOn) {
    add('expiresOn', 'The consent cannot end before the date it was given.');
  }
  return found;
}

export interface WithdrawalProblem {
  field: 'withdrawnOn' | 'reason';
  message: string;
}

/** Everything wrong with a withdrawal of a consent given on `givenOn`. */
export function withdrawalProblems(
  withdrawal: { withdrawnOn: string; reason: string },
  givenOn: string | null,
  today: string | null,
): WithdrawalProblem[] {
  const found: WithdrawalProblem[] = [];
  if (withdrawal.withdrawnOn === '') found.push({ field: 'withdrawnOn', message: 'Enter the date consent was withdrawn.' });
  else if (today !== null && withdrawal.withdrawnOn > today) found.push({ field: 'withdrawnOn', message: 'The date consent was withdrawn cannot be in the future.' });
  else if (givenOn !== null && withdrawal.withdrawnOn < givenOn) found.push({ field: 'withdrawnOn', message: 'Consent cannot be withdrawn before the date it was given.' });
  if (withdrawal.reason.trim() === '') found.push({ field: 'reason', message: 'Say why consent was withdrawn, or how the school was told.' });
  return found;
}

export const consentStatuses = ['current', 'not-yet', 'expired', 'withdrawn'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

/**
 * Whether a consent counts on `today` (REFERENCE §5: "a withdrawn or expired
 * consent no longer counts"). A consent counts through its expiry date and
 * stops on the day it is withdrawn: the family said no that day.
 */
export function consentStatus(record: Pick<ConsentRecord, 'givenOn' | 'expiresOn' | 'withdrawnOn'>, today: string): ConsentStatus {
  if (record.withdrawnOn !== undefined && record.withdrawnOn <= today) return 'withdrawn';
  if (record.givenOn > today) return 'not-yet';
  if (record.expiresOn !== undefined && record.expiresOn < today) return 'expired';
  return 'current';
}
