import { z } from 'zod';
import { laender, organisationKinds } from '../domain/identity/organisation-kinds';
import { cooperationTopics } from '../domain/network/cooperation';
import { capacityStates, serviceIds } from '../domain/network/services';

/**
 * Administration of the network (issue #12 §5): organisations, their services, areas and referral
 * rule, and cooperation agreements. Writes: admin; reads: admin and steering.
 */

const bilingual = z.object({ de: z.string(), en: z.string() });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 controls (line text: all; multi-line text: all but tab, line feed and carriage return), DEL, C1, line/paragraph separators. */
const hasControl = (value: string, multiline: boolean) =>
  [...value].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    if (multiline && (code === 0x09 || code === 0x0a || code === 0x0d)) return false;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  });

/** One line of text: trimmed, 1..max characters, no control characters, no lone surrogates. */
export const lineText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((value) => !hasControl(value, false), 'must not contain control characters or line breaks')
    .refine((value) => !LONE_SURROGATE.test(value), 'must not contain lone surrogates');

/** Text with line breaks allowed, possibly empty (an optional description). */
export const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .refine((value) => !hasControl(value, true), 'must not contain control characters')
    .refine((value) => !LONE_SURROGATE.test(value), 'must not contain lone surrogates');

const bilingualText = (max: number) => z.strictObject({ de: longText(max), en: longText(max) });
const emailSchema = z.email('must be an e-mail address').max(254, 'at most 254 characters');
const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()/-]{4,30}$/, 'digits, spaces and + ( ) / - only, 4 to 30 characters');
const webUrlSchema = z
  .string()
  .trim()
  .max(500, 'at most 500 characters')
  .refine((value) => !hasControl(value, false), 'must not contain control characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be a web address starting with https://');
const httpsUrlSchema = webUrlSchema.refine((value) => value.startsWith('https://'), 'must start with https://');
export const languageCodesSchema = z
  .array(z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 language code, e.g. de, en, tr'))
  .max(30, 'at most 30 languages')
  .refine((codes) => new Set(codes).size === codes.length, 'each language once');
/** AGS prefixes: 2 digits (a Land), 5 (a district) or 8 (a municipality); checked against the place directory. */
export const areaAgsSchema = z
  .array(z.string().regex(/^(\d{2}|\d{5}|\d{8})$/, 'an AGS of 2 (Land), 5 (district) or 8 digits (municipality)'))
  .max(300, 'at most 300 areas')
  .refine((codes) => new Set(codes).size === codes.length, 'each area once');
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM');
export const openingHoursSchema = z
  .array(
    z
      .strictObject({ weekday: z.number().int().min(1).max(7), opens: timeSchema, closes: timeSchema })
      .refine((slot) => slot.opens < slot.closes, { message: 'must close after it opens', path: ['closes'] }),
  )
  .max(28, 'at most 28 opening times');
/** The version a change is based on: the `updatedAt` the form was read at. */
const basedOnSchema = z.iso.datetime({ offset: true, error: 'the updatedAt the change is based on (ISO date-time)' });

/** The editable fields of an organisation. */
export const organisationFields = {
  name: lineText(200),
  shortName: lineText(60).nullable(),
  kind: z.enum(organisationKinds, { error: 'not a kind of organisation' }),
  land: z.enum(laender, { error: 'not a Land' }),
  address: z.strictObject({
    street: lineText(200).nullable(),
    postcode: z.string().regex(/^\d{5}$/, 'a postcode has 5 digits').nullable(),
    locality: lineText(100).nullable(),
    localityAgs: z.string().regex(/^\d{8}$/, 'an Amtlicher Gemeindeschlüssel has 8 digits').nullable(),
  }),
  /** Within Germany. */
  geo: z.strictObject({ latitude: z.number().min(47).max(55.1, 'not in Germany'), longitude: z.number().min(5.8).max(15.1, 'not in Germany') }).nullable(),
  email: emailSchema.nullable(),
  phone: phoneSchema.nullable(),
  website: webUrlSchema.nullable(),
  languages: languageCodesSchema,
  description: bilingualText(2000).nullable(),
  openingHours: openingHoursSchema,
  internalContact: z
    .strictObject({ name: lineText(200).optional(), email: emailSchema.optional(), phone: phoneSchema.optional(), note: longText(500).optional() })
    .nullable(),
  areaAgs: areaAgsSchema,
  isNationwide: z.boolean(),
  /** Referral rule: answers due within this many working days of the recipient's Land. */
  referralDueWorkingDays: z.number().int('whole working days').min(1, 'at least 1 working day').max(10, 'at most 10 working days'),
  /** Told by e-mail when a referral to this organisation is overdue. */
  escalationEmails: z
    .array(emailSchema)
    .max(10, 'at most 10 addresses')
    .refine((list) => new Set(list.map((value) => value.toLowerCase())).size === list.length, 'each address once'),
};

/** POST /api/v1/admin/organisations: name, kind and Land are required, the rest has defaults. */
const { name: nameField, kind: kindField, land: landField, ...optionalOrganisationFields } = organisationFields;
export const createOrganisationBodySchema = z.strictObject({ name: nameField, kind: kindField, land: landField, ...z.object(optionalOrganisationFields).partial().shape });
export type CreateOrganisationBody = z.infer<typeof createOrganisationBodySchema>;

/** PATCH /api/v1/admin/organisations/{id}: the fields to change, and the version they are based on. */
export const updateOrganisationBodySchema = z.strictObject({ updatedAt: basedOnSchema, ...createOrganisationBodySchema.partial().shape });
export type UpdateOrganisationBody = z.infer<typeof updateOrganisationBodySchema>;

/** Deactivate / reactivate (organisation, service, agreement): the version it is based on. */
export const basedOnBodySchema = z.strictObject({ updatedAt: basedOnSchema });
export type BasedOnBody = z.infer<typeof basedOnBodySchema>;

export const organisationParamsSchema = z.strictObject({ id: z.uuid('not an organisation id') });
export const serviceParamsSchema = z.strictObject({ id: z.uuid('not an organisation id'), serviceId: z.enum(serviceIds, { error: 'not a service of the catalogue' }) });
export const agreementParamsSchema = z.strictObject({ id: z.uuid('not an agreement id') });

export const organisationListQuerySchema = z.strictObject({
  q: z.string().trim().max(100, 'at most 100 characters').optional(),
  kind: z.enum(organisationKinds, { error: 'not a kind of organisation' }).optional(),
  active: z.enum(['true', 'false', 'all'], { error: 'true, false or all' }).default('all'),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;

const serviceFields = {
  description: bilingualText(2000).nullable(),
  eligibility: bilingualText(2000).nullable(),
  howToReach: bilingualText(2000).nullable(),
  languages: languageCodesSchema,
  /** null: the organisation's whole area. */
  areaAgs: areaAgsSchema.nullable(),
  capacity: z.enum(capacityStates, { error: 'open, limited or closed' }),
  /** The day the capacity was last stated; today when the capacity changes without one. */
  capacityUpdatedOn: z.iso.date({ error: 'a date YYYY-MM-DD' }).nullable(),
};

/** POST /api/v1/admin/organisations/{id}/services. */
export const addServiceBodySchema = z.strictObject({
  serviceId: z.enum(serviceIds, { error: 'not a service of the catalogue' }),
  ...z.strictObject(serviceFields).partial().shape,
});
export type AddServiceBody = z.infer<typeof addServiceBodySchema>;

/** PATCH /api/v1/admin/organisations/{id}/services/{serviceId}. */
export const updateServiceBodySchema = z.strictObject({ updatedAt: basedOnSchema, ...z.strictObject(serviceFields).partial().shape });
export type UpdateServiceBody = z.infer<typeof updateServiceBodySchema>;

const agreementFields = {
  title: lineText(200),
  topic: z.enum(cooperationTopics, { error: 'not a topic of cooperation' }),
  partnerIds: z
    .array(z.uuid('not an organisation id'))
    .min(2, 'at least two partners')
    .max(50, 'at most 50 partners')
    .refine((ids) => new Set(ids).size === ids.length, 'each partner once'),
  validFrom: z.iso.date({ error: 'a date YYYY-MM-DD' }),
  validTo: z.iso.date({ error: 'a date YYYY-MM-DD' }).nullable(),
  documentUrl: httpsUrlSchema.nullable(),
};

/** POST /api/v1/admin/agreements. */
export const createAgreementBodySchema = z
  .strictObject({ ...agreementFields, validTo: agreementFields.validTo.optional(), documentUrl: agreementFields.documentUrl.optional() })
  .refine((body) => !body.validTo || body.validFrom <= body.validTo, { message: 'must not be before the start', path: ['validTo'] });
export type CreateAgreementBody = z.infer<typeof createAgreementBodySchema>;

/** PATCH /api/v1/admin/agreements/{id} (the dates are checked together with the stored ones). */
export const updateAgreementBodySchema = z.strictObject({ updatedAt: basedOnSchema, ...z.strictObject(agreementFields).partial().shape });
export type UpdateAgreementBody = z.infer<typeof updateAgreementBodySchema>;

// Responses.

export const areaLevelsAdmin = ['land', 'district', 'municipality'] as const;
export const adminAreaSchema = z.object({ ags: z.string(), level: z.enum(areaLevelsAdmin), name: bilingual }).meta({ id: 'AdminArea' });
export type AdminArea = z.infer<typeof adminAreaSchema>;

/** GET /api/v1/admin/areas: the Länder and the districts of the region, by name (municipalities: /api/v1/places). */
export const adminAreasResponseSchema = z.object({ items: z.array(adminAreaSchema) }).meta({ id: 'AdminAreas' });
export type AdminAreasResponse = z.infer<typeof adminAreasResponseSchema>;

export const adminServiceSchema = z
  .object({
    id: z.uuid(),
    serviceId: z.enum(serviceIds),
    name: bilingual,
    description: bilingual.nullable(),
    eligibility: bilingual.nullable(),
    howToReach: bilingual.nullable(),
    languages: z.array(z.string()),
    areas: z.array(adminAreaSchema).nullable(),
    capacity: z.enum(capacityStates),
    capacityUpdatedOn: z.string().nullable(),
    isActive: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AdminService' });
export type AdminService = z.infer<typeof adminServiceSchema>;

export const adminOrganisationSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(organisationKinds),
    kindName: bilingual,
    land: z.enum(laender),
    landName: bilingual,
    address: z.object({ street: z.string().nullable(), postcode: z.string().nullable(), locality: z.string().nullable(), localityAgs: z.string().nullable() }),
    geo: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    languages: z.array(z.string()),
    description: bilingual.nullable(),
    openingHours: z.array(z.object({ weekday: z.number(), opens: z.string(), closes: z.string() })),
    internalContact: z.object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional(), note: z.string().optional() }).nullable(),
    areas: z.array(adminAreaSchema),
    isNationwide: z.boolean(),
    referralDueWorkingDays: z.number().int(),
    escalationEmails: z.array(z.string()),
    isActive: z.boolean(),
    editedAt: z.string().nullable(),
    updatedAt: z.string(),
    services: z.array(adminServiceSchema),
  })
  .meta({ id: 'AdminOrganisation' });
export type AdminOrganisation = z.infer<typeof adminOrganisationSchema>;

export const adminOrganisationSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(organisationKinds),
    kindName: bilingual,
    landName: bilingual,
    isActive: z.boolean(),
    serviceCount: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AdminOrganisationSummary' });
export type AdminOrganisationSummary = z.infer<typeof adminOrganisationSummarySchema>;

export const adminOrganisationListSchema = z.object({ items: z.array(adminOrganisationSummarySchema), total: z.number().int() }).meta({ id: 'AdminOrganisationList' });
export type AdminOrganisationList = z.infer<typeof adminOrganisationListSchema>;

export const adminAgreementSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    topic: z.enum(cooperationTopics),
    topicName: bilingual,
    partners: z.array(z.object({ id: z.uuid(), name: z.string(), isActive: z.boolean() })),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    documentUrl: z.string().nullable(),
    isActive: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AdminAgreement' });
export type AdminAgreement = z.infer<typeof adminAgreementSchema>;

export const adminAgreementListSchema = z.object({ items: z.array(adminAgreementSchema), total: z.number().int() }).meta({ id: 'AdminAgreementList' });
export type AdminAgreementList = z.infer<typeof adminAgreementListSchema>;
