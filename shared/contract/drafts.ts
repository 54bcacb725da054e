import { z } from 'zod';

/**
 * What someone was typing when the vault locked, kept inside the vault and
 * offered back after unlock. Never a passphrase: forms leave those out.
 */
export const draftForm = z.string().regex(/^[a-z][a-z0-9.-]{0,63}$/, 'A form name is lower-case letters, digits, dots and hyphens.');
export const draftData = z
  .record(z.string().max(64), z.union([z.string().max(20_000), z.number(), z.boolean(), z.null()]))
  .refine((data) => Object.keys(data).length <= 100, 'A draft has at most 100 fields.');

export const draftSaveInput = z.object({ form: draftForm, data: draftData }).strict();
export const draftFormInput = z.object({ form: draftForm }).strict();
export const draftOutput = z.object({ data: draftData, savedAt: z.string() }).nullable();
