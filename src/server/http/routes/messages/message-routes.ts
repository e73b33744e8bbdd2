import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { caseParamsSchema } from '../../../../contract/cases';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  caseMessageSchema,
  markReadResponseSchema,
  messageThreadSchema,
  personMessageBodySchema,
  staffMessageBodySchema,
  staffUnreadSchema,
  unreadCountSchema,
} from '../../../../contract/messages';
import {
  countMyUnreadMessages,
  findCaseMessages,
  findMyMessages,
  findStaffUnreadMessages,
  markCaseMessagesRead,
  markMyMessagesRead,
  sendCaseMessage,
  sendMyMessage,
  type Thread,
} from '../../../commands/case-messages';
import { caseStaffRoles } from '../../../policies/case.policy';
import { rolesOnly, signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentMessage } from '../../presenters/message';

const tags = ['messages'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
// Staff routes: open to the signed-in; the case policy answers 404 outside the caller's cases.
const staff = { policy: signedIn };
const applicant = { policy: rolesOnly('applicant') };

const presentThread = (thread: Thread) => ({ items: thread.items.map((row) => presentMessage(row, thread.viewer)), unread: thread.unread });

/** Messages between the person and the case staff (ADR 0016): the staff side per case, the person's own side under /me. */
export const messageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/cases/:id/messages',
    { schema: { tags, summary: 'The case’s message thread, oldest first (audited)', params: caseParamsSchema, response: { 200: messageThreadSchema, ...errors } }, config: staff },
    async (request) => presentThread(await findCaseMessages(contextOf(request), request.params.id)),
  );
  app.post(
    '/api/v1/cases/:id/messages',
    {
      schema: {
        tags,
        summary: 'Write to the person (plain text; attach a case document by its id). The person gets an e-mail without content',
        params: caseParamsSchema,
        body: staffMessageBodySchema,
        response: { 201: caseMessageSchema, ...errors },
      },
      config: staff,
    },
    async (request, reply) => {
      const { message, viewer } = await sendCaseMessage(contextOf(request), request.params.id, request.body);
      return reply.status(201).send(presentMessage(message, viewer));
    },
  );
  app.post(
    '/api/v1/cases/:id/messages/read',
    { schema: { tags, summary: 'Mark the person’s messages read (their read receipt)', params: caseParamsSchema, response: { 200: markReadResponseSchema, ...errors } }, config: staff },
    async (request) => ({ marked: await markCaseMessagesRead(contextOf(request), request.params.id) }),
  );
  app.get(
    '/api/v1/messages/unread',
    { schema: { tags, summary: 'Case staff: unread messages of people, per case', response: { 200: staffUnreadSchema, ...errors } }, config: { policy: rolesOnly(...caseStaffRoles) } },
    async (request) => {
      const result = await findStaffUnreadMessages(contextOf(request));
      return { unread: result.unread, cases: result.cases.map((row) => ({ ...row, lastAt: row.lastAt.toISOString() })) };
    },
  );

  app.get(
    '/api/v1/me/messages',
    { schema: { tags, summary: 'The applicant’s thread with their case staff, oldest first (audited as self-service)', response: { 200: messageThreadSchema, ...errors } }, config: applicant },
    async (request) => presentThread(await findMyMessages(contextOf(request))),
  );
  app.post(
    '/api/v1/me/messages',
    {
      schema: {
        tags,
        summary: 'Write to the case staff (plain text; attach an upload from /api/v1/me/messages/attachments by its id)',
        body: personMessageBodySchema,
        response: { 201: caseMessageSchema, ...errors },
      },
      config: applicant,
    },
    async (request, reply) => {
      const { message, viewer } = await sendMyMessage(contextOf(request), request.body);
      return reply.status(201).send(presentMessage(message, viewer));
    },
  );
  app.post(
    '/api/v1/me/messages/read',
    { schema: { tags, summary: 'Mark the staff’s messages read (their read receipt)', response: { 200: markReadResponseSchema, ...errors } }, config: applicant },
    async (request) => ({ marked: await markMyMessagesRead(contextOf(request)) }),
  );
  app.get(
    '/api/v1/me/messages/unread',
    { schema: { tags, summary: 'The number of unread messages for the portal navigation', response: { 200: unreadCountSchema, ...errors } }, config: applicant },
    async (request) => ({ unread: await countMyUnreadMessages(contextOf(request)) }),
  );
};
