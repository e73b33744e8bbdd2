import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  hsdsIdParamsSchema,
  hsdsMetaSchema,
  hsdsOrganizationPageSchema,
  hsdsOrganizationQuerySchema,
  hsdsOrganizationSchema,
  hsdsOrganizationsQuerySchema,
  hsdsServiceAtLocationPageSchema,
  hsdsServiceAtLocationSchema,
  hsdsServiceAtLocationsQuerySchema,
  hsdsServicePageSchema,
  hsdsServiceSchema,
  hsdsServicesQuerySchema,
} from '../../../../contract/hsds';
import { hsdsMeta, readHsdsProfile } from '../../../commands/hsds-meta';
import { findHsdsOrganizations, getHsdsOrganization } from '../../../commands/hsds-organizations';
import { findHsdsServiceAtLocationPage, findHsdsServicePage, getHsdsService, getHsdsServiceAtLocation } from '../../../commands/hsds-services';
import { publicAccess } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['hsds'];
const noQuery = z.strictObject({});
const errors = { 400: errorResponseSchema, 404: errorResponseSchema };

/** Open Referral HSDS 3.0: the public directory of the network in the standard's format (docs/hsds-profile.md). */
export const hsdsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/hsds',
    {
      schema: { tags, summary: 'HSDS: version, profile and OpenAPI description of this API', querystring: noQuery, response: { 200: hsdsMetaSchema, 400: errorResponseSchema } },
      config: { policy: publicAccess },
    },
    async (request) => hsdsMeta(app.deps.config.http.publicUrl ?? `${request.protocol}://${request.host}`),
  );

  app.get(
    '/hsds/profile',
    {
      schema: { tags, summary: 'HSDS: the Lotse profile (German-specific fields), as Markdown', querystring: noQuery, response: { 200: z.string(), 400: errorResponseSchema } },
      config: { policy: publicAccess },
    },
    async (_request, reply) => reply.type('text/markdown; charset=utf-8').send(await readHsdsProfile()),
  );

  app.get(
    '/hsds/organizations',
    {
      schema: { tags, summary: 'HSDS: paginated organisations (full=true or full_service=true nests their details)', querystring: hsdsOrganizationsQuerySchema, response: { 200: hsdsOrganizationPageSchema, 400: errorResponseSchema } },
      config: { policy: publicAccess },
    },
    async (request) => findHsdsOrganizations(contextOf(request), request.query),
  );

  app.get(
    '/hsds/organizations/:id',
    {
      schema: { tags, summary: 'HSDS: one organisation, fully nested', params: hsdsIdParamsSchema, querystring: hsdsOrganizationQuerySchema, response: { 200: hsdsOrganizationSchema, ...errors } },
      config: { policy: publicAccess },
    },
    async (request) => getHsdsOrganization(contextOf(request), request.params.id, request.query.full_service === true),
  );

  app.get(
    '/hsds/services',
    {
      schema: { tags, summary: 'HSDS: paginated services with filters', querystring: hsdsServicesQuerySchema, response: { 200: hsdsServicePageSchema, 400: errorResponseSchema } },
      config: { policy: publicAccess },
    },
    async (request) => findHsdsServicePage(contextOf(request), request.query),
  );

  app.get(
    '/hsds/services/:id',
    {
      schema: { tags, summary: 'HSDS: one service, fully nested', params: hsdsIdParamsSchema, querystring: noQuery, response: { 200: hsdsServiceSchema, ...errors } },
      config: { policy: publicAccess },
    },
    async (request) => getHsdsService(contextOf(request), request.params.id),
  );

  app.get(
    '/hsds/service_at_locations',
    {
      schema: { tags, summary: 'HSDS: paginated services at the organisations’ addresses', querystring: hsdsServiceAtLocationsQuerySchema, response: { 200: hsdsServiceAtLocationPageSchema, 400: errorResponseSchema } },
      config: { policy: publicAccess },
    },
    async (request) => findHsdsServiceAtLocationPage(contextOf(request), request.query),
  );

  app.get(
    '/hsds/service_at_locations/:id',
    {
      schema: { tags, summary: 'HSDS: one service at a location, with its service and location', params: hsdsIdParamsSchema, querystring: noQuery, response: { 200: hsdsServiceAtLocationSchema, ...errors } },
      config: { policy: publicAccess },
    },
    async (request) => getHsdsServiceAtLocation(contextOf(request), request.params.id),
  );
};
