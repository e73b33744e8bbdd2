import { z } from 'zod';
import { consentPurposeSchema, consentSchema, dataCategorySchema } from './consents';

/** The person's own consents and data in the portal (issue 15, /mein-weg/einwilligungen and /mein-weg/daten). */

const timestamp = z.iso.datetime({ offset: true });
const distinct = <T>(values: T[]): boolean => new Set(values).size === values.length;

/** Who the portal account is: the case and the person the consents and the export belong to. */
const portalSubjectSchema = z.object({ caseId: z.uuid(), personId: z.uuid(), relation: z.string() });

export const myConsentsResponseSchema = portalSubjectSchema
  .extend({ items: z.array(consentSchema), textVersion: z.string().describe('The consent wording in use today') })
  .meta({ id: 'MyConsents' });
export type MyConsents = z.infer<typeof myConsentsResponseSchema>;

/** An organisation the portal proposes as a recipient: involved in the case, or responsible for the person's place. */
export const recipientProposalSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  involved: z.boolean().describe('Already involved in the case'),
  purposes: z.array(consentPurposeSchema).describe('The purposes the organisation is responsible for at the person’s place'),
});
export const recipientProposalsResponseSchema = z.object({ items: z.array(recipientProposalSchema) }).meta({ id: 'ConsentRecipientProposals' });
export type RecipientProposal = z.infer<typeof recipientProposalSchema>;

/** The full wording for the chosen recipients, purposes and categories, in the person's language. */
export const consentPreviewBodySchema = z.strictObject({
  recipientOrganisationIds: z.array(z.uuid()).min(1).max(50).refine(distinct, 'each organisation once'),
  purposes: z.array(consentPurposeSchema).min(1).refine(distinct, 'each purpose once'),
  dataCategories: z.array(dataCategorySchema).min(1).refine(distinct, 'each category once'),
  language: z.string().min(2).max(8).describe('The person’s language; the wording falls back to English, then German'),
});
export type ConsentPreviewBody = z.infer<typeof consentPreviewBodySchema>;
export const consentPreviewResponseSchema = z
  .object({
    textVersion: z.string(),
    language: z.string().describe('The language the wording is shown in: pass it on when consenting'),
    title: z.string(),
    paragraphs: z.array(z.object({ heading: z.string().optional(), lines: z.array(z.string()) })),
  })
  .meta({ id: 'ConsentPreview' });
export type ConsentPreview = z.infer<typeof consentPreviewResponseSchema>;

/** "Who has seen my data": the audit entries about the person's case, in words. */
export const accessLogQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const accessKinds = ['read', 'change'] as const;
export const accessSubjects = ['case', 'consents', 'documents', 'procedure', 'referral', 'export', 'accessLog', 'messages', 'journey'] as const;
export const accessLogEntrySchema = z.object({
  id: z.string(),
  at: timestamp,
  who: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('self') }),
    z.object({ kind: z.literal('organisation'), organisationId: z.uuid(), name: z.string() }),
    z.object({ kind: z.literal('portal') }).describe('Another person with portal access to the case'),
    z.object({ kind: z.literal('system') }).describe('Lotse itself (deadlines, expiry)'),
  ]),
  purpose: z.string().nullable().describe('The audit purpose code; the web shows its label'),
  access: z.enum(accessKinds),
  subject: z.enum(accessSubjects),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;
export const accessLogResponseSchema = portalSubjectSchema
  .extend({ items: z.array(accessLogEntrySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'AccessLog' });
export type AccessLog = z.infer<typeof accessLogResponseSchema>;
