import { z } from 'zod';
import { referralStates } from '../domain/referrals/state-machine';
import { dataCategorySchema, referralPurposeSchema } from './consents';

/** Referrals (../shared/CONTRACT.md: POST /cases/{id}/referrals, GET /referrals, the life-cycle actions). */

const timestamp = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const referralStatusSchema = z.enum(referralStates);
export const referralParamsSchema = z.object({ referralId: z.uuid() });

export const createReferralBodySchema = z.strictObject({
  toOrganisationId: z.uuid(),
  purpose: referralPurposeSchema,
  message: text(4000),
  consentId: z.uuid(),
});
export type CreateReferralBody = z.infer<typeof createReferralBodySchema>;

/** Idempotency-Key: the same key from the same sender returns the first referral. */
export const idempotencyHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, '1–200 visible ASCII characters')
    .optional(),
});

export const referralListQuerySchema = z.strictObject({
  direction: z.enum(['incoming', 'outgoing']),
  status: z.enum(['live', 'finished', 'all']).default('live').describe('live: not yet finished (default); finished; all'),
  caseId: z.uuid().optional(),
});

export const rejectReferralBodySchema = z.strictObject({ reason: text(2000) });
export const answerReferralBodySchema = z.strictObject({ answer: text(8000) });
export const queryReferralBodySchema = z.strictObject({ question: text(4000) });
export const replyReferralBodySchema = z.strictObject({ message: text(4000) });
export const revokeReferralBodySchema = z.strictObject({ reason: text(2000).optional() }).nullish();
export const emptyBodySchema = z.strictObject({}).nullish();

const organisationRefSchema = z.object({ id: z.uuid(), name: z.string(), kind: z.string(), land: z.string() });
const userRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const referralEventSchema = z.object({
  id: z.number().int(),
  type: z.string(),
  at: timestamp,
  actor: userRefSchema.nullable(),
  text: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const referralSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    caseReference: z.string(),
    consentId: z.uuid(),
    from: z.object({ organisation: organisationRefSchema, user: userRefSchema }),
    to: organisationRefSchema,
    purpose: referralPurposeSchema,
    message: z.string(),
    status: referralStatusSchema,
    dueAt: timestamp.describe('End of the recipient’s working time (24:00 Europe/Berlin = 00:00 of the next day)'),
    dueDate: z.string().describe('The date (Europe/Berlin) the referral is due on'),
    remindAt: timestamp,
    isOverdue: z.boolean(),
    pausedAt: timestamp.nullable(),
    pausedWorkingMs: z.number().int(),
    escalatedAt: timestamp.nullable(),
    answer: z.string().nullable(),
    answeredAt: timestamp.nullable(),
    reason: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    side: z.enum(['recipient', 'sender', 'both']).describe('How the caller takes part'),
    allowedActions: z.array(z.string()),
    events: z.array(referralEventSchema).optional(),
  })
  .meta({ id: 'Referral' });
export type Referral = z.infer<typeof referralSchema>;

export const referralListResponseSchema = z.object({ items: z.array(referralSchema), total: z.number().int(), now: timestamp });
export type ReferralListResponse = z.infer<typeof referralListResponseSchema>;

/** What the recipient sees of the referred case: only the consented categories, each only when granted. */
export const referredCaseSchema = z
  .object({
    referralId: z.uuid(),
    caseId: z.uuid(),
    reference: z.string(),
    purpose: referralPurposeSchema,
    categories: z.array(dataCategorySchema),
    consent: z.object({ id: z.uuid(), validUntil: timestamp.nullable() }),
    identity: z.object({ givenName: z.string(), familyName: z.string(), birthDate: z.string(), citizenship: z.string() }).optional(),
    contact: z.object({ email: z.string().nullable(), phone: z.string().nullable(), languages: z.array(z.string()) }).optional(),
    qualification: z.object({ stage: z.string(), targetTitleId: z.string().nullable(), qualification: z.record(z.string(), z.unknown()).nullable() }).optional(),
    employment: z.object({ employer: z.object({ id: z.uuid(), name: z.string() }).nullable(), job: z.record(z.string(), z.unknown()).nullable() }).optional(),
    family: z.array(z.object({ relation: z.string(), givenName: z.string(), familyName: z.string(), birthDate: z.string(), citizenship: z.string() })).optional(),
    documents: z.array(z.object({ id: z.uuid(), fileName: z.string(), mediaType: z.string(), checklistItemId: z.string().nullable(), uploadedAt: timestamp })).optional(),
  })
  .meta({ id: 'ReferredCase' });
export type ReferredCase = z.infer<typeof referredCaseSchema>;

export const inboxReferralsSchema = z.object({
  new: z.array(referralSchema).describe('Incoming referrals not yet accepted'),
  dueToday: z.array(referralSchema),
  overdue: z.array(referralSchema),
  waitingForMe: z.array(referralSchema).describe('Outgoing referrals whose recipient asked back'),
});
export type InboxReferrals = z.infer<typeof inboxReferralsSchema>;
