import { z } from 'zod';
import { importFields } from '../rules/pupilImport';

const importId = z.string().min(1).max(64);
const column = z.number().int().min(0).max(500).nullable();
/** Which column of the file holds each field; null where the file has none. */
export const importMapping = z.object(Object.fromEntries(importFields.map((field) => [field, column])) as Record<(typeof importFields)[number], typeof column>).strict();

export const chosenCsv = z
  .object({ importId: z.string(), fileName: z.string(), headers: z.array(z.string()), mapping: importMapping, rowCount: z.number().int() })
  .nullable();

export const csvPreviewInput = z.object({ importId, mapping: importMapping, fullRoll: z.boolean() }).strict();

const problem = z.object({ field: z.string(), code: z.string().optional(), message: z.string() });
export const csvPreview = z.object({
  rows: z.array(
    z.object({
      line: z.number().int(),
      pupil: z.record(z.string(), z.union([z.string(), z.boolean(), z.null()])),
      problems: z.array(problem),
      action: z.enum(['new', 'update']),
    }),
  ),
  leavers: z.array(z.object({ pupilId: z.string(), name: z.string(), upn: z.string().nullable() })),
  summary: z.object({ new: z.number().int(), updated: z.number().int(), blocked: z.number().int() }),
});

export const csvCommitInput = z
  .object({
    importId,
    mapping: importMapping,
    leavers: z.object({ pupilIds: z.array(z.string().max(64)).max(5_000), leavingDate: z.iso.date() }).strict().nullable(),
  })
  .strict();
export const csvCommitted = z.object({ added: z.number().int(), updated: z.number().int(), leavers: z.number().int() });

const ctfPreview = z.object({
  pupils: z.array(
    z.object({
      line: z.number().int(),
      name: z.string(),
      upn: z.string(),
      upnProblems: z.array(z.object({ code: z.string(), message: z.string() })),
      action: z.enum(['new', 'update']),
      senPeriods: z.number().int(),
      warnings: z.array(z.object({ line: z.number().int(), message: z.string() })),
    }),
  ),
  warnings: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export const chosenCtf = ctfPreview.extend({ importId: z.string(), fileName: z.string() }).nullable();
export const ctfCommitInput = z.object({ importId }).strict();
export const ctfCommitted = z.object({ added: z.number().int(), updated: z.number().int(), histories: z.number().int() });
