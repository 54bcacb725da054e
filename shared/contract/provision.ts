import { z } from 'zod';
import { evaluationDecisions, measureKinds, waves, weekdays } from '../domain/provision';
import { broadAreas, ncYearGroups } from '../domain/sen';

/**
 * Provision mapping (issue 6): the library, the groups that run for real and
 * the pupils in them, review outcomes, staff roles and LA costing templates.
 *
 * Every change to an entry, a group or a membership is a new version; the
 * `version` a form sends is the one it was filled from, so a stale form
 * cannot overwrite a newer save. Money is whole pence. A cost or pay rate is
 * null in every answer to anyone but the SENCO; a null cost sent in a change
 * keeps the figure already recorded (a deputy's form has no cost fields).
 * Scores are checked against the group's measure in main, which knows it.
 */
const isoDate = z.iso.date('Use a date as YYYY-MM-DD.');
const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const id = z.string().min(1).max(64);
const version = z.number({ error: 'Say which version the form was filled from.' }).int().min(1).max(1_000_000);
const recorded = z.object({ at: z.string(), by: z.string().nullable() });

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `Give ${what} as a number from ${min} to ${max}.` })
    .int(`Give ${what} as a whole number from ${min} to ${max}.`)
    .min(min, `Give ${what} as a number from ${min} to ${max}.`)
    .max(max, `Give ${what} as a number from ${min} to ${max}.`);

/** Up to £1,000,000 in pence: more is a typing slip, not a cost. */
const pence = (what: string) => wholeNumber(`${what} in pence`, 0, 100_000_000);
const optionalPence = (what: string) => pence(what).nullable();

const area = z.enum(broadAreas, { error: 'Choose the broad area of need.' });
const wave = z.union(
  waves.map((w) => z.literal(w)),
  { error: 'Choose wave 1, 2 or 3.' },
);

export const measureInput = z
  .object({
    kind: z.enum(measureKinds, { error: 'Choose how entry and exit are measured.' }),
    customName: text(100).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.kind === 'custom' && !value.customName) {
      ctx.addIssue({ code: 'custom', message: 'Name the measure of your own, for example "Boxall profile".', path: ['customName'] });
    }
    if (value.kind !== 'custom' && value.customName !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'Only a measure of your own takes a name.', path: ['customName'] });
    }
  });

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time as HH:MM, 24-hour, for example 09:30.');

export const timetableSlotInput = z
  .object({ day: z.enum(weekdays, { error: 'Choose a school day, Monday to Friday.' }), start: time, end: time })
  .strict()
  .refine((slot) => slot.end > slot.start, { message: 'A session must end after it starts.', path: ['end'] });

export const groupStaffInput = z
  .object({ name: text(200).min(1, 'Enter the name of the member of staff.'), roleId: id })
  .strict();

const score = z.number({ error: 'Give the score as a number.' }).finite('Give the score as a number.');
export const scoreInput = z.object({ score, date: isoDate }).strict();

export const evaluationInput = z
  .object({
    decision: z.enum(evaluationDecisions, { error: 'Choose continue, stop or change.' }),
    reason: text(2_000).min(1, 'Give the reason for the decision.'),
    date: isoDate,
  })
  .strict();

// The library

export const entryFields = z
  .object({
    name: text(200).min(1, 'Enter the name of the provision.'),
    description: text(5_000),
    evidence: text(2_000),
    area,
    wave,
    defaultRoleId: id.nullable(),
    groupSize: wholeNumber('the group size', 1, 60),
    sessionsPerWeek: wholeNumber('the sessions a week', 1, 35),
    minutesPerSession: wholeNumber('the minutes a session', 1, 480),
    weeks: wholeNumber('the weeks it lasts', 1, 52),
    materialsPence: optionalPence('the materials cost'),
    licencePence: optionalPence('the licence cost'),
    intendedOutcome: text(2_000).min(1, 'Say what the provision is meant to achieve.'),
    measure: measureInput,
  })
  .strict();

export const entryIdInput = z.object({ provisionId: id }).strict();
export const libraryListInput = z.object({ includeArchived: z.boolean().optional() }).strict();
export const entryAddInput = z.object({ entry: entryFields }).strict();
export const entryChangeInput = z.object({ provisionId: id, version, entry: entryFields }).strict();
export const entryArchiveInput = z.object({ provisionId: id, version, archived: z.boolean() }).strict();
/** Copies a group's figures into the library as a new entry. */
export const groupToLibraryInput = z.object({ groupId: id }).strict();

const measureOutput = z.object({ kind: z.enum(measureKinds), customName: z.string().optional() });

export const provisionEntry = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  evidence: z.string(),
  area: z.enum(broadAreas),
  wave: z.union(waves.map((w) => z.literal(w))),
  defaultRoleId: z.string().nullable(),
  groupSize: z.number().int(),
  sessionsPerWeek: z.number().int(),
  minutesPerSession: z.number().int(),
  weeks: z.number().int(),
  materialsPence: z.number().int().nullable(),
  licencePence: z.number().int().nullable(),
  intendedOutcome: z.string(),
  measure: measureOutput,
  archived: z.boolean(),
  version: z.number().int(),
  recorded,
});

export const savedVersion = z.object({ id: z.string(), version: z.number().int() });

// Groups

export const groupFields = z
  .object({
    name: text(200).min(1, 'Enter the name of the group.'),
    area,
    wave,
    measure: measureInput,
    intendedOutcome: text(2_000).min(1, 'Say what the group is meant to achieve.'),
    sessionsPerWeek: wholeNumber('the sessions a week', 1, 35),
    minutesPerSession: wholeNumber('the minutes a session', 1, 480),
    weeks: wholeNumber('the weeks of sessions', 1, 260),
    materialsPence: optionalPence('the materials cost'),
    licencePence: optionalPence('the licence cost'),
    staff: z.array(groupStaffInput).max(20, 'A group may have at most 20 staff.'),
    timetable: z.array(timetableSlotInput).max(35, 'A group may have at most 35 sessions a week.'),
    room: text(100),
    startDate: isoDate,
    endDate: isoDate.nullable(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.endDate !== null && value.endDate < value.startDate) {
      ctx.addIssue({ code: 'custom', message: 'The end date must be on or after the start date.', path: ['endDate'] });
    }
  });

export const groupIdInput = z.object({ groupId: id }).strict();
export const groupListInput = z
  .object({
    /** Groups running on this date. */
    runningOn: isoDate.optional(),
    /** Groups that ran on any day from `from` to `to`. */
    from: isoDate.optional(),
    to: isoDate.optional(),
    area: area.optional(),
    wave: wave.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.from === undefined) !== (value.to === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'Give both the first and the last date of the range.', path: ['to'] });
    } else if (value.from !== undefined && value.to !== undefined && value.to < value.from) {
      ctx.addIssue({ code: 'custom', message: 'The last date of the range must be on or after the first.', path: ['to'] });
    }
  });
export const groupCreateInput = z.object({ provisionId: id.nullable(), group: groupFields }).strict();
/** Starts a group from a library entry with its figures; staff without a role get the entry's default role. */
export const groupStartInput = z
  .object({
    provisionId: id,
    name: text(200).min(1, 'Enter the name of the group.').optional(),
    startDate: isoDate,
    endDate: isoDate.nullable(),
    room: text(100),
    staff: z
      .array(z.object({ name: text(200).min(1, 'Enter the name of the member of staff.'), roleId: id.nullable() }).strict())
      .max(20, 'A group may have at most 20 staff.'),
  })
  .strict()
  .refine((value) => value.endDate === null || value.endDate >= value.startDate, {
    message: 'The end date must be on or after the start date.',
    path: ['endDate'],
  });
export const groupChangeInput = z.object({ groupId: id, version, group: groupFields }).strict();
/** Ends the group on this date; its pupils still in it leave on the same date. */
export const groupEndInput = z.object({ groupId: id, version, endDate: isoDate }).strict();
export const groupEvaluateInput = z.object({ groupId: id, version, evaluation: evaluationInput }).strict();

const slotOutput = z.object({ day: z.enum(weekdays), start: z.string(), end: z.string() });
const evaluationOutput = z.object({ decision: z.enum(evaluationDecisions), reason: z.string(), date: z.string() });
const scoreOutput = z.object({ score: z.number(), date: z.string() });

export const provisionGroup = z.object({
  id: z.string(),
  provisionId: z.string().nullable(),
  name: z.string(),
  area: z.enum(broadAreas),
  wave: z.union(waves.map((w) => z.literal(w))),
  measure: measureOutput,
  intendedOutcome: z.string(),
  sessionsPerWeek: z.number().int(),
  minutesPerSession: z.number().int(),
  weeks: z.number().int(),
  materialsPence: z.number().int().nullable(),
  licencePence: z.number().int().nullable(),
  staff: z.array(z.object({ name: z.string(), roleId: z.string() })),
  timetable: z.array(slotOutput),
  room: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  evaluation: evaluationOutput.nullable(),
  version: z.number().int(),
  recorded,
});

/** A group in a list: with how many pupils are in it on the day asked (today if none). */
export const groupSummary = provisionGroup.extend({ pupilsNow: z.number().int(), pupilsEver: z.number().int() });

export const provisionMembership = z.object({
  id: z.string(),
  groupId: z.string(),
  pupilId: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  entry: scoreOutput.nullable(),
  exit: scoreOutput.nullable(),
  reviewOutcomeId: z.string().nullable(),
  evaluation: evaluationOutput.nullable(),
  version: z.number().int(),
  recorded,
});

export const groupMember = provisionMembership.extend({
  /** Preferred forename (else legal) and surname. */
  pupilName: z.string(),
  year: z.enum(ncYearGroups).nullable(),
});

export const groupDetail = z.object({
  group: provisionGroup,
  /** Every membership, current and past, earliest start first. */
  memberships: z.array(groupMember),
});

// Memberships

const joiner = z
  .object({ pupilId: id, startDate: isoDate, entry: scoreInput.nullable() })
  .strict();
export const membersAddInput = z
  .object({
    groupId: id,
    pupils: z.array(joiner).min(1, 'Choose at least one pupil to add.').max(100, 'Add at most 100 pupils at once.'),
  })
  .strict();
export const membersAdded = z.object({ membershipIds: z.array(z.string()) });

export const membershipIdInput = z.object({ membershipId: id }).strict();
export const membershipDatesInput = z
  .object({ membershipId: id, version, startDate: isoDate, endDate: isoDate.nullable() })
  .strict()
  .refine((value) => value.endDate === null || value.endDate >= value.startDate, {
    message: 'The pupil must leave on or after the date they joined.',
    path: ['endDate'],
  });
export const membershipScoreInput = z.object({ membershipId: id, version, score: scoreInput.nullable() }).strict();
export const membershipOutcomeInput = z.object({ membershipId: id, version, reviewOutcomeId: id.nullable() }).strict();
export const membershipEvaluateInput = z
  .object({ membershipId: id, version, evaluation: evaluationInput.nullable() })
  .strict();
export const membershipEndInput = z.object({ membershipId: id, version, endDate: isoDate }).strict();

/** Every version of one membership, newest first: the history of a pupil's place in a group. */
export const membershipVersions = z.array(provisionMembership);

/** One provision a pupil has had, for their file: newest first. */
export const pupilProvisionRow = z.object({
  membershipId: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  area: z.enum(broadAreas),
  wave: z.union(waves.map((w) => z.literal(w))),
  startDate: z.string(),
  endDate: z.string().nullable(),
  entry: scoreOutput.nullable(),
  exit: scoreOutput.nullable(),
  measure: measureOutput,
  outcome: z.object({ id: z.string(), label: z.string(), score: z.number().int() }).nullable(),
  evaluation: evaluationOutput.nullable(),
});
export const pupilHistoryInput = z.object({ pupilId: id }).strict();

// Review outcomes

const outcomeScores = [-2, -1, 0, 1, 2] as const;
const outcomeScore = z.union(outcomeScores.map((s) => z.literal(s)), { error: 'Score the outcome from −2 to +2.' });
export const outcomeAddInput = z
  .object({ label: text(200).min(1, 'Enter the words for the outcome.'), score: outcomeScore })
  .strict();
export const outcomeChangeInput = z
  .object({ outcomeId: id, label: text(200).min(1, 'Enter the words for the outcome.'), score: outcomeScore })
  .strict();
export const outcomeArchiveInput = z.object({ outcomeId: id, archived: z.boolean() }).strict();
export const reviewOutcome = z.object({
  id: z.string(),
  label: z.string(),
  score: z.union(outcomeScores.map((s) => z.literal(s))),
  position: z.number().int(),
  archived: z.boolean(),
});
export const outcomesListInput = z.object({ includeArchived: z.boolean().optional() }).strict();

// Staff roles and costing (the SENCO's: pay is theirs alone)

const roleName = text(100).min(1, 'Enter the name of the role.');
/** Up to £1,000 an hour. */
const hourlyRate = wholeNumber('the hourly rate in pence', 0, 100_000);
export const rolesListInput = z.object({ includeArchived: z.boolean().optional() }).strict();
export const roleAddInput = z.object({ name: roleName, hourlyRatePence: hourlyRate.nullable() }).strict();
export const roleRenameInput = z.object({ roleId: id, name: roleName }).strict();
export const roleRateInput = z.object({ roleId: id, hourlyRatePence: hourlyRate.nullable() }).strict();
export const roleArchiveInput = z.object({ roleId: id, archived: z.boolean() }).strict();
export const staffRole = z.object({
  id: z.string(),
  name: z.string(),
  /** Null for everyone but the SENCO, and for a role not yet priced. */
  hourlyRatePence: z.number().int().nullable(),
  archived: z.boolean(),
});

/** Pence a minute, to a hundredth of a penny: "£0.3125 a minute" is 31.25. Up to £100 a minute. */
const ratePerMinute = z
  .number({ error: 'Give the rate a minute in pence, for example 31.25.' })
  .min(0, 'A rate a minute cannot be below 0.')
  .max(10_000, 'Give the rate a minute in pence, at most 10000.')
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, 'Give the rate a minute to at most two decimal places of a penny.');

export const templateFields = z
  .object({
    name: text(200).min(1, 'Enter the name of the costing template.'),
    weeksPerYear: wholeNumber('the weeks a year', 1, 52),
    ratesPerMinutePence: z.record(id, ratePerMinute),
    capPerPupilPerProvisionPence: optionalPence('the cap a pupil a provision'),
  })
  .strict();
export const templateAddInput = z.object({ template: templateFields }).strict();
export const templateChangeInput = z.object({ templateId: id, template: templateFields }).strict();
export const templateArchiveInput = z.object({ templateId: id, archived: z.boolean() }).strict();
export const templateChooseInput = z.object({ templateId: id }).strict();
export const costingTemplate = z.object({
  id: z.string(),
  name: z.string(),
  weeksPerYear: z.number().int(),
  ratesPerMinutePence: z.record(z.string(), z.number()),
  capPerPupilPerProvisionPence: z.number().int().nullable(),
  builtIn: z.boolean(),
  archived: z.boolean(),
});
export const templatesOutput = z.object({ templates: z.array(costingTemplate), chosenId: z.string() });
