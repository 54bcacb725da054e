import { z } from 'zod';
import { documentKinds, outcomes, recipientKinds } from '../domain/disclosure';
import { roles } from '../domain/roles';
import { registerFilter } from './pupils';
import { impactSheetDocument, pupilMapDocument, schoolMapDocument } from './provisionMaps';

const text = (max: number, missing: string) => z.string().trim().min(1, missing).max(max, `Use at most ${max} characters.`);
const optionalText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`).optional();

/**
 * What leaves the app: a pupil's register summary (PDF), an extract of the
 * register (CSV), or one of the provision maps (PDF or a print), each for an
 * audience (shared/domain/provisionMaps.ts).
 */
export const exportOutput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pupil-summary'), pupilId: z.string().min(1, 'Choose a pupil.').max(64) }).strict(),
  z.object({ kind: z.literal('register-extract'), filter: registerFilter }).strict(),
  schoolMapDocument,
  pupilMapDocument,
  impactSheetDocument,
]);

/** A PDF through the save dialog, or straight to a printer through the system's print dialog (documents only). */
export const deliveries = ['pdf', 'print'] as const;

/**
 * An export as the window asks for it. Main turns it into the rule's
 * DisclosureRequest itself (who asks, which documents): the window never says
 * who it is or what the decision was.
 */
export const exportRequest = z
  .object({
    output: exportOutput,
    recipient: z
      .object({
        kind: z.enum(recipientKinds, { error: 'Choose who the records are for.' }),
        name: optionalText(200),
        organisation: optionalText(200),
      })
      .strict(),
    purpose: text(1_000, 'Say why the records are being shared.'),
    /** The SEN record always goes; these only when ticked. */
    include: z.object({ health: z.boolean(), familySocialCare: z.boolean(), thirdPartyReports: z.boolean() }).strict(),
    interestsOfPupil: z.object({ reason: text(2_000, 'Write why sharing is in the interests of the pupil.') }).strict().optional(),
    delivery: z.enum(deliveries, { error: 'Choose to save a PDF or to print.' }).optional(),
  })
  .strict();

export const exportInput = exportRequest.extend({
  /** From disclosures.approve, for this very request. */
  approvalToken: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'The approval token is not one SENCO Desk made.').optional(),
});

export const approveInput = z
  .object({
    request: exportRequest,
    approverName: text(100, 'Enter the approver’s name as they sign in.'),
    passphrase: z.string().min(1, 'Enter the approver’s passphrase.').max(1_000, 'A passphrase is at most 1,000 characters.'),
  })
  .strict();

export const decidedDocument = z.object({
  id: z.string(),
  kind: z.enum(documentKinds),
  pupilId: z.string().optional(),
  outcome: z.enum(outcomes),
  basis: z.string().optional(),
  reason: z.string(),
});

export const decision = z.object({
  outcome: z.enum(outcomes),
  /** Why the request as a whole was refused, when no document could be decided. */
  reason: z.string().optional(),
  documents: z.array(decidedDocument),
  /** The pupils the request is about, to link to their files (to record a consent, say). */
  pupilIds: z.array(z.string()),
});

export const approval = z.object({ token: z.string(), approverName: z.string(), expiresAt: z.string() });

export const exportResult = z.object({
  decision,
  /** Null when nothing was written: not allowed, or the save dialog was cancelled. */
  fileName: z.string().nullable(),
  sha256: z.string().nullable(),
  /** The register row; null only when the save dialog was cancelled (nothing was attempted). */
  registerId: z.string().nullable(),
});

export const registerQuery = z
  .object({
    pupilSearch: optionalText(100),
    recipientKind: z.enum(recipientKinds, { error: 'Choose a kind of recipient from the list.' }).optional(),
    from: z.iso.date('Use a date as YYYY-MM-DD.').optional(),
    to: z.iso.date('Use a date as YYYY-MM-DD.').optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'The “from” date must be on or before the “to” date.', path: ['to'] });

export const registerEntry = z.object({
  id: z.string(),
  decidedOn: z.string(),
  recordedAt: z.string(),
  requestedBy: z.string(),
  requesterRole: z.enum(roles),
  recipient: z.object({ kind: z.enum(recipientKinds), name: z.string().nullable(), organisation: z.string().nullable() }),
  purpose: z.string(),
  interestsReason: z.string().nullable(),
  documentTitle: z.string(),
  documents: z.array(decidedDocument),
  outcome: z.enum(outcomes),
  approvedBy: z.string().nullable(),
  outputKind: z.enum(['pdf', 'csv', 'print', 'none']),
  fileName: z.string().nullable(),
  sha256: z.string().nullable(),
  pupils: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const savedFile = z.object({ fileName: z.string().nullable() });

export type ExportRequestInput = z.input<typeof exportRequest>;
export type ExportRequest = z.output<typeof exportRequest>;
export type ExportInput = z.output<typeof exportInput>;
export type ApproveInput = z.output<typeof approveInput>;
export type Decision = z.infer<typeof decision>;
export type ExportResult = z.infer<typeof exportResult>;
export type RegisterQuery = z.output<typeof registerQuery>;
export type RegisterEntry = z.infer<typeof registerEntry>;
