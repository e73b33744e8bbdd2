import * as oidc from 'openid-client';
import { insertOidcState, OIDC_STATE_TTL_MS } from '../db/repositories/oidc-states.repository';
import { oidcConfiguration, oidcRedirectUri, requireOidcSettings } from '../security/oidc-configuration';
import { safeReturnTo } from '../security/return-to';
import type { CommandContext } from './context';

export type StartedOidcSignIn = {
  /** Where to send the browser: the provider's authorization endpoint with all parameters. */
  authorizationUrl: string;
  /**
   * The state, for the HTTP layer to bind to this browser (a short-lived cookie): the callback
   * must present it twice, in the URL and in the cookie, so a callback URL made by someone else
   * cannot sign this browser into their account (login CSRF).
   */
  state: string;
  /** How long the sign-in may take, for the binding cookie's lifetime. */
  maxAgeSeconds: number;
};

/**
 * Starts the authorization code flow with PKCE (S256). State, nonce and code verifier are kept
 * in the database rather than in memory, so whichever app instance receives the callback can
 * finish the sign-in. Throws NOT_CONFIGURED when single sign-on is off.
 */
export async function startOidcSignIn(ctx: CommandContext, input: { returnTo?: string | undefined }): Promise<StartedOidcSignIn> {
  requireOidcSettings(ctx.config);
  const configuration = await oidcConfiguration(ctx.config);
  const now = ctx.clock.now();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const codeChallenge = await oidc.calculatePKCECodeChallenge(codeVerifier);

  // Abandoned attempts are removed by the scheduled prune (jobs/scheduler.ts), not here.
  await insertOidcState(ctx.db, { state, codeVerifier, nonce, returnTo: safeReturnTo(input.returnTo), createdAt: now });

  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: oidcRedirectUri(ctx.config),
    response_type: 'code',
    scope: 'openid email',
    state,
    nonce,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
  });
  return { authorizationUrl: authorizationUrl.toString(), state, maxAgeSeconds: OIDC_STATE_TTL_MS / 1000 };
}
