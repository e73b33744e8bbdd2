import { z } from 'zod';
import { type familyBodySchema, familyEvaluationSchema, conditionResultSchema } from '../../contract/pathways';
import { placeOfficesResponseSchema, placesResponseSchema, type Place, type PlaceOffices } from '../../contract/places';
import { request } from './client';

/** GET /api/v1/places?q=…: public; up to `limit` municipalities by name or postcode prefix. */
export async function searchPlaces(query: string, limit = 8): Promise<Place[]> {
  const params = new URLSearchParams({ q: query, limit: String(limit) });
  return (await request('GET', `/api/v1/places?${params.toString()}`, placesResponseSchema)).items;
}

/** GET /api/v1/places/{ags}/offices: the offices responsible for a municipality. */
export function fetchPlaceOffices(ags: string): Promise<PlaceOffices> {
  return request('GET', `/api/v1/places/${encodeURIComponent(ags)}/offices`, placeOfficesResponseSchema);
}

/** The family evaluation with what the engine adds beyond the contract (name and legal reference per member). */
export const familyEvaluationDetailsSchema = familyEvaluationSchema.extend({
  members: z.array(
    familyEvaluationSchema.shape.members.element.extend({
      name: z.object({ de: z.string(), en: z.string() }).optional(),
      legalRef: z.string().optional(),
      conditions: z.array(conditionResultSchema),
    }),
  ),
});
export type FamilyEvaluationDetails = z.infer<typeof familyEvaluationDetailsSchema>;
export type FamilyBody = z.input<typeof familyBodySchema>;

/** POST /api/v1/pathways/family: public; nothing about the family is stored. */
export function evaluateFamily(body: FamilyBody): Promise<FamilyEvaluationDetails> {
  return request('POST', '/api/v1/pathways/family', familyEvaluationDetailsSchema, body);
}
