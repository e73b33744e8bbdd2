import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from '@fastify/type-provider-zod';
import { AppError, type ErrorCode } from '../../errors';

/** The one place where error codes become HTTP status codes. */
const statusByCode: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LINK_EXPIRED: 410,
  LINK_USED: 410,
  PRECONDITION_REQUIRED: 428,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  NOT_CONFIGURED: 501,
  INTERNAL: 500,
};

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  return reply.status(statusByCode[error.code]).send({
    error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) },
  });
}

type ValidationIssue = { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> };

/** Turns zod issues into `{ "path.to.field": "problem" }`, one entry per unknown key too. */
export function validationFields(issues: ValidationIssue[], context: string | undefined): Record<string, string> {
  const prefix = context && context !== 'body' ? `${context === 'querystring' ? 'query' : context}.` : '';
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)) {
      for (const key of issue.params.keys as string[]) fields[`${prefix}${path ? `${path}.` : ''}${key}`] = 'unknown field';
      continue;
    }
    fields[`${prefix}${path}` || `${prefix}(root)`] ??= issue.message ?? issue.keyword;
  }
  return fields;
}

function fromFastifyError(error: FastifyError): AppError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'This content type is not accepted here; send application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('INVALID_JSON', 'The request body is not valid JSON.', { body: 'invalid JSON' });
    default:
      break;
  }
  if (error instanceof SyntaxError || (error.statusCode === 400 && error.code?.startsWith('FST_ERR_CTP'))) {
    return new AppError('INVALID_JSON', 'The request body is not valid JSON.', { body: 'invalid JSON' });
  }
  return undefined;
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = validationFields(error.validation as ValidationIssue[], error.validationContext);
      return sendError(reply, new AppError('VALIDATION_FAILED', 'The request is not valid.', fields));
    }
    const mapped = fromFastifyError(error);
    if (mapped) return sendError(reply, mapped);
    if (error.statusCode === 429) return sendError(reply, new AppError('RATE_LIMITED', 'Too many requests; try again later.'));
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, new AppError('INTERNAL', 'Something went wrong on our side. The error has been logged.'));
  });

  app.setNotFoundHandler((request, reply) =>
    sendError(reply, new AppError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );
});
