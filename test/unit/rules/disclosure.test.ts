import { describe, expect, it } from 'vitest';
import type {
  ConsentRecord,
  DisclosureContext,
  DisclosureDocument,
  DisclosureRequest,
  DocumentKind,
  Outcome,
  RecipientKind,
} from '../../../shared/domain/disclosure';
import type { Role } from '../../../shared/domain/roles';
import { decideDisclosure, mostRestrictive, outcomeOrder } from '../../../shared/rules/disclosure';

// "Today" is 1 March 2027. Pupil p1 is 10; p16 turned 16 on 1 March 2027 (today); p15 turns 16 tomorrow.
const TODAY = '2027-03-01';
const context = (consents: ConsentRecord[] = []): DisclosureContext => ({
  pupils: {
    p1: { dateOfBirth: '2016-09-10' },
    p2: { dateOfBirth: '2016-05-05' },
    p16: { dateOfBirth: '2011-03-01' },
    p15: { dateOfBirth: '2011-03-02' },
    bad: { dateOfBirth: '2011-02-30' },
  },
  consents,
});

function request(
  recipient: RecipientKind,
  documents: Partial<DisclosureDocument>[],
  extra: Partial<DisclosureRequest> = {},
): DisclosureRequest {
  return {
    date: TODAY,
    recipient: { kind: recipient },
    documents: documents.map((d, i) => ({ id: `d${i + 1}`, kind: 'ehc-plan', pupilId: 'p1', ...d })),
    requestedBy: { userId: 'senco-1', role: 'senco' },
    ...extra,
  };
}

const one = (recipient: RecipientKind, doc: Partial<DisclosureDocument>, extra?: Partial<DisclosureRequest>, consents?: ConsentRecord[]) => {
  const decision = decideDisclosure(request(recipient, [doc], extra), context(consents));
  expect(decision.documents).toHaveLength(1);
  return decision.documents[0]!;
};

describe('REFERENCE §5 items 1–7: SEN records go without consent, each with its basis', () => {
  it.each<[RecipientKind, string]>([
    ['send-tribunal', 'item 1'],
    ['secretary-of-state', 'item 1'],
    ['court', 'item 2'],
    ['ombudsman', 'item 3'],
    ['social-care-authority', 'item 4'],
    ['ofsted', 'item 5'],
    ['next-school-head', 'item 6'],
    ['la-sen-team', 'item 7'],
  ])('%s: allowed for an EHC plan, an SEN record and a provision map (%s)', (recipient, item) => {
    for (const kind of ['ehc-plan', 'sen-record', 'provision-map'] as DocumentKind[]) {
      const d = one(recipient, { kind });
      expect(d.outcome, kind).toBe('allowed');
      expect(d.basis).toContain(`REFERENCE §5 ${item}`);
    }
  });

  it('names the law: the LA for its EHC duties, the ombudsman under the Local Government Act 1974', () => {
    expect(one('la-sen-team', {}).basis).toBe(
      'SEND Regulations 2014 / REFERENCE §5 item 7: the LA’s statutory EHC duties (assessment, review, amendment)',
    );
    expect(one('ombudsman', {}).basis).toContain('Local Government Act 1974');
    expect(one('social-care-authority', {}).basis).toContain('Children Act 1989');
  });

  it('the next school: other SEN records beyond the statutory transfer need the parents’ consent (CoP 6.57)', () => {
    expect(one('next-school-head', { kind: 'sen-record', beyondStatutoryTransfer: true }).outcome).toBe('needs-consent');
    expect(one('next-school-head', { kind: 'provision-map', beyondStatutoryTransfer: true }).reason).toMatch(
      /Needs consent from a parent for “Provision map” to go to the headteacher of the pupil’s next school/,
    );
    const consented = one('next-school-head', { kind: 'sen-record', beyondStatutoryTransfer: true }, {}, [
      { pupilId: 'p1', givenBy: 'parent', givenOn: '2027-02-01', recipientKinds: ['next-school-head'], documentKinds: ['sen-record'] },
    ]);
    expect(consented.outcome).toBe('allowed');
    expect(consented.basis).toMatch(/^Consent given by a parent on 2027-02-01/);
    // The EHC plan itself goes under item 6 whatever is sent with it.
    expect(one('next-school-head', { kind: 'ehc-plan', beyondStatutoryTransfer: true }).basis).toContain('item 6');
  });

  it('school staff: allowed as internal use', () => {
    const d = one('school-staff', { kind: 'sen-record' });
    expect(d).toMatchObject({ outcome: 'allowed', basis: expect.stringContaining('internal use') });
  });
});

describe('parents and the young person: the 16th birthday', () => {
  it.each<[string, RecipientKind, string, Outcome, RegExp]>([
    ['parent, pupil aged 10', 'parent', 'p1', 'allowed', /until the child is 16/],
    ['parent, the day before the 16th birthday', 'parent', 'p15', 'allowed', /until the child is 16/],
    ['parent, on the 16th birthday', 'parent', 'p16', 'needs-consent', /consent from the young person/],
    ['young person, on the 16th birthday', 'young-person', 'p16', 'allowed', /own records/],
    ['young person, the day before', 'young-person', 'p15', 'needs-consent', /consent from a parent/],
    ['young person aged 10', 'young-person', 'p1', 'needs-consent', /consent from a parent/],
  ])('%s: %s', (_, recipient, pupilId, outcome, reason) => {
    const d = one(recipient, { pupilId });
    expect(d.outcome).toBe(outcome);
    expect(d.reason).toMatch(reason);
  });

  it('from 16 a parent receives records with the young person’s consent, not a parent’s', () => {
    const base = { pupilId: 'p16', givenOn: '2027-03-01', recipientKinds: ['parent'] as RecipientKind[], documentKinds: ['ehc-plan'] as DocumentKind[] };
    expect(one('parent', { pupilId: 'p16' }, {}, [{ ...base, givenBy: 'young-person' }]).outcome).toBe('allowed');
    const byParent = one('parent', { pupilId: 'p16' }, {}, [{ ...base, givenBy: 'parent' }]);
    expect(byParent.outcome).toBe('needs-consent');
    expect(byParent.reason).toContain('a parent’s consent no longer counts');
  });

  it('from 16 the item 8 route does not reach the parents: only the young person’s consent does', () => {
    const approved = { interestsOfPupil: { reason: 'Planning the move to college' }, approvedBy: { userId: 'head-1', role: 'headteacher' as Role } };
    expect(one('parent', { pupilId: 'p16' }, approved).outcome).toBe('needs-consent');
  });

  it('a parent receives only their own child’s records', () => {
    const both = decideDisclosure(request('parent', [{ pupilId: 'p1' }, { pupilId: 'p2' }]), context());
    expect(both.outcome).toBe('refused');
    expect(both.documents[0]!.reason).toMatch(/more than one pupil/);
    const named = decideDisclosure(request('parent', [{ pupilId: 'p1' }, { pupilId: 'p2' }], { recipient: { kind: 'parent', pupilId: 'p2' } }), context());
    expect(named.documents.map((d) => d.outcome)).toEqual(['refused', 'allowed']);
  });
});

describe('consent: who, when, what', () => {
  const consent = (c: Partial<ConsentRecord> = {}): ConsentRecord => ({
    pupilId: 'p1',
    givenBy: 'parent',
    givenOn: '2027-01-10',
    recipientKinds: ['other'],
    documentKinds: ['ehc-plan'],
    ...c,
  });

  it.each<[string, Partial<ConsentRecord>, Outcome, RegExp]>([
    ['in force, covering both kinds', {}, 'allowed', /Consent on file/],
    ['given today', { givenOn: TODAY }, 'allowed', /Consent on file/],
    ['given tomorrow', { givenOn: '2027-03-02' }, 'needs-consent', /after the date of this disclosure/],
    ['expiring tomorrow', { expiresOn: '2027-03-02' }, 'allowed', /Consent on file/],
    ['ending today (its last day still counts)', { expiresOn: TODAY }, 'allowed', /Consent on file/],
    ['ended yesterday', { expiresOn: '2027-02-28' }, 'needs-consent', /ran only until 2027-02-28/],
    ['ended last month', { expiresOn: '2027-02-01' }, 'needs-consent', /ran only until 2027-02-01/],
    ['withdrawn', { withdrawnOn: '2027-02-01' }, 'needs-consent', /withdrawn on 2027-02-01/],
    ['withdrawn with a later date', { withdrawnOn: '2027-04-01' }, 'needs-consent', /withdrawn/],
    ['for another recipient kind', { recipientKinds: ['next-school-head'] }, 'needs-consent', /Needs consent from a parent for “EHC plan”/],
    ['for another document kind', { documentKinds: ['sen-record'] }, 'needs-consent', /Needs consent/],
    ['for another pupil', { pupilId: 'p2' }, 'needs-consent', /Needs consent/],
    ['given by a pupil under 16', { givenBy: 'young-person' }, 'needs-consent', /must come from a parent/],
  ])('to someone else, a consent %s: %s', (_, c, outcome, reason) => {
    const d = one('other', {}, {}, [consent(c)]);
    expect(d.outcome).toBe(outcome);
    expect(d.reason).toMatch(reason);
    if (outcome === 'allowed') expect(d.basis).toBe('Consent given by a parent on ' + (c.givenOn ?? '2027-01-10') + ' / REFERENCE §5: a recorded consent covering this recipient and this document');
  });

  it('without any consent, says what is missing', () => {
    expect(one('other', { kind: 'sen-record' })).toEqual({
      id: 'd1',
      outcome: 'needs-consent',
      reason: 'Needs consent from a parent for “SEN record (register entry, support plans, reviews, profiles, meeting notes)” to go to someone else.',
    });
  });
});

describe('REFERENCE §5 item 8: in the interests of the pupil', () => {
  const route = { interestsOfPupil: { reason: 'The speech therapist needs the plan before Monday' } };
  it.each<[string, Partial<DisclosureRequest>, Outcome, RegExp]>([
    ['no approval yet', route, 'needs-approval', /needs approval by a headteacher or designated safeguarding lead/],
    ['approved by the headteacher', { ...route, approvedBy: { userId: 'head-1', role: 'headteacher' } }, 'allowed', /speech therapist/],
    ['approved by the DSL', { ...route, approvedBy: { userId: 'dsl-1', role: 'dsl' } }, 'allowed', /Approved/],
    ['approved by the requester', { ...route, approvedBy: { userId: 'senco-1', role: 'headteacher' } }, 'needs-approval', /cannot approve their own/],
    ['approved by a deputy SENCO', { ...route, approvedBy: { userId: 'dep-1', role: 'deputy-senco' } }, 'needs-approval', /“Deputy SENCO” does not count/],
    ['a blank reason, even approved', { interestsOfPupil: { reason: '  ' }, approvedBy: { userId: 'head-1', role: 'headteacher' } }, 'needs-consent', /Needs consent/],
  ])('%s: %s', (_, extra, outcome, reason) => {
    const d = one('other', {}, extra);
    expect(d.outcome).toBe(outcome);
    expect(d.reason).toMatch(reason);
    if (outcome === 'allowed') expect(d.basis).toContain('REFERENCE §5 item 8');
  });

  it('a head who asks cannot approve their own request', () => {
    const d = one('other', {}, { ...route, requestedBy: { userId: 'head-1', role: 'headteacher' }, approvedBy: { userId: 'head-1', role: 'headteacher' } });
    expect(d.outcome).toBe('needs-approval');
  });
});

describe('never: refused with the reason, and the rest still decided', () => {
  it.each<[string, RecipientKind, Partial<DisclosureDocument>, RegExp]>([
    ['safeguarding to the LA', 'la-sen-team', { kind: 'safeguarding' }, /Safeguarding records never go out with SEND records/],
    ['safeguarding to staff', 'school-staff', { kind: 'safeguarding' }, /Safeguarding/],
    ['staff costs to the LA', 'la-sen-team', { kind: 'staff-costs', pupilId: undefined }, /never leave the school/],
    ['staff costs to Ofsted', 'ofsted', { kind: 'staff-costs', pupilId: undefined }, /never leave the school/],
    ['pupil costs to a parent', 'parent', { kind: 'pupil-costs' }, /only to the local authority and staff/],
    ['pupil costs to the next school', 'next-school-head', { kind: 'pupil-costs' }, /only to the local authority/],
    ['pupil costs to Ofsted', 'ofsted', { kind: 'pupil-costs' }, /only to the local authority/],
    ['a plan naming another pupil, to staff', 'school-staff', { identifiesPupilIds: ['p1', 'p2'] }, /identifies another pupil/],
    ['a record naming two others, to the LA', 'la-sen-team', { kind: 'sen-record', identifiesPupilIds: ['p2', 'p16'] }, /identifies 2 other pupils/],
    ['statistics to someone else', 'other', { kind: 'statistics', pupilId: undefined }, /only to the LA, Ofsted and staff/],
    ['statistics that identify a pupil', 'ofsted', { kind: 'statistics', pupilId: undefined, identifiesPupilIds: ['p1'] }, /not anonymised/],
    ['an unknown pupil, to the tribunal', 'send-tribunal', { pupilId: 'nobody' }, /not known/],
    ['a pupil with an impossible birth date', 'parent', { pupilId: 'bad' }, /not known/],
    ['a record with no pupil', 'la-sen-team', { pupilId: undefined }, /does not say which pupil/],
    ['a health report not chosen on its own', 'la-sen-team', { kind: 'health' }, /Health information goes only when it is chosen on its own/],
  ])('%s', (_, recipient, doc, reason) => {
    const d = one(recipient, doc);
    expect(d.outcome).toBe('refused');
    expect(d.reason).toMatch(reason);
    expect(d.basis).toBeUndefined();
  });

  it('decides every document even when one is refused, and the request is refused', () => {
    const decision = decideDisclosure(
      request('la-sen-team', [{ kind: 'ehc-plan' }, { kind: 'safeguarding' }, { kind: 'pupil-costs' }]),
      context(),
    );
    expect(decision.outcome).toBe('refused');
    expect(decision.documents.map((d) => [d.id, d.outcome])).toEqual([
      ['d1', 'allowed'],
      ['d2', 'refused'],
      ['d3', 'allowed'],
    ]);
  });

  it('an empty request is refused, with a reason', () => {
    expect(decideDisclosure(request('la-sen-team', []), context())).toEqual({
      outcome: 'refused',
      reason: 'Nothing was chosen to send, so there is nothing to decide.',
      documents: [],
    });
  });

  it('a request dated with a non-date is refused as a whole', () => {
    const decision = decideDisclosure({ ...request('school-staff', [{}]), date: '2027-02-29' }, context());
    expect(decision.outcome).toBe('refused');
    expect(decision.documents[0]!.outcome).toBe('refused');
  });
});

describe('the other kinds of record', () => {
  it.each<[RecipientKind, DocumentKind, Outcome]>([
    ['la-sen-team', 'health', 'allowed'],
    ['social-care-authority', 'family-social-care', 'allowed'],
    ['next-school-head', 'third-party-report', 'allowed'],
    ['parent', 'health', 'allowed'],
    ['other', 'third-party-report', 'needs-consent'],
  ])('%s, %s chosen explicitly: %s (the same recipients as SEN records)', (recipient, kind, outcome) => {
    expect(one(recipient, { kind, chosenExplicitly: true }).outcome).toBe(outcome);
  });

  it.each<[RecipientKind, Outcome]>([
    ['la-sen-team', 'allowed'],
    ['ofsted', 'allowed'],
    ['school-staff', 'allowed'],
    ['parent', 'refused'],
    ['next-school-head', 'refused'],
  ])('statistics to %s: %s', (recipient, outcome) => {
    const d = one(recipient, { kind: 'statistics', pupilId: undefined });
    expect(d.outcome).toBe(outcome);
    if (outcome === 'allowed') expect(d.basis).toContain('cells under 5 suppressed');
  });

  it.each<[RecipientKind, DocumentKind, string]>([
    ['la-sen-team', 'pupil-costs', 'funding and assessment requests'],
    ['school-staff', 'pupil-costs', 'internal use'],
    ['school-staff', 'staff-costs', 'internal use'],
  ])('%s may have %s (%s)', (recipient, kind, basis) => {
    const d = one(recipient, { kind, pupilId: kind === 'staff-costs' ? undefined : 'p1' });
    expect(d.outcome).toBe('allowed');
    expect(d.basis).toContain(basis);
  });
});

describe('the order of restrictiveness', () => {
  it('refused > needs-approval > needs-consent > allowed', () => {
    const order = (Object.keys(outcomeOrder) as Outcome[]).sort((a, b) => outcomeOrder[a] - outcomeOrder[b]);
    expect(order).toEqual(['allowed', 'needs-consent', 'needs-approval', 'refused']);
    expect(mostRestrictive(['needs-consent', 'needs-approval', 'allowed'])).toBe('needs-approval');
    expect(mostRestrictive(['allowed'])).toBe('allowed');
  });

  it('a request mixing consent and approval needs approval overall', () => {
    const decision = decideDisclosure(
      request('other', [{ pupilId: 'p1' }, { pupilId: 'p16' }], { interestsOfPupil: { reason: 'Urgent transfer' } }),
      context([{ pupilId: 'p1', givenBy: 'parent', givenOn: '2027-01-01', recipientKinds: ['other'], documentKinds: ['ehc-plan'] }]),
    );
    expect(decision.documents.map((d) => d.outcome)).toEqual(['allowed', 'needs-approval']);
    expect(decision.outcome).toBe('needs-approval');
  });
});
