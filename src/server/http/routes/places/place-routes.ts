import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { errorResponseSchema } from '../../../../contract/errors';
import { placeOfficesResponseSchema, placeParamsSchema, placesQuerySchema, placesResponseSchema } from '../../../../contract/places';
import { findPlaceOffices, findPlaces } from '../../../commands/find-places';
import { publicAccess } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['wegweiser'];

/** Places in Germany and their responsible offices: public, for the Wegweiser's "where" step. */
export const placeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/places',
    {
      schema: {
        tags,
        summary: 'Municipalities by the start of their name or postcode, with their AGS',
        querystring: placesQuerySchema,
        response: { 200: placesResponseSchema, 400: errorResponseSchema },
      },
      config: { policy: publicAccess },
    },
    async (request) => ({ items: findPlaces(request.query) }),
  );

  app.get(
    '/api/v1/places/:ags/offices',
    {
      schema: {
        tags,
        summary: 'The offices responsible for a place: Ausländerbehörde, IQ counselling, welcome centre, …',
        params: placeParamsSchema,
        response: { 200: placeOfficesResponseSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
      config: { policy: publicAccess },
    },
    async (request) => findPlaceOffices(contextOf(request), request.params.ags),
  );
};
