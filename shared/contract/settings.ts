import { z } from 'zod';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../domain/idleLock';
import { deviceBinding, recoveryGroups } from './vault';


export const securitySettings = z.object({
  idleMinutes: z.number().int(),
  binding: deviceBinding,
  recoveryKeyConfirmed: z.boolean(),
});

export const idleMinutesInput = z
  .object({
    minutes: z
      .number()
      .int('Use whole minutes.')
      .min(MIN_IDLE_MINUTES, `Lock after at least ${MIN_IDLE_MINUTES} minute.`)
      .max(MAX_IDLE_MINUTES, `Lock after at most ${MAX_IDLE_MINUTES} minutes.`),
  })
  .strict();

export const recoveryKeyOutput = z.object({ recoveryKey: recoveryGroups });

export const recoveryConfirmInput = z
  .object({ answers: z.record(z.string().regex(/^\d{1,2}$/), z.string().max(20)) })
  .strict();
export const recoveryConfirmOutput = z.object({ ok: z.boolean(), wrongGroups: z.array(z.number().int()) });

export const kitSaved = z.object({ saved: z.boolean(), fileName: z.string().nullable() });

export const rotationResult = z.object({ integrity: z.literal('ok') });
