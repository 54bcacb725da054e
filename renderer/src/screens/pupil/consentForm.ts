import type { z } from 'zod';
import type { consentFields } from '../../../../shared/contract/consents';
import { documentKindLabels, recipientKindLabels } from '../../../../shared/domain/disclosure';
import {
  type ConsentField,
  type ConsentableDocument,
  type ConsentableRecipient,
  consentableDocuments,
  consentableRecipients,
  consentProblems,
} from '../../../../shared/rules/consent';
import type { FieldErrors } from '../../forms/useFormErrors';

export type ConsentFields = z.input<typeof consentFields>;

/**
 * The consent form as its controls hold it: questions are '' until answered,
 * and the ticked kinds are comma-separated text, so a draft (flat values
 * only) keeps them through an idle lock.
 */
// A type, not an interface: the draft store takes it as a plain record of strings.
export type ConsentForm = {
  givenBy: '' | 'parent' | 'young-person';
  giverName: string;
  giverRelationship: string;
  parentalResponsibility: '' | 'yes' | 'no';
  givenOn: string;
  how: '' | 'written' | 'verbal';
  evidence: string;
  recipientKinds: string;
  recipientName: string;
  recipientOrganisation: string;
  documentKinds: string;
  expiresOn: string;
  note: string;
};

/** A parent or carer on the file, as the consent form can fill the giver in from them. */
export interface ConsentContact {
  name: string;
  relationship: string;
  parentalResponsibility: boolean;
}

export const emptyConsentForm = (today: string): ConsentForm => ({
  givenBy: '', giverName: '', giverRelationship: '', parentalResponsibility: '', givenOn: today, how: '', evidence: '',
  recipientKinds: '', recipientName: '', recipientOrganisation: '', documentKinds: '', expiresOn: '', note: '',
});

/** The error link of each field goes to its control; for a group, to its first choice. */
export const consentIds: Record<ConsentField | 'how', string> = {
  givenBy: 'consent-given-by-parent',
  giverName: 'consent-giver-name',
  giverRelationship: 'consent-giver-relationship',
  parentalResponsibility: 'consent-pr-yes',
  givenOn: 'consent-given-on',
  how: 'consent-how-written',
  evidence: 'consent-evidence',
  recipientKinds: `consent-recipients-${consentableRecipients[0]}`,
  recipientName: 'consent-recipient-name',
  documentKinds: `consent-documents-${consentableDocuments[0]}`,
  expiresOn: 'consent-expires-on',
};
export type ConsentFormField = keyof typeof consentIds;

export const recipientOptions = consentableRecipients.map((value) => ({ value, label: recipientKindLabels[value] }));
export const documentOptions = consentableDocuments.map((value) => ({ value, label: documentKindLabels[value] }));

export const listOf = <V extends string>(text: string, known: readonly V[]): V[] =>
  text.split(',').filter((v): v is V => (known as readonly string[]).includes(v));

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function toConsent(f: ConsentForm & { givenBy: 'parent' | 'young-person'; how: 'written' | 'verbal' }): ConsentFields {
  const parent = f.givenBy === 'parent';
  return {
    givenBy: f.givenBy,
    giverName: parent ? orNull(f.giverName) : null,
    giverRelationship: parent ? orNull(f.giverRelationship) : null,
    parentalResponsibility: parent ? (f.parentalResponsibility === '' ? null : f.parentalResponsibility === 'yes') : null,
    givenOn: f.givenOn,
    how: f.how,
    evidence: f.evidence.trim(),
    recipientKinds: listOf<ConsentableRecipient>(f.recipientKinds, consentableRecipients),
    recipientName: orNull(f.recipientName),
    recipientOrganisation: orNull(f.recipientOrganisation),
    documentKinds: listOf<ConsentableDocument>(f.documentKinds, consentableDocuments),
    expiresOn: f.expiresOn === '' ? null : f.expiresOn,
    note: orNull(f.note),
  };
}

/** What the form can tell before asking main: the shared rules, with the pupil's date of birth and today. */
export function consentFormProblems(f: ConsentForm, context: { today: string; dateOfBirth: string }): FieldErrors<ConsentFormField> {
  const found: FieldErrors<ConsentFormField> = {};
  if (f.givenBy === '') found.givenBy = ['Say who gave consent: a parent or carer, or the pupil.'];
  if (f.how === '') found.how = ['Say whether consent was given in writing or by word of mouth.'];
  // An unanswered question leaves out the checks that depend on its answer; the rest are shown at once.
  const unanswered = new Set<ConsentField>([
    ...(f.givenBy === '' ? (['givenBy', 'giverName', 'giverRelationship', 'parentalResponsibility'] as const) : []),
    ...(f.how === '' ? (['evidence'] as const) : []),
  ]);
  const consent = toConsent({ ...f, givenBy: f.givenBy || 'young-person', how: f.how || 'written' });
  for (const { field, message } of consentProblems(consent, context)) {
    if (!unanswered.has(field)) found[field] = [...(found[field] ?? []), message];
  }
  return found;
}
