import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import {
  addServiceBodySchema,
  adminAgreementListSchema,
  adminAgreementSchema,
  adminAreasResponseSchema,
  adminOrganisationListSchema,
  adminOrganisationSchema,
  adminServiceSchema,
  agreementParamsSchema,
  basedOnBodySchema,
  createAgreementBodySchema,
  createOrganisationBodySchema,
  organisationListQuerySchema,
  organisationParamsSchema,
  serviceParamsSchema,
  updateAgreementBodySchema,
  updateOrganisationBodySchema,
  updateServiceBodySchema,
} from '../../../../contract/admin-network';
import { errorResponseSchema } from '../../../../contract/errors';
import { createAgreement, findAgreementsForAdministration, getAgreementForAdministration, setAgreementActive, updateAgreement } from '../../../commands/agreement-admin-commands';
import { createOrganisation, setOrganisationActive, updateOrganisation } from '../../../commands/change-organisation';
import { findOrganisationsForAdministration, getOrganisationForAdministration, listAdminAreas } from '../../../commands/organisation-admin-queries';
import { addOrganisationService, setOrganisationServiceActive, updateOrganisationServiceCommand } from '../../../commands/service-admin-commands';
import { rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['administration'];
const denied = { 401: errorResponseSchema, 403: errorResponseSchema };
const refused = { 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, ...denied };
// The directory is kept by the steering body's administrators (issue #12 §5); an org_admin manages
// the people of its organisation, not the directory entry.
const readers = rolesOnly('admin', 'steering');
const writers = rolesOnly('admin');

/** Administration of the network: organisations, services, areas, referral rules, cooperation agreements. */
export const networkAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/admin/areas',
    { schema: { tags, summary: 'Länder and districts an organisation’s area may name, by name', response: { 200: adminAreasResponseSchema, ...denied } }, config: { policy: readers } },
    async () => listAdminAreas(),
  );

  app.get(
    '/api/v1/admin/organisations',
    {
      schema: { tags, summary: 'All organisations of the network, active and deactivated', querystring: organisationListQuerySchema, response: { 200: adminOrganisationListSchema, 400: errorResponseSchema, ...denied } },
      config: { policy: readers },
    },
    async (request) => findOrganisationsForAdministration(contextOf(request), request.query),
  );

  app.post(
    '/api/v1/admin/organisations',
    { schema: { tags, summary: 'Create an organisation (audited)', body: createOrganisationBodySchema, response: { 201: adminOrganisationSchema, ...refused } }, config: { policy: writers } },
    async (request, reply) => reply.status(201).send(await createOrganisation(contextOf(request), request.body)),
  );

  app.get(
    '/api/v1/admin/organisations/:id',
    {
      schema: { tags, summary: 'One organisation with its services, areas and referral rule', params: organisationParamsSchema, response: { 200: adminOrganisationSchema, 400: errorResponseSchema, 404: errorResponseSchema, ...denied } },
      config: { policy: readers },
    },
    async (request) => getOrganisationForAdministration(contextOf(request), request.params.id),
  );

  app.patch(
    '/api/v1/admin/organisations/:id',
    {
      schema: { tags, summary: 'Change an organisation, its areas or its referral rule (based on updatedAt; 409 when stale)', params: organisationParamsSchema, body: updateOrganisationBodySchema, response: { 200: adminOrganisationSchema, ...refused } },
      config: { policy: writers },
    },
    async (request) => updateOrganisation(contextOf(request), request.params.id, request.body),
  );

  for (const [action, isActive] of [['deactivate', false], ['reactivate', true]] as const) {
    app.post(
      `/api/v1/admin/organisations/:id/${action}`,
      {
        schema: { tags, summary: `${action === 'deactivate' ? 'Deactivate' : 'Reactivate'} an organisation (never deleted)`, params: organisationParamsSchema, body: basedOnBodySchema, response: { 200: adminOrganisationSchema, ...refused } },
        config: { policy: writers },
      },
      async (request) => setOrganisationActive(contextOf(request), request.params.id, isActive, request.body.updatedAt),
    );
  }

  app.post(
    '/api/v1/admin/organisations/:id/services',
    { schema: { tags, summary: 'Add a service of the catalogue to an organisation', params: organisationParamsSchema, body: addServiceBodySchema, response: { 201: adminServiceSchema, ...refused } }, config: { policy: writers } },
    async (request, reply) => reply.status(201).send(await addOrganisationService(contextOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/v1/admin/organisations/:id/services/:serviceId',
    {
      schema: { tags, summary: 'Change a service: eligibility, how to reach it, languages, area, capacity', params: serviceParamsSchema, body: updateServiceBodySchema, response: { 200: adminServiceSchema, ...refused } },
      config: { policy: writers },
    },
    async (request) => updateOrganisationServiceCommand(contextOf(request), request.params.id, request.params.serviceId, request.body),
  );

  for (const [action, isActive] of [['deactivate', false], ['reactivate', true]] as const) {
    app.post(
      `/api/v1/admin/organisations/:id/services/:serviceId/${action}`,
      {
        schema: { tags, summary: `${action === 'deactivate' ? 'Deactivate' : 'Reactivate'} a service of an organisation`, params: serviceParamsSchema, body: basedOnBodySchema, response: { 200: adminServiceSchema, ...refused } },
        config: { policy: writers },
      },
      async (request) => setOrganisationServiceActive(contextOf(request), request.params.id, request.params.serviceId, isActive, request.body.updatedAt),
    );
  }

  app.get(
    '/api/v1/admin/agreements',
    { schema: { tags, summary: 'Declared cooperation agreements, ended ones included', response: { 200: adminAgreementListSchema, ...denied } }, config: { policy: readers } },
    async (request) => findAgreementsForAdministration(contextOf(request)),
  );

  app.post(
    '/api/v1/admin/agreements',
    { schema: { tags, summary: 'Declare a cooperation agreement (audited)', body: createAgreementBodySchema, response: { 201: adminAgreementSchema, ...refused } }, config: { policy: writers } },
    async (request, reply) => reply.status(201).send(await createAgreement(contextOf(request), request.body)),
  );

  app.get(
    '/api/v1/admin/agreements/:id',
    { schema: { tags, summary: 'One cooperation agreement', params: agreementParamsSchema, response: { 200: adminAgreementSchema, 400: errorResponseSchema, 404: errorResponseSchema, ...denied } }, config: { policy: readers } },
    async (request) => getAgreementForAdministration(contextOf(request), request.params.id),
  );

  app.patch(
    '/api/v1/admin/agreements/:id',
    { schema: { tags, summary: 'Change a cooperation agreement (based on updatedAt; 409 when stale)', params: agreementParamsSchema, body: updateAgreementBodySchema, response: { 200: adminAgreementSchema, ...refused } }, config: { policy: writers } },
    async (request) => updateAgreement(contextOf(request), request.params.id, request.body),
  );

  for (const [action, isActive] of [['deactivate', false], ['reactivate', true]] as const) {
    app.post(
      `/api/v1/admin/agreements/:id/${action}`,
      {
        schema: { tags, summary: `${action === 'deactivate' ? 'End (deactivate)' : 'Reactivate'} a cooperation agreement`, params: agreementParamsSchema, body: basedOnBodySchema, response: { 200: adminAgreementSchema, ...refused } },
        config: { policy: writers },
      },
      async (request) => setAgreementActive(contextOf(request), request.params.id, isActive, request.body.updatedAt),
    );
  }
};
