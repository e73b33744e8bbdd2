import type { z } from 'zod';
import { inboxResponseSchema } from './case-responses';
import { inboxReferralsSchema } from './referrals';

/** GET /api/v1/inbox with the referral lists (new, due today, overdue, waiting for me). */
export const inboxWithReferralsResponseSchema = inboxResponseSchema.extend({ referrals: inboxReferralsSchema.optional() });
export type InboxWithReferralsResponse = z.infer<typeof inboxWithReferralsResponseSchema>;
