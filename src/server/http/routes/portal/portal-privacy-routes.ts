import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  accessLogQuerySchema,
  accessLogResponseSchema,
  consentPreviewBodySchema,
  consentPreviewResponseSchema,
  myConsentsResponseSchema,
  recipientProposalsResponseSchema,
} from '../../../../contract/portal-privacy';
import { currentConsentTextVersionId } from '../../../../domain/consent/index';
import { findMyAccessLog, findMyConsents, previewConsent, proposeConsentRecipients } from '../../../commands/portal-privacy';
import { rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentConsent } from '../../presenters/consent';

const tags = ['portal'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
// Applicants only; one without a portal account (no redeemed invitation) gets 404 from the command.
const config = { policy: rolesOnly('applicant') };

/**
 * The person's consents and data in the portal: their own consents, recipients to propose, the
 * wording before they agree, and "who has seen my data". Giving, withdrawing, the PDFs and the
 * Art. 15 export use the case endpoints, which admit the linked person.
 */
export const portalPrivacyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/me/consents',
    { schema: { tags, summary: 'The consents of the signed-in person, newest first', response: { 200: myConsentsResponseSchema, ...errors } }, config },
    async (request) => {
      const ctx = contextOf(request);
      const { account, items } = await findMyConsents(ctx);
      const now = ctx.clock.now();
      return { caseId: account.caseId, personId: account.personId, relation: account.relation, textVersion: currentConsentTextVersionId, items: items.map((consent) => presentConsent(consent, now)) };
    },
  );

  app.get(
    '/api/v1/me/consent-recipients',
    { schema: { tags, summary: 'Organisations to propose as recipients: involved in the case or responsible for the person’s place', response: { 200: recipientProposalsResponseSchema, ...errors } }, config },
    async (request) => ({ items: await proposeConsentRecipients(contextOf(request)) }),
  );

  app.post(
    '/api/v1/me/consent-preview',
    { schema: { tags, summary: 'The full consent text for the chosen recipients, purposes and categories, in the person’s language', body: consentPreviewBodySchema, response: { 200: consentPreviewResponseSchema, ...errors } }, config },
    async (request) => previewConsent(contextOf(request), request.body),
  );

  app.get(
    '/api/v1/me/access-log',
    { schema: { tags, summary: 'Who has seen or changed the person’s data: organisation, when, purpose; newest first', querystring: accessLogQuerySchema, response: { 200: accessLogResponseSchema, ...errors } }, config },
    async (request) => findMyAccessLog(contextOf(request), request.query),
  );
};
