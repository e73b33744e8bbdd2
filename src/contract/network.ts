import { z } from 'zod';
import { organisationKinds } from '../domain/identity/organisation-kinds';
import { capacityStates, serviceIds } from '../domain/network/services';
import { placeSchema } from './places';

const bilingual = z.object({ de: z.string(), en: z.string() });

/** A service of the catalogue, with its name in words. */
export const serviceInfoSchema = z
  .object({
    id: z.enum(serviceIds),
    name: bilingual,
    description: bilingual,
    statutory: z.boolean(),
    legalRef: z.string().nullable(),
  })
  .meta({ id: 'ServiceInfo' });
export type ServiceInfo = z.infer<typeof serviceInfoSchema>;

export const servicesResponseSchema = z.object({ items: z.array(serviceInfoSchema) }).meta({ id: 'ServiceCatalogue' });
export type ServicesResponse = z.infer<typeof servicesResponseSchema>;

/** GET /api/v1/responsibility?ags=&service= */
export const responsibilityQuerySchema = z.strictObject({
  ags: z.string().regex(/^\d{8}$/, 'an Amtlicher Gemeindeschlüssel has 8 digits'),
  service: z.enum(serviceIds, { error: 'not a service of the catalogue (GET /api/v1/services lists them)' }),
});
export type ResponsibilityQuery = z.infer<typeof responsibilityQuerySchema>;

export const areaLevels = ['municipality', 'district', 'land', 'nationwide'] as const;

export const responsibleOrganisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(organisationKinds),
    kindName: bilingual,
    /** How specifically the organisation's area names the place. */
    level: z.enum(areaLevels),
    /** True for the one authority responsible by law (statutory services). */
    statutory: z.boolean(),
    isNationwide: z.boolean(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    address: z.object({ street: z.string().nullable(), postcode: z.string().nullable(), locality: z.string().nullable() }).nullable(),
    languages: z.array(z.string()),
    /** The service as this organisation offers it; null for nationwide fallback offers without it. */
    offer: z
      .object({
        eligibility: bilingual.nullable(),
        howToReach: bilingual.nullable(),
        languages: z.array(z.string()),
        capacity: z.enum(capacityStates),
        capacityUpdatedOn: z.iso.date().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'ResponsibleOrganisation' });
export type ResponsibleOrganisation = z.infer<typeof responsibleOrganisationSchema>;

export const responsibilityResponseSchema = z
  .object({
    /** The place; null when the AGS is valid German but not a place of the network's region. */
    place: placeSchema.nullable(),
    service: serviceInfoSchema,
    /** False when no regional organisation offers the service there (always false outside the region); nationwide offers follow. */
    covered: z.boolean(),
    organisations: z.array(responsibleOrganisationSchema),
  })
  .meta({ id: 'Responsibility' });
export type ResponsibilityResponse = z.infer<typeof responsibilityResponseSchema>;
