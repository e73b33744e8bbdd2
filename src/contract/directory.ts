import { z } from 'zod';
import { laender, organisationKinds } from '../domain/identity/organisation-kinds';
import { capacityStates, serviceIds } from '../domain/network/services';
import { organisationSchema } from './system';

const bilingual = z.object({ de: z.string(), en: z.string() });

/** No control characters (C0, DEL, C1), no line or paragraph separators, no lone surrogates. */
const isPlainText = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text) &&
  ![...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  });

/**
 * GET /api/v1/organisations: the public directory of the network's active organisations.
 * Every filter is optional; together they narrow the list.
 */
export const directoryQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .max(100, 'at most 100 characters')
    .refine(isPlainText, { message: 'must not contain control characters' })
    .optional()
    .describe('Part of the organisation’s name or short name (case does not matter)'),
  service: z
    .enum(serviceIds, { error: 'not a service of the catalogue (GET /api/v1/services lists them)' })
    .optional()
    .describe('Only organisations offering this service (where a place is given: offering it there)'),
  ags: z
    .string()
    .regex(/^\d{2}(\d{3}(\d{3})?)?$/, 'an AGS has 2, 5 or 8 digits')
    .optional()
    .describe('A place (8 digits), district (5) or Land (2): organisations whose area or whose services’ area covers it, and nationwide ones'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'a language code of ISO 639 (two or three lower-case letters), e.g. ar')
    .optional()
    .describe('Only organisations (or services of theirs) working in this language'),
  kind: z.enum(organisationKinds).optional(),
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

/** An organisation in the directory list: the stable fields of `Organisation` and what a result card shows. */
export const directoryEntrySchema = organisationSchema
  .extend({
    kindName: bilingual,
    phone: z.string().nullable(),
    postcode: z.string().nullable(),
    locality: z.string().nullable(),
    localityAgs: z.string().nullable(),
    position: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
    /** The active services it offers, in catalogue order. */
    services: z.array(z.object({ id: z.enum(serviceIds), name: bilingual })),
  })
  .meta({ id: 'DirectoryEntry' });
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directoryResponseSchema = z.object({ items: z.array(directoryEntrySchema), total: z.number().int() }).meta({ id: 'Directory' });
export type DirectoryResponse = z.infer<typeof directoryResponseSchema>;

export const organisationParamsSchema = z.strictObject({ id: z.uuid('an organisation id is a UUID') });

export const areaLevelsServed = ['municipality', 'district', 'land'] as const;

/** An area an organisation or service serves, in words. */
export const servedAreaSchema = z.object({ ags: z.string(), level: z.enum(areaLevelsServed), name: bilingual });
export type ServedArea = z.infer<typeof servedAreaSchema>;

export const contactChannelSchema = z.object({
  kind: z.enum(['email', 'phone', 'website', 'visit', 'video']),
  value: z.string(),
  note: bilingual.nullable(),
});

export const openingHoursSchema = z.object({
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  opens: z.string(),
  closes: z.string(),
});

export const organisationServiceSchema = z.object({
  id: z.enum(serviceIds),
  name: bilingual,
  /** What the service is, from the catalogue. */
  description: bilingual,
  statutory: z.boolean(),
  eligibility: bilingual.nullable(),
  howToReach: bilingual.nullable(),
  languages: z.array(z.string()),
  /** Where this organisation offers the service, when narrower than its whole area; null = its whole area. */
  areas: z.array(servedAreaSchema).nullable(),
  capacity: z.enum(capacityStates),
  capacityName: bilingual,
  capacityUpdatedOn: z.iso.date().nullable(),
});
export type OrganisationService = z.infer<typeof organisationServiceSchema>;

/** A count of referrals; 1 to 4 are never shown (`value: null, suppressed: true`). */
export const suppressedCountSchema = z.object({ value: z.number().int().nullable(), suppressed: z.boolean() });

/** What only signed-in staff of the network see. */
export const organisationStaffViewSchema = z.object({
  internalContact: z
    .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), note: z.string().nullable() })
    .nullable(),
  referrals: z.object({
    /** The last 12 months up to today (ISO dates). */
    from: z.iso.date(),
    until: z.iso.date(),
    received: suppressedCountSchema,
    sent: suppressedCountSchema,
    /** Received referrals answered by their due date. */
    answeredOnTime: suppressedCountSchema,
  }),
});
export type OrganisationStaffView = z.infer<typeof organisationStaffViewSchema>;

/** GET /api/v1/organisations/{id}: the organisation page. `staff` is null for the public. */
export const organisationProfileSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(organisationKinds),
    kindName: bilingual,
    land: z.object({ code: z.enum(laender), name: bilingual }),
    isNationwide: z.boolean(),
    isActive: z.boolean(),
    description: bilingual.nullable(),
    address: z
      .object({ street: z.string().nullable(), postcode: z.string().nullable(), locality: z.string().nullable(), localityAgs: z.string().nullable() })
      .nullable(),
    /** The position on a map; for the demo organisations the centroid of their postcode. */
    position: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
    website: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    contactChannels: z.array(contactChannelSchema),
    languages: z.array(z.string()),
    openingHours: z.array(openingHoursSchema),
    areas: z.array(servedAreaSchema),
    services: z.array(organisationServiceSchema),
    staff: organisationStaffViewSchema.nullable(),
  })
  .meta({ id: 'OrganisationProfile' });
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;

/**
 * The region's outline for maps (`/geo/region-districts.geo.json`, a static file of the web app):
 * one simplified polygon per district, WGS 84 longitude/latitude.
 */
export const regionOutlineSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ ags: z.string(), name: z.string(), kind: z.string() }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) }),
    }),
  ),
});
export type RegionOutline = z.infer<typeof regionOutlineSchema>;
