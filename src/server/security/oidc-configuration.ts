import * as oidc from 'openid-client';
import type { Config } from '../config';
import { AppError } from '../errors';

export type OidcSettings = NonNullable<Config['oidc']>;

/** The fixed path the provider sends the browser back to; registered as redirect URI there. */
export const oidcCallbackPath = '/api/v1/auth/oidc/callback';

// Discovery is one request to the provider (plus its key set later); doing it once per process
// keeps sign-in fast and spares the provider. Keyed by everything that shapes the Configuration,
// so tests running several configurations in one process do not share one by mistake.
const configurations = new Map<string, Promise<oidc.Configuration>>();

/** The redirect URI, derived from the public URL so it matches what the provider has registered. */
export function oidcRedirectUri(config: Config): string {
  if (!config.http.publicUrl) throw new AppError('NOT_CONFIGURED', 'LOTSE_PUBLIC_URL is required for single sign-on.');
  // Concatenated rather than resolved, so a public URL with a path prefix keeps it.
  return `${config.http.publicUrl.replace(/\/+$/, '')}${oidcCallbackPath}`;
}

/** The configured provider, or NOT_CONFIGURED when this installation has no single sign-on. */
export function requireOidcSettings(config: Config): OidcSettings {
  if (!config.oidc) throw new AppError('NOT_CONFIGURED', 'Single sign-on is not configured on this installation.');
  return config.oidc;
}

/**
 * The discovered provider configuration, cached per process. A failed discovery is not cached,
 * so a provider that was briefly down does not disable single sign-on until the next restart.
 */
export function oidcConfiguration(config: Config): Promise<oidc.Configuration> {
  const settings = requireOidcSettings(config);
  const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret ?? null, config.env]);
  let pending = configurations.get(key);
  if (!pending) {
    pending = discover(settings, config.env);
    configurations.set(key, pending);
    pending.catch(() => configurations.delete(key));
  }
  return pending;
}

async function discover(settings: OidcSettings, env: Config['env']): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuer);
  const execute: Array<(configuration: oidc.Configuration) => void> = [
    // The token endpoint is reached over TLS, which alone suffices by the specification; checking
    // the ID token's signature as well also protects deployments whose TLS is terminated oddly
    // and the plain-HTTP providers allowed outside production.
    oidc.enableNonRepudiationChecks,
  ];
  // Plain HTTP only for a local provider in development and tests, never in production.
  if (env !== 'production' && issuer.protocol === 'http:') execute.push(oidc.allowInsecureRequests);
  // Confidential client with HTTP Basic (the method every OAuth server must support); without a
  // secret (allowed outside production) a public client, protected by PKCE alone.
  const clientAuth = settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None();
  return oidc.discovery(issuer, settings.clientId, undefined, clientAuth, { execute, timeout: 10 });
}
