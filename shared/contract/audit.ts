import { z } from 'zod';

export const auditProblem = z.enum(['edited', 'removed', 'reordered']);

export const auditVerification = z.discriminatedUnion('intact', [
  z.object({ intact: z.literal(true), rows: z.number().int() }),
  z.object({
    intact: z.literal(false),
    rows: z.number().int(),
    /** The first row (by sequence number) at which the chain no longer holds. */
    firstBadSeq: z.number().int(),
    problem: auditProblem,
    message: z.string(),
  }),
]);

export type AuditVerification = z.infer<typeof auditVerification>;
export type AuditProblem = z.infer<typeof auditProblem>;
