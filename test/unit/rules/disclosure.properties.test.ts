import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  documentKinds,
  recipientKinds,
  type ConsentRecord,
  type DisclosureContext,
  type DisclosureRequest,
} from '../../../shared/domain/disclosure';
import { roles } from '../../../shared/domain/roles';
import { consentNotInForce } from '../../../shared/rules/consentRules';
import { decideDisclosure, outcomeOrder } from '../../../shared/rules/disclosure';

const pupilIds = ['p1', 'p2', 'p3', 'ghost'] as const; // 'ghost' is never in the context
const userIds = ['u1', 'u2', 'u3'] as const;

// Dates around 2010–2030 cover under-16s, 16th birthdays and 29 February.
const isoDate = fc
  .date({ min: new Date(Date.UTC(2008, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const consentArb: fc.Arbitrary<ConsentRecord> = fc.record(
  {
    pupilId: fc.constantFrom(...pupilIds),
    givenBy: fc.constantFrom('parent' as const, 'young-person' as const),
    givenOn: isoDate,
    expiresOn: isoDate,
    withdrawnOn: isoDate,
    recipientKinds: fc.subarray([...recipientKinds]),
    documentKinds: fc.subarray([...documentKinds]),
  },
  { requiredKeys: ['pupilId', 'givenBy', 'givenOn', 'recipientKinds', 'documentKinds'] },
);

const contextArb: fc.Arbitrary<DisclosureContext> = fc.record({
  pupils: fc.record({ p1: fc.record({ dateOfBirth: isoDate }), p2: fc.record({ dateOfBirth: isoDate }), p3: fc.record({ dateOfBirth: isoDate }) }),
  consents: fc.array(consentArb, { maxLength: 6 }),
});

const staff = fc.record({ userId: fc.constantFrom(...userIds), role: fc.constantFrom(...roles) });

const requestArb: fc.Arbitrary<DisclosureRequest> = fc.record(
  {
    date: isoDate,
    recipient: fc.record(
      { kind: fc.constantFrom(...recipientKinds), pupilId: fc.constantFrom(...pupilIds) },
      { requiredKeys: ['kind'] },
    ),
    documents: fc.array(
      fc.record(
        {
          id: fc.uuid(),
          kind: fc.constantFrom(...documentKinds),
          pupilId: fc.constantFrom(...pupilIds),
          identifiesPupilIds: fc.subarray([...pupilIds]),
          chosenExplicitly: fc.boolean(),
          beyondStatutoryTransfer: fc.boolean(),
        },
        { requiredKeys: ['id', 'kind'] },
      ),
      { minLength: 0, maxLength: 5 },
    ),
    requestedBy: staff,
    interestsOfPupil: fc.record({ reason: fc.constantFrom('', '  ', 'Needed for the speech therapy referral') }),
    approvedBy: staff,
  },
  { requiredKeys: ['date', 'recipient', 'documents', 'requestedBy'] },
);

const runs = { numRuns: 2000 };

/** True when the approval satisfies REFERENCE §5 item 8: a reason, and a different head or DSL. */
function hasValidApproval(r: DisclosureRequest): boolean {
  return (
    (r.interestsOfPupil?.reason.trim() ?? '') !== '' &&
    r.approvedBy !== undefined &&
    r.approvedBy.userId !== r.requestedBy.userId &&
    (r.approvedBy.role === 'headteacher' || r.approvedBy.role === 'dsl')
  );
}

describe('decideDisclosure: invariants', () => {
  it('nothing goes to `other` without a covering consent in force or a valid approval', () => {
    fc.assert(
      fc.property(requestArb, contextArb, (r, ctx) => {
        fc.pre(r.recipient.kind === 'other');
        const decision = decideDisclosure(r, ctx);
        decision.documents.forEach((d, i) => {
          if (d.outcome !== 'allowed') return;
          const doc = r.documents[i]!;
          const covered = ctx.consents.some(
            (c) =>
              c.pupilId === doc.pupilId &&
              c.recipientKinds.includes('other') &&
              c.documentKinds.includes(doc.kind) &&
              consentNotInForce(c, r.date) === null,
          );
          expect(covered || hasValidApproval(r)).toBe(true);
        });
      }),
      runs,
    );
  });

  it('safeguarding is never allowed, and never lets a request with SEND documents through', () => {
    fc.assert(
      fc.property(requestArb, contextArb, (r, ctx) => {
        const decision = decideDisclosure(r, ctx);
        decision.documents.forEach((d, i) => {
          if (r.documents[i]!.kind === 'safeguarding') expect(d.outcome).toBe('refused');
        });
        if (r.documents.some((d) => d.kind === 'safeguarding')) expect(decision.outcome).toBe('refused');
      }),
      runs,
    );
  });

  it('an expired or withdrawn consent never counts: removing it changes no outcome or basis', () => {
    // Only the reasons may differ: they say which consent on file did not count, and why.
    const outcomes = (r: DisclosureRequest, ctx: DisclosureContext) => {
      const decision = decideDisclosure(r, ctx);
      return [decision.outcome, decision.documents.map((d) => [d.outcome, d.basis])];
    };
    fc.assert(
      fc.property(requestArb, contextArb, (r, ctx) => {
        const inForce = ctx.consents.filter((c) => consentNotInForce(c, r.date) === null);
        expect(outcomes(r, ctx)).toEqual(outcomes(r, { ...ctx, consents: inForce }));
      }),
      runs,
    );
  });

  it('the outcome is never less restrictive than any document’s, and is one of them', () => {
    fc.assert(
      fc.property(requestArb, contextArb, (r, ctx) => {
        const decision = decideDisclosure(r, ctx);
        expect(decision.documents).toHaveLength(r.documents.length);
        for (const d of decision.documents) {
          expect(outcomeOrder[decision.outcome]).toBeGreaterThanOrEqual(outcomeOrder[d.outcome]);
        }
        if (r.documents.length === 0) expect(decision.outcome).toBe('refused');
        else expect(decision.documents.map((d) => d.outcome)).toContain(decision.outcome);
      }),
      runs,
    );
  });

  it('every allowed document names its basis; every decision gives a reason', () => {
    fc.assert(
      fc.property(requestArb, contextArb, (r, ctx) => {
        for (const d of decideDisclosure(r, ctx).documents) {
          expect(d.reason).toMatch(/^[A-Z“].*[.”]$/);
          if (d.outcome === 'allowed') expect(d.basis).toMatch(/REFERENCE §5/);
          else expect(d.basis).toBeUndefined();
        }
      }),
      runs,
    );
  });

  it('a document about a pupil the context does not know is refused', () => {
    fc.assert(
      fc.property(requestArb, contextArb, (r, ctx) => {
        decideDisclosure(r, ctx).documents.forEach((d, i) => {
          if (r.documents[i]!.pupilId === 'ghost') expect(d.outcome).toBe('refused');
        });
      }),
      runs,
    );
  });

  it('staff pay rates never leave the school; pupil costs go only to the LA and staff', () => {
    fc.assert(
      fc.property(requestArb, contextArb, (r, ctx) => {
        decideDisclosure(r, ctx).documents.forEach((d, i) => {
          const kind = r.documents[i]!.kind;
          if (kind === 'staff-costs' && r.recipient.kind !== 'school-staff') expect(d.outcome).toBe('refused');
          if (kind === 'pupil-costs' && !['la-sen-team', 'school-staff'].includes(r.recipient.kind)) {
            expect(d.outcome).toBe('refused');
          }
        });
      }),
      runs,
    );
  });

  it('a document identifying another pupil is always refused', () => {
    fc.assert(
      fc.property(requestArb, contextArb, (r, ctx) => {
        decideDisclosure(r, ctx).documents.forEach((d, i) => {
          const doc = r.documents[i]!;
          if ((doc.identifiesPupilIds ?? []).some((id) => id !== doc.pupilId)) expect(d.outcome).toBe('refused');
        });
      }),
      runs,
    );
  });
});
