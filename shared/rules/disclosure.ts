/**
 * The disclosure gate (DESIGN.md "Disclosure gate", REFERENCE.md §5): whether records may leave the
 * app for a recipient on a date. Every export, print and copy asks this one function; the export
 * service writes its decision, refusals included, to the disclosure register.
 *
 * Each document is decided on its own, and the request's outcome is the most restrictive of them,
 * in the order refused > needs-approval > needs-consent > allowed. A refusal cannot be cured by
 * anyone; an approval means the second person is ready to sign it off, so it is closer to going
 * than a consent that still has to be asked for, but both stop the export until they are met.
 *
 * Decisions where REFERENCE §5 and the issue leave room (the stricter reading each time):
 * - Refusals come first and cannot be overridden by consent or approval: safeguarding records
 *   never travel with SEND records (the DSL shares them under the school's safeguarding
 *   procedures, not through this app); staff pay rates go to no one outside the school; a
 *   pupil's costs only to the LA and school staff; a document that identifies any pupil but its
 *   own (`identifiesPupilIds`) goes nowhere, not even to staff ("never identified", §5 Always).
 * - Anything about a pupil the context does not know, or whose date of birth is not a calendar
 *   date, is refused: an age or a consent that cannot be checked must not let records out.
 * - Health, family/social-care and other professionals' reports follow the SEN records'
 *   recipients but are refused unless `chosenExplicitly`: §5 says they go only where the basis
 *   covers them, so the person exporting must have chosen them on purpose.
 * - `young-person` before the 16th birthday needs a parent's consent (or the item 8 route), not a
 *   refusal: sharing a pupil's own plan with them is often right, and parents decide until 16.
 * - A parent of a pupil of 16 or over receives records only with the young person's consent: the
 *   item 8 route does not override the young person (the issue's "only").
 * - A parent or young person receives only their own child's or their own records: with
 *   documents about several pupils the request must say which pupil (`recipient.pupilId`).
 * - Other SEN records sent to the next school beyond the statutory transfer
 *   (`beyondStatutoryTransfer`) need the parents' agreement recorded as a consent (CoP 6.57); the
 *   EHC plan itself goes under item 6.
 * - Statistics must identify no pupil at all, and go only to the LA, Ofsted and school staff.
 * - An empty request, or one whose date is not a calendar date, is refused as a whole.
 */
import type {
  DisclosureContext,
  DisclosureDecision,
  DisclosureDocument,
  DisclosureRequest,
  Outcome,
  RecipientKind,
} from '../domain/disclosure';
import { documentKindLabels, recipientKindLabels } from '../domain/disclosure';
import { roleLabels } from '../domain/roles';
import { findCountingConsent, isCalendarDate, isSixteenOrOver, whyNoConsentCounts } from './consentRules';
import {
  approverRoles,
  chosenOnlyKinds,
  consentBasis,
  INTERESTS_OF_PUPIL_BASIS,
  INTERNAL_USE_BASIS,
  PARENT_ACCESS_BASIS,
  PUPIL_COSTS_LA_BASIS,
  pupilCostsRecipients,
  STATISTICS_BASIS,
  statisticsRecipients,
  statutoryBases,
  YOUNG_PERSON_ACCESS_BASIS,
} from './disclosureRecipients';

export { consentCovers, isSixteenOrOver, sixteenthBirthday } from './consentRules';

/** Higher is more restrictive. */
export const outcomeOrder: Record<Outcome, number> = {
  allowed: 0,
  'needs-consent': 1,
  'needs-approval': 2,
  refused: 3,
};

export function mostRestrictive(outcomes: readonly Outcome[]): Outcome {
  return outcomes.reduce<Outcome>((worst, o) => (outcomeOrder[o] > outcomeOrder[worst] ? o : worst), 'allowed');
}

type DocumentDecision = DisclosureDecision['documents'][number];

export function decideDisclosure(request: DisclosureRequest, context: DisclosureContext): DisclosureDecision {
  if (request.documents.length === 0) {
    return { outcome: 'refused', reason: 'Nothing was chosen to send, so there is nothing to decide.', documents: [] };
  }
  if (!isCalendarDate(request.date)) {
    const reason = `The date of this disclosure (${JSON.stringify(request.date)}) is not a calendar date, so ages and consents cannot be checked.`;
    return {
      outcome: 'refused',
      reason,
      documents: request.documents.map((d) => ({ id: d.id, outcome: 'refused', reason })),
    };
  }
  const documents = request.documents.map((d) => decideDocument(d, request, context));
  return { outcome: mostRestrictive(documents.map((d) => d.outcome)), documents };
}

const refused = (doc: DisclosureDocument, reason: string): DocumentDecision => ({ id: doc.id, outcome: 'refused', reason });
const allowed = (doc: DisclosureDocument, basis: string, reason: string): DocumentDecision => ({
  id: doc.id,
  outcome: 'allowed',
  basis,
  reason,
});

function decideDocument(doc: DisclosureDocument, request: DisclosureRequest, context: DisclosureContext): DocumentDecision {
  const recipient = request.recipient.kind;
  const to = lowerFirst(recipientKindLabels[recipient]);
  const what = documentKindLabels[doc.kind];

  if (doc.kind === 'safeguarding') {
    return refused(
      doc,
      'Safeguarding records never go out with SEND records. The designated safeguarding lead shares them through the school’s safeguarding procedures.',
    );
  }

  // Checked for every kind, not only pupil records: a costing or a table that names a pupil is
  // identifiable data all the same.
  const pupilId = doc.pupilId;
  const others = (doc.identifiesPupilIds ?? []).filter((id) => id !== pupilId);
  if (doc.kind === 'statistics' && (others.length > 0 || pupilId !== undefined)) {
    return refused(doc, 'These statistics identify a pupil, so they are not anonymised and cannot be sent.');
  }
  if (others.length > 0) {
    return refused(
      doc,
      `This document identifies ${others.length === 1 ? 'another pupil' : `${others.length} other pupils`}. Other pupils are never identified in a pupil’s document: show a group as “with N other pupils”.`,
    );
  }
  const pupil = pupilId === undefined ? undefined : context.pupils[pupilId];
  if (pupilId !== undefined && (!pupil || !isCalendarDate(pupil.dateOfBirth))) {
    return refused(doc, 'The pupil this document is about is not known (or has no valid date of birth), so it cannot be sent.');
  }

  if (doc.kind === 'staff-costs') {
    return recipient === 'school-staff'
      ? allowed(doc, INTERNAL_USE_BASIS, 'Staff costs may be seen by staff of this school.')
      : refused(doc, 'Staff pay rates and costs never leave the school.');
  }
  if (doc.kind === 'statistics') {
    return statisticsRecipients.includes(recipient)
      ? allowed(doc, STATISTICS_BASIS, `Anonymised statistics may go to ${to}.`)
      : refused(doc, 'Statistics about levels and types of need go only to the LA, Ofsted and staff of this school.');
  }
  if (pupilId === undefined || !pupil) {
    return refused(doc, `This document (${what}) does not say which pupil it is about.`);
  }

  if (doc.kind === 'pupil-costs') {
    if (!pupilCostsRecipients.includes(recipient)) {
      return refused(doc, 'The costs of a pupil’s provision go only to the local authority and staff of this school.');
    }
    return recipient === 'school-staff'
      ? allowed(doc, INTERNAL_USE_BASIS, 'Staff of this school may see the costs of a pupil’s provision.')
      : allowed(doc, PUPIL_COSTS_LA_BASIS, 'The local authority may have a pupil’s costs for funding and assessment requests.');
  }

  if (chosenOnlyKinds.includes(doc.kind) && doc.chosenExplicitly !== true) {
    return refused(doc, `${what} goes only when it is chosen on its own. Choose it on its own to include it.`);
  }

  if (recipient === 'parent' || recipient === 'young-person') {
    const forPupil = request.recipient.pupilId ?? singlePupil(request);
    if (forPupil !== pupilId) {
      return refused(
        doc,
        forPupil === undefined
          ? 'These documents are about more than one pupil: say whose parent, or which young person, is receiving them.'
          : 'This document is about a different pupil from the one named for this recipient.',
      );
    }
  }

  const statutory = beyondTransfer(doc, recipient) ? undefined : statutoryBases[recipient];
  if (statutory) return allowed(doc, statutory, `May go to ${to} without consent.`);
  if (recipient === 'school-staff') return allowed(doc, INTERNAL_USE_BASIS, 'Staff of this school may see it.');

  const sixteen = isSixteenOrOver(pupil.dateOfBirth, request.date);
  if (recipient === 'parent' && !sixteen) {
    return allowed(doc, PARENT_ACCESS_BASIS, 'A parent may have their own child’s records until the child is 16.');
  }
  if (recipient === 'young-person' && sixteen) {
    return allowed(doc, YOUNG_PERSON_ACCESS_BASIS, 'From 16 the young person may have their own records.');
  }

  const search = { pupilId, dateOfBirth: pupil.dateOfBirth, date: request.date, recipientKind: recipient, documentKind: doc.kind };
  const consent = findCountingConsent(context.consents, search);
  if (consent) {
    return allowed(doc, consentBasis(consent.givenBy, consent.givenOn), `Consent on file covers sending this to ${to}.`);
  }
  const from = sixteen ? 'the young person' : 'a parent';
  const missing = `Needs consent from ${from} for “${what}” to go to ${to}.`;
  const why = whyNoConsentCounts(context.consents, search);
  const needsConsent: DocumentDecision = {
    id: doc.id,
    outcome: 'needs-consent',
    reason: why ? `${missing} ${why}` : missing,
  };
  if (recipient === 'parent') {
    return { ...needsConsent, reason: `${needsConsent.reason} From 16 the records are the young person’s.` };
  }
  return interestsOfPupil(doc, request) ?? needsConsent;
}

/** REFERENCE §5 item 8: null when the route was not asked for (then consent is what is missing). */
function interestsOfPupil(doc: DisclosureDocument, request: DisclosureRequest): DocumentDecision | null {
  const reason = request.interestsOfPupil?.reason.trim() ?? '';
  if (reason === '') return null;
  const approver = request.approvedBy;
  if (!approver) {
    return {
      id: doc.id,
      outcome: 'needs-approval',
      reason: 'Sending this in the interests of the pupil needs approval by a headteacher or designated safeguarding lead other than you.',
    };
  }
  if (approver.userId === request.requestedBy.userId) {
    return {
      id: doc.id,
      outcome: 'needs-approval',
      reason: 'The person asking cannot approve their own request: a second person must approve it.',
    };
  }
  if (!(approverRoles as readonly string[]).includes(approver.role)) {
    return {
      id: doc.id,
      outcome: 'needs-approval',
      reason: `Approval by someone whose role is “${roleLabels[approver.role]}” does not count: it needs a headteacher or designated safeguarding lead.`,
    };
  }
  return allowed(doc, INTERESTS_OF_PUPIL_BASIS, `Approved in the interests of the pupil: “${reason}”.`);
}

/** Other SEN records sent to the next school beyond the statutory transfer need consent; the EHC plan itself does not (item 6). */
function beyondTransfer(doc: DisclosureDocument, recipient: RecipientKind): boolean {
  return recipient === 'next-school-head' && doc.kind !== 'ehc-plan' && doc.beyondStatutoryTransfer === true;
}

function singlePupil(request: DisclosureRequest): string | undefined {
  const ids = new Set(request.documents.map((d) => d.pupilId).filter((id) => id !== undefined));
  return ids.size === 1 ? [...ids][0] : undefined;
}

function lowerFirst(label: string): string {
  // Labels are written for a list ("The SEND Tribunal"); in a sentence they read "the SEND Tribunal".
  // Ofsted is a name and keeps its capital.
  return label.startsWith('Ofsted') ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
