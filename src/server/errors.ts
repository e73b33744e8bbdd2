/**
 * The one error type of the server. Business code throws an AppError with a
 * documented code; only the HTTP error handler maps codes to status codes.
 */
export const errorCodes = {
  /** The request body, query or params failed validation; `fields` names each problem. */
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  /** The body is not parseable JSON. */
  INVALID_JSON: 'INVALID_JSON',
  /** The body exceeds the configured limit. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The content type is not accepted by this endpoint. */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** No valid session or token was presented. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** E-mail or password wrong; deliberately does not say which. */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** A cookie-authenticated state change without a matching x-csrf-token header. */
  CSRF_FAILED: 'CSRF_FAILED',
  /** Signed in, but the policy denies the action. */
  FORBIDDEN: 'FORBIDDEN',
  /** No such record, or one the caller may not know exists. */
  NOT_FOUND: 'NOT_FOUND',
  /** The request conflicts with the current state of a record (also: a stale version). */
  CONFLICT: 'CONFLICT',
  /** A one-time account link whose time has run out (or that a newer link replaced). */
  LINK_EXPIRED: 'LINK_EXPIRED',
  /** A one-time account link that has been used already. */
  LINK_USED: 'LINK_USED',
  /** A change that needs the record's version (If-Match or `version`) was sent without it. */
  PRECONDITION_REQUIRED: 'PRECONDITION_REQUIRED',
  /** A well-formed request the domain cannot process (e.g. a date outside every rule set). */
  UNPROCESSABLE: 'UNPROCESSABLE',
  /** Too many requests, e.g. repeated sign-in attempts. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A feature that is not configured on this installation (e.g. single sign-on). */
  NOT_CONFIGURED: 'NOT_CONFIGURED',
  /** Anything unexpected; details go to the log, never to the client. */
  INTERNAL: 'INTERNAL',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;
