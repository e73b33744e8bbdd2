import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** What the test provider knows about a person: the claims of the `email` scope. */
export type ProviderAccount = { email: string; email_verified: boolean };

export type TestIdentityProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Paths requested so far (without query), to see which endpoints the client used. */
  requestedPaths: string[];
  close(): Promise<void>;
};

/** A port that was free a moment ago: the app's redirect URI must be known before it listens. */
export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A real OpenID provider (oidc-provider, as certified) on a random local port, with one
 * confidential client that must use PKCE and the default development login and consent forms.
 * In the dev login form, the "login" field is the account id; the password is ignored.
 */
export async function startIdentityProvider(options: {
  redirectUri: string;
  accounts: Record<string, ProviderAccount>;
  /** true: `email` in the ID token (as Keycloak does); false: only from UserInfo (the default here). */
  isEmailInIdToken?: boolean;
}): Promise<TestIdentityProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'lotse-test';
  const clientSecret = 'lotse-test-secret-0123456789abcdef';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_context, id) => {
      const account = options.accounts[id];
      return account ? { accountId: id, claims: () => ({ sub: id, ...account }) } : undefined;
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['lotse-test-cookie-key'] },
    conformIdTokenClaims: !options.isEmailInIdToken,
  });
  const requestedPaths: string[] = [];
  const handle = provider.callback();
  server.on('request', (request, response) => {
    requestedPaths.push((request.url ?? '').split('?')[0] ?? '');
    handle(request, response);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    requestedPaths,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A browser reduced to what the flow needs: one cookie jar shared by all local ports (browsers
 * do not separate cookies by port), redirects followed by hand.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  async request(url: string | URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers,
      redirect: 'manual',
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) this.store(line);
    return response;
  }

  /**
   * Follows the provider's redirects and fills in its login and consent forms until the provider
   * sends the browser back to `callbackPrefix`; returns that URL without opening it.
   */
  async authorizeAtProvider(authorizationUrl: string, login: string, callbackPrefix: string): Promise<URL> {
    let url = new URL(authorizationUrl);
    for (let step = 0; step < 12; step += 1) {
      const response = await this.request(url);
      const location = response.headers.get('location');
      if (location) {
        url = new URL(location, url);
        if (url.href.startsWith(callbackPrefix)) return url;
        continue;
      }
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`unexpected provider page (${response.status}): ${html.slice(0, 300)}`);
      const form: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'irrelevant' } : { prompt };
      const submitted = await this.request(new URL(action.replaceAll('&amp;', '&'), url), { method: 'POST', form });
      const next = submitted.headers.get('location');
      if (!next) throw new Error(`provider did not redirect after ${prompt} (${submitted.status})`);
      url = new URL(next, url);
      if (url.href.startsWith(callbackPrefix)) return url;
    }
    throw new Error('too many steps at the provider');
  }

  private store(line: string): void {
    const [pair = '', ...attributes] = line.split(';');
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expires = attributes.map((a) => a.trim()).find((a) => /^expires=/i.test(a));
    const isExpired =
      value === '' ||
      attributes.some((a) => /^max-age=0$/i.test(a.trim())) ||
      (expires !== undefined && Date.parse(expires.slice('expires='.length)) <= Date.now());
    if (isExpired) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}
