import { z } from 'zod';
import { userSchema } from './auth';

export const usersResponseSchema = z.object({ items: z.array(userSchema), total: z.number().int() });

export const auditVerifyResponseSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  brokenAtSeq: z.number().int().optional(),
  reason: z.string().optional(),
});
