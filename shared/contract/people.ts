import { z } from 'zod';
import { emailProblem, phoneProblem } from '../rules/contactDetails';
import { periodProblem, professionalRoles, roleDescriptionProblem } from '../rules/involvement';

/**
 * The people around a pupil (parents, carers, professionals) and the pupil's
 * one-page profile. Every save adds a version; nothing here is overwritten.
 */
const isoDate = z.iso.date('Use a date as YYYY-MM-DD.');
const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const optionalText = (max: number) => text(max).nullable();
const pupilId = z.string().min(1).max(64);
const recordId = z.string().min(1).max(64);
const recorded = z.object({ at: z.string(), by: z.string().nullable() });

/** A rule from shared/rules on a value that may be left empty: its message becomes the issue. */
const checked = (max: number, problem: (value: string) => string | null) =>
  optionalText(max).superRefine((value, ctx) => {
    const found = value === null || value === '' ? null : problem(value);
    if (found) ctx.addIssue({ code: 'custom', message: found });
  });

export const contactFields = z
  .object({
    name: text(200).min(1, 'Enter the name of the parent or carer.'),
    relationship: text(100).min(1, 'Say how they are related to the pupil, for example mother or foster carer.'),
    parentalResponsibility: z.boolean({ error: 'Say whether they have parental responsibility.' }),
    mobilePhone: checked(30, phoneProblem),
    homePhone: checked(30, phoneProblem),
    workPhone: checked(30, phoneProblem),
    email: checked(200, emailProblem),
    address: optionalText(500),
    livesWithPupil: z.boolean({ error: 'Say whether the pupil lives with them.' }),
    priority: z
      .number({ error: 'Give the contact order as a number from 1 to 9.' })
      .int('Give the contact order as a whole number from 1 to 9.')
      .min(1, 'Give the contact order as a number from 1 to 9.')
      .max(9, 'Give the contact order as a number from 1 to 9.'),
    notes: optionalText(2_000),
  })
  .strict();

export const involvementFields = z
  .object({
    role: z.enum(professionalRoles, { error: 'Choose the professional role.' }),
    roleDescription: optionalText(100),
    name: text(200).min(1, 'Enter the name of the professional.'),
    service: optionalText(200),
    phone: checked(30, phoneProblem),
    email: checked(200, emailProblem),
    startDate: isoDate,
    endDate: isoDate.nullable(),
    notes: optionalText(2_000),
  })
  .strict()
  .superRefine((value, ctx) => {
    const role = roleDescriptionProblem(value.role, value.roleDescription);
    if (role) ctx.addIssue({ code: 'custom', message: role, path: ['roleDescription'] });
    const period = periodProblem(value.startDate, value.endDate);
    if (period) ctx.addIssue({ code: 'custom', message: period, path: ['endDate'] });
  });

const profileText = (max: number, missing: string) => text(max).min(1, missing);

export const profileFields = z
  .object({
    writtenOn: isoDate,
    likeAndAdmire: profileText(5_000, 'Say what people like and admire about the pupil.'),
    importantToMe: profileText(5_000, 'Say what is important to the pupil.'),
    howToSupport: profileText(5_000, 'Say how best to support the pupil.'),
    contributors: profileText(500, 'Say who contributed, for example the pupil, their mother and the class teacher.'),
  })
  .strict();

/** `contactId` null adds a contact; otherwise `version` is the one the form was filled from, so a lost update is refused. */
export const contactSaveInput = z
  .object({ pupilId, contactId: recordId.nullable(), version: z.number().int().min(0), contact: contactFields })
  .strict();
export const contactArchiveInput = z.object({ pupilId, contactId: recordId, version: z.number().int().min(1) }).strict();
export const involvementSaveInput = z
  .object({ pupilId, involvementId: recordId.nullable(), version: z.number().int().min(0), involvement: involvementFields })
  .strict();
export const involvementEndInput = z
  .object({ pupilId, involvementId: recordId, version: z.number().int().min(1), endDate: isoDate })
  .strict();
export const profileSaveInput = z.object({ pupilId, profile: profileFields }).strict();

export const savedVersion = z.object({ id: z.string(), version: z.number().int() });

const versionOf = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, version: z.number().int(), recorded });

export const contactVersion = versionOf({ ...contactFields.shape, archived: z.boolean() });
export const involvementVersion = versionOf({
  role: z.enum(professionalRoles),
  roleDescription: z.string().nullable(),
  name: z.string(),
  service: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  notes: z.string().nullable(),
});

/** A contact or involvement: the version in force first, every earlier one after it, newest first. */
export const contactRecord = z.object({ id: z.string(), versions: z.array(contactVersion).min(1) });
export const involvementRecord = z.object({ id: z.string(), versions: z.array(involvementVersion).min(1) });
export const profileVersion = profileFields.extend({ id: z.string(), recorded });

export const peopleOutput = {
  contacts: z.array(contactRecord),
  involvements: z.array(involvementRecord),
  /** Newest first: the first is the profile in use. */
  profiles: z.array(profileVersion),
  /** Who recorded what, by staff id: the names of everyone the file mentions, removed accounts included. */
  staffNames: z.record(z.string(), z.string()),
};
