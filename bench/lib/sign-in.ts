import { sessionCookieName } from '../../src/contract/auth';

/** A demo account (seed/demo/users.json); every demo account's password is "demo". */
export const DEMO_LOGIN = { email: 'caseworker@demo.example', password: 'demo' };

/** Signs in once and returns the Cookie header that authenticates later requests. */
export async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_LOGIN),
  });
  if (response.status !== 200) throw new Error(`sign-in failed with ${response.status}: ${await response.text()}`);
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${sessionCookieName}=`));
  if (!session) throw new Error(`sign-in answered 200 without a ${sessionCookieName} cookie`);
  return session.split(';')[0] ?? '';
}

/** Fails loudly before a load run if the route does not answer 200: 401s would measure nothing. */
export async function expectOk(url: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(url, { headers });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
}
