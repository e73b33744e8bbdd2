import { z } from 'zod';
import { laender, organisationKinds, type OrganisationKind } from '../domain/identity/organisation-kinds';

const bilingual = z.object({ de: z.string(), en: z.string() });

/** GET /api/v1/places?q=…: a name prefix (umlauts and case do not matter) or a postcode prefix. */
export const placesQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(2, 'at least 2 characters: the start of a place name or a postcode')
    .max(60, 'at most 60 characters'),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});

/** A municipality in Germany with its Amtlicher Gemeindeschlüssel (8 digits). */
export const placeSchema = z
  .object({
    ags: z.string().regex(/^\d{8}$/),
    name: z.string(),
    /** The district in words ("Rhein-Neckar-Kreis", "Kreisfreie Stadt Ludwigshafen am Rhein"). */
    district: bilingual,
    land: z.object({ code: z.enum(laender), name: bilingual }),
    postcodes: z.array(z.string().regex(/^\d{5}$/)),
  })
  .meta({ id: 'Place' });
export type Place = z.infer<typeof placeSchema>;

export const placesResponseSchema = z.object({ items: z.array(placeSchema) }).meta({ id: 'PlaceList' });
export type PlacesResponse = z.infer<typeof placesResponseSchema>;

/** GET /api/v1/places/{ags}/offices. */
export const placeParamsSchema = z.strictObject({
  ags: z.string().regex(/^\d{8}$/, 'an Amtlicher Gemeindeschlüssel has 8 digits'),
});

/** What each kind of office is called, in words (never show the code). */
export const officeKindNames: Record<OrganisationKind, { de: string; en: string }> = {
  abh: { de: 'Ausländerbehörde', en: 'Immigration office (Ausländerbehörde)' },
  welcome_center: { de: 'Welcome Center', en: 'Welcome centre' },
  iq: { de: 'IQ-Beratung zur Anerkennung', en: 'IQ counselling on recognition' },
  employment_agency: { de: 'Agentur für Arbeit', en: 'Employment agency (Agentur für Arbeit)' },
  zav: { de: 'Zentrale Auslands- und Fachvermittlung', en: 'International placement service (ZAV)' },
  chamber: { de: 'Kammer', en: 'Chamber' },
  recognition_body: { de: 'Anerkennungsstelle', en: 'Recognition authority' },
  zsba: { de: 'Zentrale Servicestelle Berufsanerkennung', en: 'Central service centre for professional recognition' },
  community: { de: 'Verein', en: 'Association' },
  steering: { de: 'Steuerungsstelle des Netzwerks', en: 'Network steering office' },
  employer: { de: 'Arbeitgeber', en: 'Employer' },
  course_provider: { de: 'Kursanbieter', en: 'Course provider' },
  migration_counselling: { de: 'Migrationsberatung', en: 'Migration counselling' },
  information_service: { de: 'Informationsdienst', en: 'Information service' },
};

export const officeSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(organisationKinds),
    kindName: bilingual,
    email: z.string().nullable(),
    website: z.string().nullable(),
    /** True when the office serves all of Germany rather than this place's area. */
    isNationwide: z.boolean(),
  })
  .meta({ id: 'Office' });
export type Office = z.infer<typeof officeSchema>;

export const placeOfficesResponseSchema = z
  .object({ place: placeSchema, offices: z.array(officeSchema) })
  .meta({ id: 'PlaceOffices' });
export type PlaceOffices = z.infer<typeof placeOfficesResponseSchema>;
