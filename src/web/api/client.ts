import {
  authProvidersResponseSchema,
  csrfCookieName,
  csrfHeaderName,
  demoAccountsResponseSchema,
  meResponseSchema,
  userResponseSchema,
  type AuthProvidersResponse,
  type DemoAccountsResponse,
  type LoginBody,
  type MeResponse,
  type User,
} from '../../contract/auth';
import { errorResponseSchema } from '../../contract/errors';
import { healthResponseSchema } from '../../contract/system';

/** A response schema: anything with zod's `parse`. */
type Schema<T> = { parse(data: unknown): T };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An API error response (`{ error: { code, message, fields? } }`) or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The value of a readable cookie, or undefined. */
export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((cookie) => cookie.startsWith(prefix));
  return entry === undefined ? undefined : decodeURIComponent(entry.slice(prefix.length));
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = errorResponseSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiError(response.status, code, message, fields);
  }
  return new ApiError(response.status, `HTTP_${response.status}`, response.statusText);
}

/**
 * Sends one JSON request with the session cookie. State-changing requests carry the
 * double-submit CSRF header. Resolves with the parsed body, or undefined for 204.
 */
export async function request<T>(
  method: Method,
  path: string,
  schema: Schema<T> | null,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const csrfToken = readCookie(csrfCookieName);
    if (csrfToken) headers[csrfHeaderName] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'include',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, 'NETWORK_ERROR', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204 || schema === null) return undefined as T;
  return schema.parse(await response.json());
}

/** `null` instead of an error for the given status (e.g. 401 "not signed in", 404 "not offered"). */
export async function orNullOn<T>(status: number, call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && error.status === status) return null;
    throw error;
  }
}

/** The endpoints the web shell uses, typed by the shared contract. */
export const api = {
  authProviders: (): Promise<AuthProvidersResponse> =>
    request('GET', '/api/v1/auth/providers', authProvidersResponseSchema),

  /** The demo accounts, or null when the installation is not in demo mode. */
  demoAccounts: (): Promise<DemoAccountsResponse | null> =>
    orNullOn(404, request('GET', '/api/v1/auth/demo-accounts', demoAccountsResponseSchema)),

  login: async (body: LoginBody): Promise<User> =>
    (await request('POST', '/api/v1/auth/login', userResponseSchema, body)).user,

  logout: (): Promise<void> => request('POST', '/api/v1/auth/logout', null),

  /** The signed-in person, or null when nobody is signed in. */
  me: (): Promise<MeResponse | null> => orNullOn(401, request('GET', '/api/v1/auth/me', meResponseSchema)),

  health: () => request('GET', '/api/health', healthResponseSchema),
};
