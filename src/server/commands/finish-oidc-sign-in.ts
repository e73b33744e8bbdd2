import * as oidc from 'openid-client';
import { recordAudit } from '../audit/record-audit';
import { takeOidcState } from '../db/repositories/oidc-states.repository';
import { findUserByEmail, findUserByOidcSubject, linkOidcSubject, type UserRow } from '../db/repositories/users.repository';
import { AppError } from '../errors';
import { oidcConfiguration, oidcRedirectUri, requireOidcSettings } from '../security/oidc-configuration';
import { safeReturnTo } from '../security/return-to';
import { safeEqual } from '../security/tokens';
import type { CommandContext } from './context';
import { startSession, type NewSession } from './sign-in';

/** Why a single sign-on was refused: for the operator's log, never shown to the person. */
export type OidcFailureReason =
  | 'state_missing'
  | 'state_not_bound'
  | 'state_unknown'
  | 'discovery_failed'
  | 'provider_rejected'
  | 'no_account'
  | 'email_unverified'
  | 'account_inactive'
  | 'linked_to_other_identity';

/**
 * A refused single sign-on. Still the one AppError (code UNAUTHENTICATED or FORBIDDEN); it only
 * adds a reason code and, where the provider gave one, its protocol error code (e.g.
 * `invalid_grant`), both free of personal data so they can be logged.
 */
export class OidcSignInError extends AppError {
  readonly reason: OidcFailureReason;
  readonly protocolError: string | undefined;

  constructor(reason: OidcFailureReason, protocolError?: string) {
    const isAccountProblem = ['no_account', 'email_unverified', 'account_inactive', 'linked_to_other_identity'].includes(reason);
    super(
      isAccountProblem ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      // One message per group: telling apart "unknown" from "unverified" would reveal who has an account.
      isAccountProblem ? 'No Lotse account for this identity' : 'The single sign-on could not be completed.',
    );
    this.name = 'OidcSignInError';
    this.reason = reason;
    this.protocolError = protocolError;
  }
}

export type FinishedOidcSignIn = { session: NewSession; returnTo: string };

type Identity = { issuer: string; subject: string; email: string | undefined; isEmailVerified: boolean };

/**
 * Completes the authorization code flow: checks the state (bound to this browser and used once),
 * exchanges the code with the PKCE verifier, verifies the ID token (signature, issuer, audience,
 * expiry, nonce), then matches a Lotse account. No account is ever created here: roles are
 * assigned by an administrator, so an identity without an account is refused.
 */
export async function finishOidcSignIn(
  ctx: CommandContext,
  input: { query: URLSearchParams; boundState: string | undefined; previousSessionTokenHash?: string | undefined },
): Promise<FinishedOidcSignIn> {
  requireOidcSettings(ctx.config);
  const state = input.query.get('state');
  if (!state) throw new OidcSignInError('state_missing');
  if (!input.boundState || !safeEqual(state, input.boundState)) throw new OidcSignInError('state_not_bound');
  // Taken (deleted) before anything else can fail: a state is good for one attempt only.
  const pending = await takeOidcState(ctx.db, state, ctx.clock.now());
  if (!pending) throw new OidcSignInError('state_unknown');

  const configuration = await oidcConfiguration(ctx.config).catch((error: unknown) => {
    throw new OidcSignInError('discovery_failed', protocolCode(error));
  });
  // The URL the provider redirected to, rebuilt from the public URL: behind a proxy the request's
  // own host and scheme may differ, and the token request must repeat the registered redirect URI.
  const currentUrl = new URL(oidcRedirectUri(ctx.config));
  currentUrl.search = input.query.toString();

  const identity = await exchangeCode(configuration, currentUrl, pending).catch((error: unknown) => {
    throw new OidcSignInError('provider_rejected', protocolCode(error));
  });
  const user = await matchAccount(ctx, identity);
  const session = await startSession(ctx, user.id, 'oidc', input.previousSessionTokenHash);
  return { session, returnTo: safeReturnTo(pending.returnTo) };
}

async function exchangeCode(
  configuration: oidc.Configuration,
  currentUrl: URL,
  pending: { state: string; nonce: string; codeVerifier: string },
): Promise<Identity> {
  // Validates the response (state, `iss` when the provider sends it, error responses), sends the
  // verifier, and verifies the ID token including the nonce.
  const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('no ID token');
  let source: Record<string, unknown> = claims;
  // Providers differ: Keycloak puts `email` into the ID token, others (oidc-provider by default)
  // only into the UserInfo response. fetchUserInfo checks that its `sub` is the ID token's.
  if (typeof claims.email !== 'string') source = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: typeof source.email === 'string' ? source.email.trim() : undefined,
    // Strictly the boolean true: a missing claim or a string "true" does not prove the address.
    isEmailVerified: source.email_verified === true,
  };
}

/**
 * 1. An account linked to this (issuer, subject) signs in, whatever its e-mail is today.
 * 2. Otherwise an active account with the same, provider-verified e-mail is linked once.
 * 3. Anything else is refused.
 */
async function matchAccount(ctx: CommandContext, identity: Identity): Promise<UserRow> {
  const linked = await findUserByOidcSubject(ctx.db, identity.issuer, identity.subject);
  if (linked) {
    if (!linked.isActive) throw new OidcSignInError('account_inactive');
    return linked;
  }
  if (!identity.email) throw new OidcSignInError('no_account');
  const user = await findUserByEmail(ctx.db, identity.email);
  if (!user) throw new OidcSignInError('no_account');
  if (!user.isActive) await refuse(ctx, user, 'account_inactive');
  if (!identity.isEmailVerified) await refuse(ctx, user, 'email_unverified');
  // An account already linked to another identity is not re-linked by e-mail: otherwise a second
  // provider account claiming the same address would take it over. An administrator unlinks.
  if (user.oidcSubject !== null) await refuse(ctx, user, 'linked_to_other_identity');

  await ctx.db.transaction(async (tx) => {
    const isLinked = await linkOidcSubject(tx, user.id, identity.issuer, identity.subject);
    if (!isLinked) throw new OidcSignInError('linked_to_other_identity');
    await recordAudit(tx, ctx, {
      action: 'auth.oidc_linked',
      subjectType: 'user',
      subjectId: user.id,
      // The issuer names the provider, not the person; the subject identifier stays out of the log.
      details: { issuer: identity.issuer },
      actor: { userId: user.id, organisationId: user.organisationId },
    });
  });
  return user;
}

/** Records a refused sign-in against a known account (as password sign-in does), then refuses. */
async function refuse(ctx: CommandContext, user: UserRow, reason: OidcFailureReason): Promise<never> {
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'auth.sign_in_failed',
      subjectType: 'user',
      subjectId: user.id,
      details: { method: 'oidc', reason },
      actor: { userId: user.id, organisationId: user.organisationId },
    }),
  );
  throw new OidcSignInError(reason);
}

/** An OAuth or library error code, if the error carries one; never a message (it may quote data). */
function protocolCode(error: unknown): string | undefined {
  if (error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError) return sanitise(error.error);
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return sanitise(error.code);
  return error instanceof Error ? sanitise(error.name) : undefined;
}

const sanitise = (code: string): string | undefined => (/^[\w.-]{1,64}$/.test(code) ? code : undefined);
