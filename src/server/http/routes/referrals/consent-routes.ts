import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { caseParamsSchema } from '../../../../contract/cases';
import {
  consentListResponseSchema,
  consentParamsSchema,
  consentSchema,
  consentTextsResponseSchema,
  createConsentBodySchema,
  withdrawConsentBodySchema,
} from '../../../../contract/consents';
import { errorResponseSchema } from '../../../../contract/errors';
import { categoryLabels, consentTextVersions, currentConsentTextVersionId, purposeLabels } from '../../../../domain/consent/index';
import { findConsents, getConsentForActor } from '../../../commands/find-consents';
import { recordConsent } from '../../../commands/record-consent';
import { renderConsentPdf } from '../../../commands/render-consent-pdf';
import { withdrawConsent } from '../../../commands/withdraw-consent';
import { signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentConsent } from '../../presenters/consent';

const tags = ['consents'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema };
// Open to every signed-in person: the case policy (staff of the case, or the person) answers 404 outside it.
const config = { policy: signedIn };

/** Consent declarations of a case: record, list, PDF, withdraw; and the wordings in use. */
export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/consent-texts',
    { schema: { tags, summary: 'The consent wordings (in the six portal languages) and the current version', response: { 200: consentTextsResponseSchema } }, config: { policy: signedIn } },
    async () => ({
      current: currentConsentTextVersionId,
      versions: consentTextVersions.map((version) => ({ id: version.id, validFrom: version.validFrom, validUntil: version.validUntil ?? null, text: version.text })),
      labels: { purposes: purposeLabels, categories: categoryLabels },
    }),
  );

  app.post(
    '/api/v1/cases/:id/consents',
    { schema: { tags, summary: 'Record a consent declaration of a person of the case', params: caseParamsSchema, body: createConsentBodySchema, response: { 201: consentSchema, ...errors } }, config },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(201).send(presentConsent(await recordConsent(ctx, request.params.id, request.body), ctx.clock.now()));
    },
  );

  app.get(
    '/api/v1/cases/:id/consents',
    { schema: { tags, summary: 'The consent declarations of a case, newest first', params: caseParamsSchema, response: { 200: consentListResponseSchema, ...errors } }, config },
    async (request) => {
      const ctx = contextOf(request);
      const now = ctx.clock.now();
      return { items: (await findConsents(ctx, request.params.id)).map((consent) => presentConsent(consent, now)) };
    },
  );

  app.get(
    '/api/v1/consents/:consentId',
    { schema: { tags, summary: 'One consent declaration', params: consentParamsSchema, response: { 200: consentSchema, ...errors } }, config },
    async (request) => {
      const ctx = contextOf(request);
      return presentConsent(await getConsentForActor(ctx, request.params.consentId, 'consent.read'), ctx.clock.now());
    },
  );

  app.get(
    '/api/v1/consents/:consentId/pdf',
    {
      schema: { tags, summary: 'The declaration as PDF, in the language it was given in', params: consentParamsSchema, produces: ['application/pdf'], response: { 200: z.any().describe('application/pdf'), ...errors } },
      serializerCompiler: () => (data: unknown) => JSON.stringify(data),
      config,
    },
    async (request, reply) => {
      const pdf = await renderConsentPdf(contextOf(request), request.params.consentId);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="einwilligung-${request.params.consentId}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.post(
    '/api/v1/consents/:consentId/withdraw',
    {
      schema: { tags, summary: 'Withdraw a consent; effective for the very next request', params: consentParamsSchema, body: withdrawConsentBodySchema, response: { 200: consentSchema, ...errors, 409: errorResponseSchema } },
      config,
    },
    async (request) => {
      const ctx = contextOf(request);
      return presentConsent(await withdrawConsent(ctx, request.params.consentId), ctx.clock.now());
    },
  );
};
