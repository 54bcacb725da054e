import { z } from 'zod';
import { importFields } from '../rules/pupilImport';

const importId = z.string().min(1).max(64);
const column = z.number().int().min(0).max(500).nullable();
/** Which column of the file holds each field; null where the file has none. */
export const importMapping = z.object(Object.fromEntries(importFields.map((field) => [field, column])) as Record<(typeof importFields)[number], typeof column>).strict();

export const chosenCsv = z
  .object({
    importId: z.string(),
    fileName: z.string(),
    headers: z.array(z.string()),
    mapping: importMapping,
    /** 'remembered': the mapping the SENCO confirmed last time for this same header row. */
    mappingFrom: z.enum(['remembered', 'header-names']),
    /** The first few rows' cells, so each column can be shown with an example. */
    samples: z.array(z.array(z.string())),
    rowCount: z.number().int(),
  })
  .nullable();

const MAX_ROWS = 50_000;
const cellFix = z
  .object({
    line: z.number({ error: 'A correction needs the line of the row.' }).int().min(1).max(10_000_000),
    field: z.enum(importFields, { error: 'A correction must name a field the import fills.' }),
    value: z.string().max(200, { error: 'A corrected value is at most 200 characters.' }),
  })
  .strict();
/** The SENCO's corrections, applied in main to the file held in memory (never to the file on disk). */
const fixes = z.array(cellFix).max(5_000, { error: 'At most 5,000 corrections at a time: fix the export in the MIS instead.' }).default([]);

export const csvPreviewInput = z.object({ importId, mapping: importMapping, fullRoll: z.boolean(), fixes }).strict();

const problem = z.object({ field: z.string(), code: z.string().optional(), message: z.string(), text: z.string().optional() });
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
    fixes,
    /** Lines the SENCO chose to leave out; a row that still has a blocking problem must be one of them. */
    leftOut: z.array(z.number().int().min(1).max(10_000_000)).max(MAX_ROWS, { error: 'Too many rows left out.' }).default([]),
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
