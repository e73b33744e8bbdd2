import { z } from 'zod';
import {
  accessTokenResponseSchema,
  accessTokensResponseSchema,
  accountLinkResponseSchema,
  adminUserResponseSchema,
  adminUsersResponseSchema,
  setPasswordResponseSchema,
  type AccessToken,
  type AccountLinkInfo,
  type AdminUser,
  type AdminUsersResponse,
  type ChangeUserBody,
  type InviteUserBody,
} from '../../contract/admin-users';
import { createTokenResponseSchema } from '../../contract/auth';
import { organisationsResponseSchema, type Organisation } from '../../contract/system';
import { request } from './client';

const linkSentSchema = z.object({ purpose: z.enum(['invitation', 'password_reset']), expiresAt: z.string() });
const user = (path: string) => `/api/v1/users/${encodeURIComponent(path)}`;

/** The user administration and the person's own access tokens and one-time links. */
export const adminUsersApi = {
  users: (): Promise<AdminUsersResponse> => request('GET', '/api/v1/users', adminUsersResponseSchema),
  organisations: async (): Promise<Organisation[]> => (await request('GET', '/api/v1/organisations', organisationsResponseSchema)).items,
  invite: async (body: InviteUserBody): Promise<AdminUser> => (await request('POST', '/api/v1/users/invitations', adminUserResponseSchema, body)).user,
  change: async (id: string, body: ChangeUserBody): Promise<AdminUser> => (await request('PATCH', user(id), adminUserResponseSchema, body)).user,
  deactivate: async (id: string): Promise<AdminUser> => (await request('POST', `${user(id)}/deactivate`, adminUserResponseSchema)).user,
  reactivate: async (id: string): Promise<AdminUser> => (await request('POST', `${user(id)}/reactivate`, adminUserResponseSchema)).user,
  signOut: (id: string): Promise<{ sessionsEnded: number }> => request('POST', `${user(id)}/sign-out`, z.object({ sessionsEnded: z.number() })),
  sendLink: (id: string): Promise<{ purpose: 'invitation' | 'password_reset'; expiresAt: string }> => request('POST', `${user(id)}/password-reset`, linkSentSchema),

  link: (token: string): Promise<AccountLinkInfo> => request('GET', `/api/v1/account/links/${encodeURIComponent(token)}`, accountLinkResponseSchema),
  setPassword: (token: string, password: string) => request('POST', `/api/v1/account/links/${encodeURIComponent(token)}`, setPasswordResponseSchema, { password }),

  tokens: async (): Promise<AccessToken[]> => (await request('GET', '/api/v1/auth/tokens', accessTokensResponseSchema)).items,
  createToken: (body: { name: string; expiresInDays: number }) => request('POST', '/api/v1/auth/tokens', createTokenResponseSchema, body),
  revokeToken: async (id: string): Promise<AccessToken> => (await request('POST', `/api/v1/auth/tokens/${encodeURIComponent(id)}/revoke`, accessTokenResponseSchema)).token,
};
