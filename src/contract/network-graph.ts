import { z } from 'zod';
import { laender, organisationKinds } from '../domain/identity/organisation-kinds';
import { landNames } from '../domain/calendar/land-names';
import { cooperationTopicNames, cooperationTopics } from '../domain/network/cooperation';
import { officeKindNames } from './places';

const bilingual = z.object({ de: z.string(), en: z.string() });

const isoDate = z.iso.date('a date as YYYY-MM-DD').refine((value) => value >= '2000-01-01' && value <= '2099-12-31', 'a date from 2000 to 2099');
/** An empty parameter (`kind=`) means "no filter", as a form with an empty choice sends it. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.enum(values, { error: message }), z.literal('')])
    .optional()
    .transform((value) => (value === '' ? undefined : value));

/** GET /api/v1/network/graph: the period defaults to the last 12 months. */
export const networkGraphQuerySchema = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    kind: optionalChoice(organisationKinds, 'not a kind of organisation of the network'),
    land: optionalChoice(laender, 'not a Land (two letters, e.g. BW)'),
    topic: optionalChoice(cooperationTopics, 'not a topic of cooperation agreements'),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    path: ['from'],
    message: 'the period starts after it ends',
  });
export type NetworkGraphQuery = z.input<typeof networkGraphQuerySchema>;

/** A count that is `null` with `suppressed: true` from 1 to 4 (no person can be singled out). */
export const suppressedCountSchema = z.object({ value: z.number().int().min(0).nullable(), suppressed: z.boolean() }).meta({ id: 'SuppressedCount' });

export const networkNodeSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(organisationKinds),
    kindName: bilingual,
    land: z.enum(laender),
    landName: bilingual,
    /** Referrals sent and received in the period on the organisation's shown referral edges. */
    activity: suppressedCountSchema,
  })
  .meta({ id: 'NetworkNode' });
export type NetworkNode = z.infer<typeof networkNodeSchema>;

export const agreementEdgeSchema = z
  .object({
    id: z.string(),
    type: z.literal('agreement'),
    source: z.uuid(),
    target: z.uuid(),
    agreementId: z.uuid(),
    title: z.string(),
    topic: z.enum(cooperationTopics),
    topicName: bilingual,
    validFrom: z.iso.date(),
    validTo: z.iso.date().nullable(),
    documentUrl: z.string().nullable(),
  })
  .meta({ id: 'NetworkAgreementEdge' });

export const referralEdgeSchema = z
  .object({
    id: z.string(),
    type: z.literal('referrals'),
    source: z.uuid(),
    target: z.uuid(),
    count: suppressedCountSchema,
    /** Median hours from sending to the answer; null when fewer than 5 were answered or the count is suppressed. */
    medianAnswerHours: z.number().min(0).nullable(),
    /** Share (0…1) answered by the due date; null when fewer than 5 outcomes are known or the count is suppressed. */
    shareOnTime: z.number().min(0).max(1).nullable(),
  })
  .meta({ id: 'NetworkReferralEdge' });

export const networkEdgeSchema = z.discriminatedUnion('type', [agreementEdgeSchema, referralEdgeSchema]);
export type NetworkEdge = z.infer<typeof networkEdgeSchema>;
export type NetworkAgreementEdge = z.infer<typeof agreementEdgeSchema>;
export type NetworkReferralEdge = z.infer<typeof referralEdgeSchema>;

export const networkGraphResponseSchema = z
  .object({
    period: z.object({ from: z.iso.date(), to: z.iso.date() }),
    nodes: z.array(networkNodeSchema),
    edges: z.array(networkEdgeSchema),
  })
  .meta({ id: 'NetworkGraph' });
export type NetworkGraphResponse = z.infer<typeof networkGraphResponseSchema>;

/** The choices of the map's filters in words (the web app shows names, never codes). */
export const networkMapChoices = {
  kinds: organisationKinds.map((value) => ({ value, name: officeKindNames[value] })),
  laender: laender.map((value) => ({ value, name: landNames[value] })),
  topics: cooperationTopics.map((value) => ({ value, name: cooperationTopicNames[value] })),
};
