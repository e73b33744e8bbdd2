import { z } from 'zod';
import { areas, roles } from '../domain/identity/roles';
import { organisationKinds } from '../domain/identity/organisation-kinds';

export const roleSchema = z.enum(roles);
export const areaSchema = z.enum(areas);
export type Role = z.infer<typeof roleSchema>;

export const loginBodySchema = z.strictObject({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(roleSchema),
    organisationId: z.uuid().nullable(),
    organisation: z
      .object({ id: z.uuid(), name: z.string(), kind: z.enum(organisationKinds) })
      .nullable(),
    locale: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const userResponseSchema = z.object({ user: userSchema });

/** The signed-in person with the areas of the product open to them. */
export const meResponseSchema = z.object({
  user: userSchema,
  areas: z.array(areaSchema),
  authMethod: z.enum(['password', 'oidc', 'token']),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const createTokenBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(100).default('API token'),
  /** Days until the token stops working (default 90; 1 to 365). */
  expiresInDays: z.number().int().min(1).max(365).default(90),
});
export const createTokenResponseSchema = z.object({
  token: z.string(),
  id: z.uuid(),
  name: z.string(),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
});

export const demoAccountsResponseSchema = z.object({
  accounts: z.array(
    z.object({ email: z.string(), role: roleSchema, name: z.string(), organisationName: z.string().nullable() }),
  ),
  password: z.string(),
});
export type DemoAccountsResponse = z.infer<typeof demoAccountsResponseSchema>;

export const authProvidersResponseSchema = z.object({
  password: z.boolean(),
  oidc: z.object({ label: z.string(), startUrl: z.string() }).nullable(),
});
export type AuthProvidersResponse = z.infer<typeof authProvidersResponseSchema>;

/** Cookie names shared by server and web. */
export const sessionCookieName = 'lotse_session';
export const csrfCookieName = 'lotse_csrf';
export const csrfHeaderName = 'x-csrf-token';
