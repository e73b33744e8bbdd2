import type { Case } from '../../src/contract/cases';
import type { SignedInClient, TestApp } from './test-app';

let counter = 0;

/** A fictitious main person; each call a different family name unless given. */
export function personInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return { givenName: 'Amara', familyName: `Okonkwo${counter}`, birthDate: '1994-03-02', citizenship: 'NGA', ...overrides };
}

/** Opens a case through the API (the factory of the case tests: real rows, real rules). */
export async function createCase(t: TestApp, client: SignedInClient, body: Record<string, unknown> = {}): Promise<Case> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/cases',
    headers: client.headers,
    payload: { person: personInput(), ...body },
  });
  if (response.statusCode !== 201) throw new Error(`case creation failed: ${response.statusCode} ${response.body}`);
  return response.json() as Case;
}

/** A request as `client`; JSON bodies only. */
export function call(
  t: TestApp,
  client: SignedInClient | null,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method,
    url,
    headers: { ...(client?.headers ?? {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}
