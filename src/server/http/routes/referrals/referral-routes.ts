import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { caseParamsSchema } from '../../../../contract/cases';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  answerReferralBodySchema,
  createReferralBodySchema,
  emptyBodySchema,
  idempotencyHeadersSchema,
  queryReferralBodySchema,
  referralListQuerySchema,
  referralListResponseSchema,
  referralParamsSchema,
  referralSchema,
  referredCaseSchema,
  rejectReferralBodySchema,
  replyReferralBodySchema,
  revokeReferralBodySchema,
} from '../../../../contract/referrals';
import { changeReferral, type ReferralChange } from '../../../commands/change-referral';
import { findReferrals } from '../../../commands/find-referrals';
import { getReferral } from '../../../commands/get-referral';
import { getReferredCase } from '../../../commands/get-referred-case';
import { sendReferral } from '../../../commands/send-referral';
import { referralStaffRoles } from '../../../policies/referral.policy';
import { rolesOnly, signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentReferral, presentReferredCase } from '../../presenters/referral';

const tags = ['referrals'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const staff = { policy: rolesOnly(...referralStaffRoles) };

const present = (request: FastifyRequest, view: Parameters<typeof presentReferral>[0]) => presentReferral(view, request.actor, request.server.deps.clock.now());

/** Referrals: send under a consent, the boards, the life-cycle, and the recipient's consented view of the case. */
export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/cases/:id/referrals',
    {
      schema: {
        tags,
        summary: 'Refer the case to a partner organisation for a purpose, under a consent that covers both',
        description: 'With an Idempotency-Key header, the same sender’s repeated submission answers 200 with the first referral; the key with another body: 422.',
        params: caseParamsSchema,
        headers: idempotencyHeadersSchema,
        body: createReferralBodySchema,
        response: { 200: referralSchema, 201: referralSchema, ...errors, 409: errorResponseSchema, 422: errorResponseSchema },
      },
      config: { policy: signedIn },
    },
    async (request, reply) => {
      const { referral, replayed } = await sendReferral(contextOf(request), request.params.id, request.body, request.headers['idempotency-key']);
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(replayed ? 200 : 201).send(present(request, referral));
    },
  );

  app.get(
    '/api/v1/referrals',
    {
      schema: { tags, summary: 'Incoming or outgoing referrals of the caller’s organisation', querystring: referralListQuerySchema, response: { 200: referralListResponseSchema, ...errors } },
      config: staff,
    },
    async (request) => {
      const items = await findReferrals(contextOf(request), request.query);
      return { items: items.map((item) => present(request, item)), total: items.length, now: request.server.deps.clock.now().toISOString() };
    },
  );

  app.get(
    '/api/v1/referrals/:referralId',
    { schema: { tags, summary: 'One referral with its timeline', params: referralParamsSchema, response: { 200: referralSchema, ...errors } }, config: staff },
    async (request) => {
      const detail = await getReferral(contextOf(request), request.params.referralId);
      return presentReferral(detail.referral, request.actor, request.server.deps.clock.now(), detail.events);
    },
  );

  app.get(
    '/api/v1/referrals/:referralId/case',
    {
      schema: {
        tags,
        summary: 'The recipient’s view of the referred case: only the consented data categories, only while the consent is valid',
        params: referralParamsSchema,
        response: { 200: referredCaseSchema, ...errors },
      },
      config: staff,
    },
    async (request) => presentReferredCase(await getReferredCase(contextOf(request), request.params.referralId)),
  );

  const action = <S extends z.ZodType>(name: string, summary: string, body: S, toChange: (body: z.infer<S>) => ReferralChange) =>
    app.post(
      `/api/v1/referrals/:referralId/${name}`,
      { schema: { tags, summary, params: referralParamsSchema, body, response: { 200: referralSchema, ...errors, 409: errorResponseSchema } }, config: staff },
      async (request) => present(request, await changeReferral(contextOf(request), (request.params as { referralId: string }).referralId, toChange(request.body as z.infer<S>))),
    );

  action('accept', 'Accept an incoming referral (recipient)', emptyBodySchema, () => ({ action: 'accept' }));
  action('reject', 'Reject an incoming referral with a reason (recipient)', rejectReferralBodySchema, (body) => ({ action: 'reject', reason: body.reason }));
  action('answer', 'Answer a referral (recipient); the sender closes it', answerReferralBodySchema, (body) => ({ action: 'answer', answer: body.answer }));
  action('query', 'Ask the sender back; the clock stops until they reply (recipient)', queryReferralBodySchema, (body) => ({ action: 'query', question: body.question }));
  action('reply', 'Reply to the recipient’s question; the clock runs on, the due instant moved by the pause (sender)', replyReferralBodySchema, (body) => ({ action: 'reply', message: body.message }));
  action('close', 'Close an answered referral (sender)', emptyBodySchema, () => ({ action: 'close' }));
  action('revoke', 'Revoke a referral that is not yet answered (sender)', revokeReferralBodySchema, (body) => ({ action: 'revoke', reason: body?.reason }));
};
