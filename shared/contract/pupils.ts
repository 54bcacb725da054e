import { z } from 'zod';
import { broadAreas, needTypes } from '../domain/sen';
import { consentEntry } from './consents';
import { peopleOutput } from './people';

const isoDate = z.iso.date('Use a date as YYYY-MM-DD.');
const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const optionalText = (max: number) => text(max).nullable();
const pupilId = z.string().min(1).max(64);
const source = z.enum(['manual', 'csv', 'ctf', 'demo']);
const recorded = z.object({ at: z.string(), by: z.string().nullable(), source });

export const pupilDetails = z
  .object({
    upn: optionalText(20),
    formerUpn: optionalText(20),
    uln: optionalText(20),
    legalSurname: text(100).min(1, 'Enter the legal surname.'),
    legalForename: text(100).min(1, 'Enter the legal forename.'),
    preferredSurname: optionalText(100),
    preferredForename: optionalText(100),
    dateOfBirth: isoDate,
    sex: z.enum(['M', 'F']).nullable(),
    ncYear: optionalText(4),
    className: optionalText(40),
    admissionDate: isoDate.nullable(),
    leavingDate: isoDate.nullable(),
    destinationSchool: optionalText(200),
    eal: z.boolean(),
    pupilPremium: z.boolean(),
    fsm: z.boolean(),
    lookedAfter: z.boolean(),
    previouslyLookedAfter: z.boolean(),
    medicalNotes: optionalText(10_000),
  })
  .strict();

export const registerFilter = z
  .object({
    status: z.enum(['E', 'K', 'N', 'register', 'monitoring']).optional(),
    need: z.enum(needTypes).optional(),
    area: z.enum(broadAreas).optional(),
    ncYear: text(4).optional(),
    className: text(40).optional(),
    eal: z.boolean().optional(),
    pupilPremium: z.boolean().optional(),
    lookedAfter: z.boolean().optional(),
    search: text(100).optional(),
    includeLeavers: z.boolean().optional(),
  })
  .strict();

const need = z.object({ type: z.string(), rank: z.number().int() });

export const registerOutput = z.object({
  rows: z.array(
    z.object({
      id: z.string(),
      upn: z.string().nullable(),
      legalSurname: z.string(),
      legalForename: z.string(),
      preferredSurname: z.string().nullable(),
      preferredForename: z.string().nullable(),
      dateOfBirth: z.string(),
      ncYear: z.string().nullable(),
      className: z.string().nullable(),
      eal: z.boolean(),
      pupilPremium: z.boolean(),
      fsm: z.boolean(),
      lookedAfter: z.boolean(),
      previouslyLookedAfter: z.boolean(),
      leavingDate: z.string().nullable(),
      provision: z.string().nullable(),
      statusSince: z.string().nullable(),
      needs: z.array(need),
      monitoring: z.boolean(),
    }),
  ),
  counts: z.object({
    total: z.number().int(),
    byNeed: z.record(z.string(), z.number().int()),
    byArea: z.record(z.string(), z.number().int()),
    byYear: z.record(z.string(), z.number().int()),
  }),
});

const consulted = z.array(z.enum(['class-teacher', 'parents', 'pupil'])).max(3);

export const statusDecision = z
  .object({
    provision: z.enum(['E', 'K', 'N']),
    startDate: isoDate,
    decisionDate: isoDate,
    decidedBy: text(200).min(1, 'Say who decided.'),
    consulted,
    parentsInformedOn: isoDate.nullable(),
    note: optionalText(2_000),
  })
  .strict();

export const pupilFileOutput = z.object({
  pupil: pupilDetails.extend({ id: z.string(), revision: z.number().int(), createdAt: z.string(), updatedAt: z.string() }),
  revisions: z.array(z.object({ revision: z.number().int(), details: pupilDetails, recorded })),
  senStatuses: z.array(
    z.object({
      id: z.string(),
      provision: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      decisionDate: z.string().nullable(),
      decidedBy: z.string().nullable(),
      consulted,
      parentsInformedOn: z.string().nullable(),
      note: z.string().nullable(),
      recorded,
    }),
  ),
  senNeeds: z.array(
    z.object({ id: z.string(), needType: z.string(), rank: z.number().int(), startDate: z.string(), endDate: z.string().nullable(), recorded }),
  ),
  monitoring: z.array(
    z.object({
      id: z.string(),
      reason: z.string(),
      addedOn: z.string(),
      raisedBy: z.string(),
      reviewOn: z.string().nullable(),
      closedOn: z.string().nullable(),
      outcome: z.enum(['moved-to-sen-support', 'closed']).nullable(),
      outcomeNote: z.string().nullable(),
    }),
  ),
  ...peopleOutput,
  /** The consent register: newest given first, withdrawn ones included. */
  consents: z.array(consentEntry),
});

export const pupilIdInput = z.object({ pupilId }).strict();
/** `revision`: the version of the details the form was filled from, so a stale form cannot overwrite a newer save. */
export const pupilUpdateInput = z
  .object({ pupilId, revision: z.number({ error: 'Say which version of the details the form was filled from.' }).int().min(1).max(1_000_000), details: pupilDetails })
  .strict();
export const statusChangeInput = z.object({ pupilId, decision: statusDecision }).strict();
export const needsInput = z
  .object({
    pupilId,
    fromDate: isoDate,
    needs: z.array(z.object({ type: z.enum(needTypes), rank: z.number().int().min(1).max(10) }).strict()).max(10),
  })
  .strict();
export const concernInput = z
  .object({
    pupilId,
    concern: z
      .object({
        reason: text(2_000).min(1, 'Say what the concern is.'),
        addedOn: isoDate,
        raisedBy: text(200).min(1, 'Say who raised the concern.'),
        reviewOn: isoDate.nullable(),
      })
      .strict(),
  })
  .strict();
export const monitoringCloseInput = z.object({ pupilId, closedOn: isoDate, note: optionalText(2_000) }).strict();
export const moveToSenSupportInput = z.object({ pupilId, decision: statusDecision.omit({ provision: true }) }).strict();

export const censusReadinessOutput = z.object({
  census: z.object({ term: z.enum(['autumn', 'spring', 'summer']), date: z.string() }),
  pupilsChecked: z.number().int(),
  pupils: z.array(
    z.object({
      pupilId: z.string(),
      name: z.string(),
      upn: z.string().nullable(),
      ncYear: z.string().nullable(),
      problems: z.array(z.object({ code: z.string(), message: z.string(), fix: z.string() })),
    }),
  ),
});

export type RegisterFilterInput = z.infer<typeof registerFilter>;
