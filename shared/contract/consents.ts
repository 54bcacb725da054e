import { z } from 'zod';
import { documentKinds, recipientKinds } from '../domain/disclosure';
import { consentableDocuments, consentableRecipients, consentMethods, consentProblems, withdrawalProblems } from '../rules/consent';

/**
 * The consent register of a pupil: who agreed to share which records with
 * whom. Recording adds a consent; withdrawing records the date and reason on
 * it, once. Nothing is changed or deleted.
 */
const isoDate = z.iso.date('Use a date as YYYY-MM-DD.');
const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const optionalText = (max: number) => text(max).nullable();
const pupilId = z.string().min(1).max(64);
const recorded = z.object({ at: z.string(), by: z.string().nullable() });

export const consentFields = z
  .object({
    givenBy: z.enum(['parent', 'young-person'], { error: 'Say who gave consent: a parent or carer, or the pupil.' }),
    giverName: optionalText(200),
    giverRelationship: optionalText(100),
    parentalResponsibility: z.boolean().nullable(),
    givenOn: isoDate,
    how: z.enum(consentMethods, { error: 'Say whether consent was given in writing or by word of mouth.' }),
    evidence: text(500),
    recipientKinds: z
      .array(z.enum(consentableRecipients, { error: 'Choose recipients from the list of those consent can cover.' }))
      .max(consentableRecipients.length)
      .refine((kinds) => new Set(kinds).size === kinds.length, 'Choose each recipient once.'),
    recipientName: optionalText(200),
    recipientOrganisation: optionalText(200),
    documentKinds: z
      .array(z.enum(consentableDocuments, { error: 'Choose records from the list of those consent can cover.' }))
      .max(consentableDocuments.length)
      .refine((kinds) => new Set(kinds).size === kinds.length, 'Choose each kind of record once.'),
    expiresOn: isoDate.nullable(),
    note: optionalText(2_000),
  })
  .strict()
  .superRefine((value, ctx) => {
    // Today and the pupil's age are main's to check: the contract knows neither.
    for (const problem of consentProblems(value, { today: null, dateOfBirth: null })) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
    }
  });

export const consentRecordInput = z.object({ pupilId, consent: consentFields }).strict();
export const consentWithdrawInput = z
  .object({ pupilId, consentId: z.string().min(1).max(64), withdrawnOn: isoDate, reason: text(1_000) })
  .strict()
  .superRefine((value, ctx) => {
    for (const problem of withdrawalProblems(value, null, null)) ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
  });

/** A consent on the file, with its withdrawal once there is one. Kinds are any the domain knows, so an older record always reads. */
export const consentEntry = z.object({
  id: z.string(),
  givenBy: z.enum(['parent', 'young-person']),
  giverName: z.string().nullable(),
  giverRelationship: z.string().nullable(),
  parentalResponsibility: z.boolean().nullable(),
  givenOn: z.string(),
  how: z.enum(consentMethods),
  evidence: z.string(),
  recipientKinds: z.array(z.enum(recipientKinds)),
  recipientName: z.string().nullable(),
  recipientOrganisation: z.string().nullable(),
  documentKinds: z.array(z.enum(documentKinds)),
  expiresOn: z.string().nullable(),
  note: z.string().nullable(),
  recorded,
  withdrawal: z.object({ withdrawnOn: z.string(), reason: z.string(), recorded }).nullable(),
});
