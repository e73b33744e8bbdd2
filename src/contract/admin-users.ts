import { z } from 'zod';
import { organisationKinds } from '../domain/identity/organisation-kinds';
import {
  accessTokenLifetimeDays,
  accountLinkPurposes,
  maximumPasswordLength,
  minimumPasswordLength,
} from '../domain/identity/user-administration';
import { roleSchema } from './auth';

export {
  accessTokenLifetimeDays,
  accountLinkValidityDays,
  grantableRoles,
  managementScope,
  minimumPasswordLength,
  type AccountLinkPurpose,
} from '../domain/identity/user-administration';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isWellFormed = (text: string): boolean => !loneSurrogate.test(text);

/** No control characters (C0, DEL, C1), no line/paragraph separators, no lone surrogates. */
const isPlainText = (text: string): boolean =>
  isWellFormed(text) &&
  ![...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  });
const plainText = (max: number) => z.string().trim().min(1).max(max).refine(isPlainText, { message: 'must not contain control characters' });

const instant = z.iso.datetime({ offset: true });

/** `invited`: created by an invitation, no password set yet; `inactive`: deactivated. */
export const accountStatuses = ['active', 'invited', 'inactive'] as const;

/** A user account as the administration sees it. */
export const adminUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(roleSchema),
    organisationId: z.uuid().nullable(),
    organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(organisationKinds) }).nullable(),
    locale: z.string(),
    isActive: z.boolean(),
    status: z.enum(accountStatuses),
    /** When the person last signed in; null when never, or when the caller may not manage them. */
    lastSignInAt: instant.nullable(),
    createdAt: instant,
    /** Whether the caller may change this account (org admins: not accounts with network-wide roles). */
    isManageable: z.boolean(),
  })
  .meta({ id: 'AdminUser' });
export type AdminUser = z.infer<typeof adminUserSchema>;

export const adminUsersResponseSchema = z.object({ items: z.array(adminUserSchema), total: z.number().int() });
export type AdminUsersResponse = z.infer<typeof adminUsersResponseSchema>;
export const adminUserResponseSchema = z.object({ user: adminUserSchema });

export const userIdParamsSchema = z.object({ id: z.uuid() });

const rolesField = z.array(roleSchema).min(1).max(9).refine((list) => new Set(list).size === list.length, { message: 'each role only once' });

/** POST /api/v1/users/invitations */
export const inviteUserBodySchema = z.strictObject({
  email: z.email().max(254).refine(isPlainText, { message: 'must not contain control characters' }),
  name: plainText(200),
  roles: rolesField,
  organisationId: z.uuid().nullable(),
  locale: z.enum(['de', 'en']).default('de'),
});
export type InviteUserBody = z.input<typeof inviteUserBodySchema>;

/** PATCH /api/v1/users/{id}: roles and/or organisation. */
export const changeUserBodySchema = z
  .strictObject({ roles: rolesField.optional(), organisationId: z.uuid().nullable().optional() })
  .refine((body) => body.roles !== undefined || body.organisationId !== undefined, { message: 'send roles or organisationId', path: ['roles'] });
export type ChangeUserBody = z.infer<typeof changeUserBodySchema>;

/** GET /api/v1/account/links/{token}: what the link is for, and nothing else. */
export const linkTokenParamsSchema = z.object({ token: z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/, 'not a link token') });
export const accountLinkResponseSchema = z.object({ purpose: z.enum(accountLinkPurposes), expiresAt: instant });
export type AccountLinkInfo = z.infer<typeof accountLinkResponseSchema>;

/** POST /api/v1/account/links/{token} */
export const setPasswordBodySchema = z.strictObject({
  password: z
    .string()
    .min(minimumPasswordLength, { message: `at least ${minimumPasswordLength} characters` })
    .max(maximumPasswordLength)
    .refine(isWellFormed, { message: 'must be well-formed text' })
    .refine((text) => text.trim().length >= minimumPasswordLength, { message: `at least ${minimumPasswordLength} characters besides spaces` }),
});
export type SetPasswordBody = z.infer<typeof setPasswordBodySchema>;
export const setPasswordResponseSchema = z.object({ email: z.string(), purpose: z.enum(accountLinkPurposes) });

/** A personal access token as its owner sees it: never the token itself. */
export const accessTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: instant,
    lastUsedAt: instant.nullable(),
    expiresAt: instant.nullable(),
    revokedAt: instant.nullable(),
    /** Usable now: not revoked and not expired. */
    isActive: z.boolean(),
  })
  .meta({ id: 'AccessToken' });
export type AccessToken = z.infer<typeof accessTokenSchema>;
export const accessTokensResponseSchema = z.object({ items: z.array(accessTokenSchema) });
export const accessTokenResponseSchema = z.object({ token: accessTokenSchema });
export const tokenIdParamsSchema = z.object({ id: z.uuid() });

export const tokenExpiryDaysSchema = z.number().int().min(accessTokenLifetimeDays.min).max(accessTokenLifetimeDays.max);
