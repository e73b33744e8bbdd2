import { z } from 'zod';
import { laender, organisationKinds } from '../domain/identity/organisation-kinds';

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export const organisationSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(organisationKinds),
    land: z.enum(laender),
    areaAgs: z.array(z.string()),
    isNationwide: z.boolean(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    languages: z.array(z.string()),
    description: z.object({ de: z.string(), en: z.string() }).nullable(),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationsQuerySchema = z.strictObject({
  ags: z
    .string()
    .regex(/^\d{2}(\d{3}(\d{3})?)?$/, 'an AGS has 2, 5 or 8 digits')
    .optional(),
  kind: z.enum(organisationKinds).optional(),
  service: z.string().max(100).optional(),
});
export const organisationsResponseSchema = z.object({ items: z.array(organisationSchema), total: z.number().int() });
