import { z } from 'zod';

/**
 * The Open Referral HSDS 3.0 API under /hsds (openapi.json of openreferral/specification 3.0).
 * Query parameters keep the standard's snake_case names; unknown ones are refused.
 */

/** No control characters, no lone surrogates. */
const isPlainText = (text: string) =>
  ![...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff);
  });

const searchText = z.string().trim().min(1, 'at least 1 character').max(200, 'at most 200 characters').refine(isPlainText, { message: 'must not contain control characters' });
const flag = z.enum(['true', 'false'], { error: 'true or false' }).transform((value) => value === 'true');
const uuidParam = (what: string) => z.uuid({ error: `not the id of ${what} (a UUID)` });

const paging = {
  page: z.coerce.number({ error: 'a page number from 1' }).int('a whole number').min(1, 'pages count from 1').max(1_000_000).default(1),
  per_page: z.coerce.number({ error: 'a number from 1 to 500' }).int('a whole number').min(1, 'at least 1').max(500, 'at most 500').default(50),
  format: z.literal('json', { error: 'only json is offered (no ndjson)' }).optional(),
};

const modifiedAfter = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/, 'a date (2026-12-01) or date-time with offset (2026-12-01T08:00:00Z)')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a real date')
  .transform((value) => new Date(value));

/** Parameters of the standard Lotse does not offer: refused with a reason rather than as unknown. */
const notOffered = z.never({ error: 'not offered by this API (see /hsds/profile)' }).optional();

const serviceFilters = {
  search: searchText.optional(),
  taxonomy_term_id: uuidParam('a taxonomy term').optional(),
  taxonomy_id: uuidParam('a taxonomy').optional(),
  organization_id: uuidParam('an organisation').optional(),
  modified_after: modifiedAfter.optional(),
  full: flag.optional(),
};

export const hsdsOrganizationsQuerySchema = z.strictObject({ search: searchText.optional(), full: flag.optional(), full_service: flag.optional(), ...paging });
export type HsdsOrganizationsQuery = z.infer<typeof hsdsOrganizationsQuerySchema>;

export const hsdsOrganizationQuerySchema = z.strictObject({ full_service: flag.optional() });

export const hsdsServicesQuerySchema = z.strictObject({ ...serviceFilters, minimal: notOffered, ...paging });
export type HsdsServicesQuery = z.infer<typeof hsdsServicesQuerySchema>;

export const hsdsServiceAtLocationsQuerySchema = z.strictObject({
  ...serviceFilters,
  postcode: z.string().regex(/^\d{5}$/, 'a German postcode has 5 digits').optional(),
  proximity: notOffered,
  ...paging,
});
export type HsdsServiceAtLocationsQuery = z.infer<typeof hsdsServiceAtLocationsQuerySchema>;

export const hsdsIdParamsSchema = z.strictObject({ id: uuidParam('a record') });

export const hsdsMetaSchema = z
  .object({
    version: z.string().describe('HSDS version of this API'),
    profile: z.url().describe('URL of the description of the Lotse HSDS profile'),
    openapi_url: z.url().describe('URL of the OpenAPI description of this API'),
  })
  .meta({ id: 'HsdsMeta' });
export type HsdsMeta = z.infer<typeof hsdsMetaSchema>;

/** An HSDS record; the full shape is the compiled schema of HSDS 3.0 named in the description. */
const record = (schema: string) =>
  z
    .looseObject({ id: z.uuid() })
    .describe(`HSDS 3.0 ${schema} (https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/${schema}.json)`);

export const hsdsOrganizationSchema = record('organization').meta({ id: 'HsdsOrganization' });
export const hsdsServiceSchema = record('service').meta({ id: 'HsdsService' });
export const hsdsServiceAtLocationSchema = record('service_at_location').meta({ id: 'HsdsServiceAtLocation' });

const page = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      total_items: z.number().int(),
      total_pages: z.number().int(),
      page_number: z.number().int(),
      size: z.number().int(),
      first_page: z.boolean(),
      last_page: z.boolean(),
      empty: z.boolean(),
      contents: z.array(item),
    })
    .meta({ id });

export const hsdsOrganizationPageSchema = page(hsdsOrganizationSchema, 'HsdsOrganizationPage');
export const hsdsServicePageSchema = page(hsdsServiceSchema, 'HsdsServicePage');
export const hsdsServiceAtLocationPageSchema = page(hsdsServiceAtLocationSchema, 'HsdsServiceAtLocationPage');

export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};
