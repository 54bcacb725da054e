import { describe, expect, it } from 'vitest';
import {
  documentKinds,
  recipientKinds,
  type DisclosureContext,
  type DisclosureRequest,
  type DocumentKind,
  type RecipientKind,
} from '../../../shared/domain/disclosure';
import { decideDisclosure } from '../../../shared/rules/disclosure';
import { disclosureRuleSections, type RuleCase } from '../../../shared/rules/disclosureRulesText';

const rules = disclosureRuleSections.flatMap((s) => s.rules);
const cases = rules.flatMap((r) => (r.decides ?? []).map((c) => ({ rule: r.id, ...c })));

// On 1 March 2027 'child' is 10 and 'adult' turned 16 that day.
const context: DisclosureContext = {
  pupils: { child: { dateOfBirth: '2016-09-10' }, adult: { dateOfBirth: '2011-03-01' } },
  consents: [],
};
const pupilKinds = new Set(['statistics', 'staff-costs']);

function decide(c: RuleCase, recipient: RecipientKind, kind: DocumentKind) {
  const request: DisclosureRequest = {
    date: '2027-03-01',
    recipient: { kind: recipient },
    documents: [
      {
        id: 'd1',
        kind,
        ...(pupilKinds.has(kind) ? {} : { pupilId: c.sixteenOrOver ? 'adult' : 'child' }),
        ...(c.chosenExplicitly !== undefined ? { chosenExplicitly: c.chosenExplicitly } : {}),
      },
    ],
    requestedBy: { userId: 'senco-1', role: 'senco' },
  };
  return decideDisclosure(request, context).outcome;
}

describe('the Disclosure rules page says what the rule decides', () => {
  it.each(cases.map((c) => [c.rule, c.outcome, c] as const))('%s: %s', (_, outcome, c) => {
    for (const recipient of c.recipients) {
      for (const kind of c.documents) {
        expect(decide(c, recipient, kind), `${kind} to ${recipient}`).toBe(outcome);
      }
    }
  });

  it('mentions every kind of recipient and every kind of record', () => {
    const recipients = new Set(cases.flatMap((c) => c.recipients));
    const documents = new Set(cases.flatMap((c) => c.documents));
    expect(recipientKinds.filter((r) => !recipients.has(r))).toEqual([]);
    expect(documentKinds.filter((d) => !documents.has(d))).toEqual([]);
  });

  it('cites every item of REFERENCE §5’s list, 1 to 8', () => {
    const citations = rules.map((r) => r.citation).join('\n');
    for (let item = 1; item <= 8; item++) expect(citations).toMatch(new RegExp(`item ${item}\\b`));
  });

  it('gives every rule a title, a plain sentence and a citation, with ids unique', () => {
    for (const rule of rules) {
      expect(rule.title, rule.id).not.toBe('');
      expect(rule.text, rule.id).toMatch(/^[A-Z].*\.$/);
      expect(rule.citation, rule.id).toMatch(/REFERENCE §5|SEND policy|UK GDPR|Act \d{4}/);
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(new Set(disclosureRuleSections.map((s) => s.id)).size).toBe(disclosureRuleSections.length);
  });

  it('uses UK spelling', () => {
    const all = rules.map((r) => `${r.title} ${r.text}`).join(' ');
    expect(all).not.toMatch(/\b(authorize|organization|program|license|favor|behavior|center)\b/i);
  });
});
