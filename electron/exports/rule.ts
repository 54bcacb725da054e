import type { DisclosureContext, DisclosureDecision, DisclosureRequest, Outcome } from '../../shared/domain/disclosure';

/**
 * TEMPORARY (branch exports): the rule is being written on its own branch as
 * shared/rules/disclosure.ts. Until it lands this stand-in, with the same
 * signature, keeps the gate working end to end; when it lands this file
 * becomes `export { decideDisclosure } from '../../shared/rules/disclosure'`.
 */
const statutory: Partial<Record<DisclosureRequest['recipient']['kind'], string>> = {
  'send-tribunal': 'SEND Tribunal appeal (Education Act 1996)',
  'secretary-of-state': 'Secretary of State (Education Act 1996)',
  court: 'Order of a court or criminal proceedings',
  ombudsman: 'Maladministration investigation (Local Government Act 1974)',
  'social-care-authority': 'Children Act 1989 duties',
  ofsted: 'Ofsted inspection',
  'next-school-head': 'Headteacher of the next setting',
  'la-sen-team': 'LA statutory EHC duties',
  'school-staff': 'Staff of this school, for their work with the pupil',
  parent: 'Subject access: a parent’s own child',
};
const order: Outcome[] = ['allowed', 'needs-approval', 'needs-consent', 'refused'];

export function decideDisclosure(request: DisclosureRequest, context: DisclosureContext): DisclosureDecision {
  const documents = request.documents.map((doc) => {
    const at = (outcome: Outcome, reason: string, basis?: string) => ({ id: doc.id, outcome, reason, ...(basis ? { basis } : {}) });
    if (doc.kind === 'safeguarding') return at('refused', 'Safeguarding records never travel with SEND exports.');
    if (doc.kind === 'staff-costs') return at('refused', 'Staff pay rates never leave the app.');
    const basis = statutory[request.recipient.kind];
    if (basis) return at('allowed', `Allowed: ${basis}.`, basis);
    const consent = context.consents.find(
      (c) =>
        c.pupilId === doc.pupilId &&
        !c.withdrawnOn &&
        (!c.expiresOn || c.expiresOn >= request.date) &&
        c.recipientKinds.includes(request.recipient.kind) &&
        c.documentKinds.includes(doc.kind),
    );
    if (consent) return at('allowed', `Allowed with the consent given on ${consent.givenOn}.`, 'Consent');
    if (request.interestsOfPupil) {
      return request.approvedBy
        ? at('allowed', 'In the interests of the pupil, approved by a second person.', 'Interests of the pupil (approved)')
        : at('needs-approval', 'In the interests of the pupil: a headteacher or DSL must approve it first.');
    }
    return at('needs-consent', 'This recipient needs the consent of a parent (or of the pupil from 16) for these records.');
  });
  const outcome = documents.reduce<Outcome>((worst, d) => (order.indexOf(d.outcome) > order.indexOf(worst) ? d.outcome : worst), 'allowed');
  return { outcome, documents };
}
