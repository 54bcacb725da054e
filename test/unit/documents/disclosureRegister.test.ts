import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../../shared/contract/disclosures';
import { registerPrintHtml } from '../../../electron/documents/disclosureRegister';

const printed = { printedBy: 'Priya Shah', printedAt: '2026-11-29T14:05:00Z', demo: false };
const sent: RegisterEntry = {
  id: 'r1',
  decidedOn: '2026-11-29',
  recordedAt: '2026-11-29T14:05:00Z',
  requestedBy: 'Priya Shah',
  requesterRole: 'senco',
  recipient: { kind: 'other', name: '<script>alert(1)</script>', organisation: 'Holiday club' },
  purpose: 'Support over the summer holidays',
  interestsReason: 'The club must know how to keep Ava safe.',
  documentTitle: 'Register summary of a pupil (PDF)',
  documents: [
    { id: 'a', kind: 'sen-record', pupilId: 'p', outcome: 'allowed', basis: 'Interests of the pupil (approved)', reason: 'Approved.' },
    { id: 'b', kind: 'sen-record', pupilId: 'q', outcome: 'allowed', basis: 'Interests of the pupil (approved)', reason: 'Approved.' },
  ],
  outcome: 'allowed',
  approvedBy: 'Helen Marsh',
  outputKind: 'pdf',
  fileName: 'Ava summary.pdf',
  sha256: 'ab'.repeat(32),
  pupils: [{ id: 'p', name: 'Ava Okonjo' }],
};
const withheld: RegisterEntry = { ...sent, id: 'r2', outcome: 'needs-consent', approvedBy: null, outputKind: 'none', fileName: null, sha256: null, interestsReason: null };

describe('the disclosure register as printed for the DPO', () => {
  const page = registerPrintHtml([sent, withheld], { recipientKind: 'other', from: '2026-09-01' }, printed);

  it('says which part of the register it shows, and how many decisions', () => {
    expect(page).toContain('Showing recipient: Someone else; from 1 September 2026. 2 decisions, newest first.');
  });

  it('holds what, about whom, to whom, why, the basis, who asked and approved, and the hash of what was sent', () => {
    for (const text of ['Ava Okonjo', 'Holiday club', 'Support over the summer holidays', 'In the interests of the pupil: The club must know',
      'Interests of the pupil (approved)', 'Approved by Helen Marsh', `SHA-256 ${'ab'.repeat(32)}`, 'Ava summary.pdf', 'Nothing sent', 'Needs consent']) {
      expect(page).toContain(text);
    }
  });

  it('shows the same basis for many documents once per decision', () => {
    expect(page.match(/SEN record: Interests of the pupil \(approved\)/g)).toHaveLength(2);
  });

  it('escapes what staff typed', () => {
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
