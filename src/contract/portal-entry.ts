import { z } from 'zod';
import { contactConsentVersion } from '../domain/portal/contact-consent';
import { portalLanguages } from '../domain/portal/languages';
import { isoDateSchema, profileSchema } from '../domain/pathway/index';
import { setPasswordBodySchema } from './admin-users';

export { contactConsentText, contactConsentVersion } from '../domain/portal/contact-consent';
export { isPortalLanguage, languageEndonyms, portalLanguages, type PortalLanguage } from '../domain/portal/languages';

/**
 * How people get into Lotse (issue 15, ADR 0016): "Beratung anfragen" from a Wegweiser result
 * (contact requests, no account) and portal invitations from a case.
 */

const instant = z.iso.datetime({ offset: true });
const bilingual = z.object({ de: z.string(), en: z.string() });

/** Control characters other than tab and line breaks (C0, DEL, C1). */
const hasControlCharacters = (value: string): boolean =>
  [...value].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
  });
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `at most ${max} characters` })
    .refine((value) => !hasControlCharacters(value), { message: 'must not contain control characters' });

const emailSchema = z
  .string()
  .trim()
  .max(254, { message: 'at most 254 characters' })
  .pipe(z.email({ message: 'not an e-mail address' }));

export const portalLanguageSchema = z.enum(portalLanguages, { error: `one of ${portalLanguages.join(', ')}` });

// ---------------------------------------------------------------------------------------------
// Contact requests

/** POST /api/v1/contact-requests: public, no account. */
export const contactRequestBodySchema = z.strictObject({
  name: text(200),
  email: emailSchema,
  language: portalLanguageSchema,
  placeAgs: z.string().regex(/^\d{8}$/, 'an Amtlicher Gemeindeschlüssel has 8 digits'),
  message: text(2000).optional(),
  /** The Wegweiser answers as a profile (the same as POST /api/v1/pathways/evaluate takes). */
  profile: profileSchema,
  /** The version of the consent text shown to the person (src/domain/portal/contact-consent.ts). */
  consentVersion: z.literal(contactConsentVersion, { error: `the current consent text is ${contactConsentVersion}` }),
  consent: z.literal(true, { error: 'the consent is required' }),
});
export type ContactRequestBody = z.infer<typeof contactRequestBodySchema>;

export const contactRecipientSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
});

export const contactRequestCreatedSchema = z.object({ id: z.uuid(), recipient: contactRecipientSchema }).meta({ id: 'ContactRequestCreated' });
export type ContactRequestCreated = z.infer<typeof contactRequestCreatedSchema>;

export const contactRequestStatuses = ['open', 'accepted', 'declined'] as const;

export const contactRequestListQuerySchema = z.strictObject({
  status: z.enum(contactRequestStatuses).default('open'),
});

export const contactRequestSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  language: z.enum(portalLanguages),
  place: z.object({ ags: z.string(), name: z.string() }),
  status: z.enum(contactRequestStatuses),
  createdAt: instant,
  /** Working days since the request arrived (in the Land of the recipient organisation). */
  ageWorkingDays: z.number().int(),
});
export type ContactRequestSummary = z.infer<typeof contactRequestSummarySchema>;

export const contactRequestListSchema = z
  .object({ items: z.array(contactRequestSummarySchema), openCount: z.number().int() })
  .meta({ id: 'ContactRequestList' });
export type ContactRequestList = z.infer<typeof contactRequestListSchema>;

const pathSchema = z.object({ id: z.string(), name: bilingual, legalRef: z.string() });

export const contactRequestDetailSchema = contactRequestSummarySchema
  .extend({
    email: z.string(),
    message: z.string().nullable(),
    profile: z.record(z.string(), z.unknown()),
    ruleSetId: z.string().nullable(),
    consentVersion: z.string(),
    consentText: bilingual.nullable(),
    consentedAt: instant,
    /** The stored answers evaluated again today: open paths, and paths with open questions. */
    openPaths: z.array(pathSchema),
    needsInfoPaths: z.array(pathSchema),
    /** Values for the case form, where the request tells them. */
    prefill: z.object({
      givenName: z.string(),
      familyName: z.string(),
      birthDate: isoDateSchema.nullable(),
      citizenship: z.string().nullable(),
    }),
    caseId: z.uuid().nullable(),
    declineReason: z.string().nullable(),
    handledAt: instant.nullable(),
  })
  .meta({ id: 'ContactRequest' });
export type ContactRequestDetail = z.infer<typeof contactRequestDetailSchema>;

export const contactRequestParamsSchema = z.object({ id: z.uuid() });

export const acceptContactRequestBodySchema = z.strictObject({
  person: z.strictObject({
    givenName: text(100),
    familyName: text(100),
    birthDate: isoDateSchema,
    citizenship: z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 code, "XKX" for Kosovo'),
  }),
});
export type AcceptContactRequestBody = z.infer<typeof acceptContactRequestBodySchema>;
export const acceptContactRequestResponseSchema = z.object({ caseId: z.uuid(), reference: z.string() });

export const declineContactRequestBodySchema = z.strictObject({ reason: text(1000) });
export type DeclineContactRequestBody = z.infer<typeof declineContactRequestBodySchema>;

// ---------------------------------------------------------------------------------------------
// Portal invitations

export const invitationStatuses = ['pending', 'used', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const portalInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  language: z.enum(portalLanguages),
  status: z.enum(invitationStatuses),
  createdAt: instant,
  expiresAt: instant,
  usedAt: instant.nullable(),
  revokedAt: instant.nullable(),
});
export type PortalInvitation = z.infer<typeof portalInvitationSchema>;

export const casePortalPersonSchema = z.object({
  personId: z.uuid(),
  relation: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  /** 18 or older today: only then may the person get their own access. */
  isAdult: z.boolean(),
  contactEmail: z.string().nullable(),
  /** When the person's portal account was linked; null without access. */
  portalAccessSince: instant.nullable(),
  invitations: z.array(portalInvitationSchema),
});
export type CasePortalPerson = z.infer<typeof casePortalPersonSchema>;

export const casePortalAccessSchema = z.object({ persons: z.array(casePortalPersonSchema) }).meta({ id: 'CasePortalAccess' });
export type CasePortalAccess = z.infer<typeof casePortalAccessSchema>;

export const createPortalInvitationBodySchema = z.strictObject({
  personId: z.uuid(),
  email: emailSchema,
  language: portalLanguageSchema,
});
export type CreatePortalInvitationBody = z.infer<typeof createPortalInvitationBodySchema>;

export const caseInvitationParamsSchema = z.object({ id: z.uuid(), invitationId: z.uuid() });

export const invitationTokenParamsSchema = z.object({ token: z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/, 'not an invitation token') });

/** GET /api/v1/portal-invitations/{token}: what the person needs to decide, nothing more. */
export const invitationPreviewSchema = z
  .object({
    givenName: z.string(),
    organisationName: z.string(),
    language: z.enum(portalLanguages),
    expiresAt: instant,
    /** An account with the invited e-mail address exists: sign in with it first, then redeem. */
    accountExists: z.boolean(),
    /** Who is signed in now: an applicant without portal access can link this invitation. */
    signedIn: z.enum(['none', 'applicant', 'linked_applicant', 'other']),
  })
  .meta({ id: 'PortalInvitationPreview' });
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** POST /api/v1/portal-invitations/{token}: a new account needs a password; a signed-in applicant sends none. */
export const redeemInvitationBodySchema = z.strictObject({ password: setPasswordBodySchema.shape.password.optional() });
export type RedeemInvitationBody = z.infer<typeof redeemInvitationBodySchema>;
export const redeemInvitationResponseSchema = z.object({ caseId: z.uuid(), accountCreated: z.boolean() });
