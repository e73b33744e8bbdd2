import { z } from 'zod';
import { consentMethods, consentPurposes, dataCategories, referralPurposes } from '../domain/consent/vocabulary';
import { isoDateSchema } from '../domain/pathway/index';
import { languageEndonyms, portalLanguages, textDirection } from '../domain/portal/languages';

/** Consent declarations (../shared/CONTRACT.md: POST /cases/{id}/consents, POST /consents/{id}/withdraw). */

const timestamp = z.iso.datetime({ offset: true });
const distinct = <T>(values: T[]): boolean => new Set(values).size === values.length;

export const consentPurposeSchema = z.enum(consentPurposes);
/** What a case can be referred for: every purpose but `employer_status` (the employer's portal view). */
export const referralPurposeSchema = z.enum(referralPurposes);
export const dataCategorySchema = z.enum(dataCategories);
/** The language the wording was shown in: any of the portal's six (staff record paper forms in these too). */
export const consentLanguageSchema = z.enum(portalLanguages);
export type ConsentLanguage = z.infer<typeof consentLanguageSchema>;
/** Each consent language's name in itself and its writing direction, for the capture form. */
export const consentLanguages: readonly { code: ConsentLanguage; name: string; dir: 'ltr' | 'rtl' }[] = portalLanguages.map((code) => ({ code, name: languageEndonyms[code], dir: textDirection(code) }));

export const consentParamsSchema = z.object({ consentId: z.uuid() });

export const createConsentBodySchema = z.strictObject({
  personId: z.uuid().optional().describe('The person of the case who consents; default: the main person'),
  recipientOrganisationIds: z.array(z.uuid()).min(1).max(50).refine(distinct, 'each organisation once'),
  purposes: z.array(consentPurposeSchema).min(1).refine(distinct, 'each purpose once'),
  dataCategories: z.array(dataCategorySchema).min(1).refine(distinct, 'each category once'),
  textVersion: z.string().min(1).max(60).describe('Id of the consent wording shown, e.g. consent-text-2026-01'),
  language: consentLanguageSchema.default('de').describe('The language the wording was shown in'),
  method: z.enum(consentMethods).optional().describe('portal (the person) or staff_recorded; default by role'),
  formDocumentId: z.uuid().optional().describe('staff_recorded: the uploaded signed form (a document of the case)'),
  validUntil: isoDateSchema.optional().describe('Last day (Europe/Berlin) the consent is valid; omitted: until withdrawn'),
});
export type CreateConsentBody = z.infer<typeof createConsentBodySchema>;

export const withdrawConsentBodySchema = z.strictObject({}).nullish();

const organisationRefSchema = z.object({ id: z.uuid(), name: z.string(), kind: z.string() });
const userRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const consentTextSchema = z.object({
  versionId: z.string(),
  language: consentLanguageSchema,
  title: z.string(),
  paragraphs: z.array(z.object({ heading: z.string().optional(), lines: z.array(z.string()) })),
});

export const consentSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    personId: z.uuid(),
    purposes: z.array(consentPurposeSchema),
    recipients: z.array(organisationRefSchema),
    dataCategories: z.array(dataCategorySchema),
    legalBasis: z.string(),
    textVersion: z.string(),
    language: consentLanguageSchema,
    method: z.enum(consentMethods),
    formDocumentId: z.uuid().nullable(),
    givenAt: timestamp,
    recordedBy: userRefSchema.nullable(),
    validUntil: timestamp.nullable().describe('Valid strictly before this instant (00:00 Europe/Berlin after the last day)'),
    validThrough: z.string().nullable().describe('The last day (Europe/Berlin) the consent is valid'),
    withdrawnAt: timestamp.nullable(),
    withdrawnBy: userRefSchema.nullable(),
    state: z.enum(['valid', 'not_yet_given', 'withdrawn', 'expired']),
    text: consentTextSchema,
  })
  .meta({ id: 'Consent' });
export type Consent = z.infer<typeof consentSchema>;

export const consentListResponseSchema = z.object({ items: z.array(consentSchema) });
export type ConsentListResponse = z.infer<typeof consentListResponseSchema>;

/** The wordings that may be used today, for the capture form. */
export const consentTextsResponseSchema = z.object({
  current: z.string(),
  versions: z.array(z.object({ id: z.string(), validFrom: z.string(), validUntil: z.string().nullable(), text: z.record(z.string(), z.record(z.string(), z.string())) })),
  /** The labels of purposes and categories exactly as the declaration prints them. */
  labels: z.object({ purposes: z.record(z.string(), z.record(z.string(), z.string())), categories: z.record(z.string(), z.record(z.string(), z.string())) }),
});
export type ConsentTexts = z.infer<typeof consentTextsResponseSchema>;
