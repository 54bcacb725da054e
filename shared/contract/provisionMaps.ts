import { z } from 'zod';
import { evaluationDecisions, measureKinds, waves, weekdays } from '../domain/provision';
import {
  audiences,
  type ImpactSheetView,
  type PupilMapView,
  schoolMapGroupings,
  type SchoolMapView,
} from '../domain/provisionMaps';
import { broadAreas, ncYearGroups } from '../domain/sen';

/**
 * The three provision maps over IPC (issue 6, item 5): what the window asks
 * for, and the view models it gets back. The view models' shapes are the
 * interfaces in shared/domain/provisionMaps.ts; the schemas here check main's
 * answer against them (the type assertions at the bottom keep both in step).
 */

const isoDate = z.iso.date('Use a date as YYYY-MM-DD.');
const id = z.string().min(1).max(64);

/** A range of at most seven school years: a map over a longer span is a mistake, not a report. */
const range = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'The “from” date must be on or before the “to” date.', path: ['to'] })
  .refine((r) => Number(r.to.slice(0, 4)) - Number(r.from.slice(0, 4)) <= 7, {
    message: 'Choose a range of at most seven years.',
    path: ['from'],
  });

export const schoolMapInput = z
  .object({
    grouping: z.enum(schoolMapGroupings, { error: 'Choose “by area of need and wave” or “by year group”.' }),
    range,
    audience: z.enum(audiences).exclude(['parent'], { error: 'A whole-school map is for staff or a meeting: it names many pupils.' }),
  })
  .strict();

export const pupilMapInput = z
  .object({
    pupilId: id,
    range,
    audience: z.enum(audiences, { error: 'Choose who the map is for.' }),
  })
  .strict();

export const impactSheetInput = z
  .object({
    groupId: id,
    audience: z.enum(audiences).exclude(['parent'], { error: 'An impact sheet is for staff or a meeting: it names every pupil in the group.' }),
  })
  .strict();

/** The maps as documents: what the print dialog previews and what the disclosure gate sends. */
export const schoolMapDocument = schoolMapInput.extend({ kind: z.literal('provision-map-school') }).strict();
export const pupilMapDocument = pupilMapInput.extend({ kind: z.literal('provision-map-pupil') }).strict();
export const impactSheetDocument = impactSheetInput.extend({ kind: z.literal('provision-impact') }).strict();
export const provisionDocument = z.discriminatedUnion('kind', [schoolMapDocument, pupilMapDocument, impactSheetDocument]);

// The view models

const area = z.enum(broadAreas);
const wave = z.literal(waves);
const year = z.enum(ncYearGroups).nullable();
const costPair = z.object({ toDatePence: z.number().int(), projectedPence: z.number().int() });
const mapRange = z.object({ from: z.string(), to: z.string(), label: z.string() });

const header = z.object({
  schoolName: z.string(),
  title: z.string(),
  scope: z.string(),
  range: mapRange,
  asOf: z.string(),
  audience: z.enum(audiences),
  showCosts: z.boolean(),
  costNotes: z.array(z.string()).optional(),
});

const totals = z.object({
  groups: z.number().int(),
  pupils: z.number().int(),
  sessions: z.number(),
  hours: z.number(),
  cost: costPair.optional(),
});

const cellKey = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('area-wave'), area, wave }),
  z.object({ kind: z.literal('year'), year: z.enum(ncYearGroups).nullable() }),
]);

export const schoolMapView = z.object({
  header,
  grouping: z.enum(schoolMapGroupings),
  cells: z.array(
    z.object({
      key: cellKey,
      label: z.string(),
      entries: z.array(
        z.object({
          groupId: z.string(),
          name: z.string(),
          area,
          wave,
          staff: z.array(z.string()),
          when: z.string(),
          room: z.string(),
          startDate: z.string(),
          endDate: z.string().nullable(),
          pupilCount: z.number().int(),
          pupilNames: z.array(z.string()).optional(),
          sessions: z.number(),
          hours: z.number(),
          cost: costPair.optional(),
        }),
      ),
      totals,
    }),
  ),
  totals,
  element3Candidates: z
    .array(z.object({ pupilId: z.string(), name: z.string(), year, yearCostPence: z.number().int(), abovePence: z.number().int() }))
    .optional(),
});

const scoreChange = z.object({
  entry: z.number().nullable(),
  exit: z.number().nullable(),
  change: z.number().nullable(),
  perMonth: z.number().nullable(),
});
const outcome = z.object({ label: z.string(), score: z.number() }).nullable();
const evaluation = z.object({ decision: z.enum(evaluationDecisions), reason: z.string(), date: z.string() }).nullable();

export const pupilMapView = z.object({
  header,
  pupil: z.object({
    id: z.string(),
    name: z.string(),
    year,
    className: z.string().nullable(),
    senStatus: z.string().nullable(),
    needs: z.array(z.string()),
  }),
  provisions: z.array(
    z.object({
      membershipId: z.string(),
      groupId: z.string(),
      name: z.string(),
      area,
      wave,
      staff: z.array(z.string()),
      frequency: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      groupWith: z.string(),
      intendedOutcome: z.string(),
      measureKind: z.enum(measureKinds),
      measureLabel: z.string(),
      scores: scoreChange,
      outcome,
      evaluation,
      cost: costPair.optional(),
    }),
  ),
  timetable: z.array(
    z.object({
      day: z.enum(weekdays),
      start: z.string(),
      end: z.string(),
      provisionName: z.string(),
      room: z.string(),
      staff: z.array(z.string()),
    }),
  ),
  costs: z
    .object({
      total: costPair,
      schoolYearPence: z.number().int(),
      element2Pence: z.number().int(),
      abovePence: z.number().int(),
      element3Candidate: z.boolean(),
    })
    .optional(),
});

export const impactSheetView = z.object({
  header,
  group: z.object({
    id: z.string(),
    name: z.string(),
    area,
    wave,
    staff: z.array(z.string()),
    when: z.string(),
    room: z.string(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    intendedOutcome: z.string(),
    measureKind: z.enum(measureKinds),
    measureLabel: z.string(),
    unit: z.object({ one: z.string(), many: z.string() }),
  }),
  pupils: z.array(
    z.object({
      membershipId: z.string(),
      pupilId: z.string(),
      name: z.string(),
      year,
      startDate: z.string(),
      endDate: z.string().nullable(),
      scores: scoreChange,
      outcome,
      evaluation: z.object({ decision: z.enum(evaluationDecisions), reason: z.string() }).nullable(),
      cost: costPair.optional(),
      costPerUnitGainPence: z.number().int().nullable().optional(),
    }),
  ),
  summary: z.object({
    pupils: z.number().int(),
    measured: z.number().int(),
    improved: z.number().int(),
    meanChange: z.number().nullable(),
    meanPerMonth: z.number().nullable(),
    meanOutcomeScore: z.number().nullable(),
    cost: costPair.optional(),
    costPerUnitGainPence: z.number().int().nullable().optional(),
  }),
  evaluation,
});

/** The same HTML the PDF is printed from, for the preview on screen. */
export const documentPreview = z.object({ html: z.string(), landscape: z.boolean() });

export type SchoolMapInput = z.output<typeof schoolMapInput>;
export type PupilMapInput = z.output<typeof pupilMapInput>;
export type ImpactSheetInput = z.output<typeof impactSheetInput>;
export type ProvisionDocument = z.output<typeof provisionDocument>;

// The schemas and the domain's interfaces must describe the same objects.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agrees = <T extends true>(value: T) => value;
agrees<Same<z.infer<typeof schoolMapView>, SchoolMapView>>(true);
agrees<Same<z.infer<typeof pupilMapView>, PupilMapView>>(true);
agrees<Same<z.infer<typeof impactSheetView>, ImpactSheetView>>(true);
