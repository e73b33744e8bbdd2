import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases';
import { manualClock } from '../support/referrals';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('personal access tokens on %s', (kind) => {
  const clock = manualClock('2026-12-07T09:00:00+01:00');
  let t: TestApp;
  let partner: SignedInClient;
  let editor: SignedInClient;

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    partner = await t.signIn('partner@demo.example');
    editor = await t.signIn('editor@demo.example');
  });
  afterAll(() => t.close());

  const create = (client: SignedInClient, payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: client.headers, payload });
  const list = async (client: SignedInClient) => (await t.app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: client.headers })).json() as { items: Record<string, unknown>[] };
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });

  it('expires after 90 days unless another expiry is chosen, and still answers { token }', async () => {
    const plain = await create(partner, {});
    expect(plain.statusCode).toBe(201);
    expect(plain.json()).toMatchObject({ token: expect.stringMatching(/^lotse_pat_/), name: 'API token', expiresAt: '2027-03-07T08:00:00.000Z' });
    const chosen = await create(partner, { name: 'Monatsbericht', expiresInDays: 7 });
    expect(chosen.json().expiresAt).toBe('2026-12-14T08:00:00.000Z');
    clock.advance(8 * 86_400_000);
    expect((await me(chosen.json().token)).statusCode).toBe(401);
    expect((await me(plain.json().token)).statusCode).toBe(200);
    // The sessions ran out with the days that passed.
    partner = await t.signIn('partner@demo.example');
    editor = await t.signIn('editor@demo.example');
  });

  it('lists my own tokens with last use, expiry and revocation, never the token or its hash', async () => {
    const created = (await create(partner, { name: 'Schnittstelle', expiresInDays: 30 })).json() as { id: string; token: string };
    await me(created.token);
    const items = (await list(partner)).items;
    const listed = items.find((item) => item.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      name: 'Schnittstelle',
      createdAt: clock.now().toISOString(),
      lastUsedAt: clock.now().toISOString(),
      expiresAt: new Date(clock.now().getTime() + 30 * 86_400_000).toISOString(),
      revokedAt: null,
      isActive: true,
    });
    expect(JSON.stringify(items)).not.toContain('lotse_pat_');
    expect(items.some((item) => item.name === 'Monatsbericht' && item.isActive === false)).toBe(true);
    expect((await list(editor)).items.find((item) => item.id === created.id)).toBeUndefined();
  });

  it('revokes my own token at once; someone else’s is not found; revoking twice is harmless', async () => {
    const created = (await create(partner, { name: 'Widerruf' })).json() as { id: string; token: string };
    const foreign = await t.app.inject({ method: 'POST', url: `/api/v1/auth/tokens/${created.id}/revoke`, headers: editor.headers });
    expect(foreign.statusCode).toBe(404);
    expect((await me(created.token)).statusCode).toBe(200);
    const revoked = await t.app.inject({ method: 'POST', url: `/api/v1/auth/tokens/${created.id}/revoke`, headers: partner.headers });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().token).toMatchObject({ id: created.id, isActive: false, revokedAt: clock.now().toISOString() });
    expect((await me(created.token)).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/auth/tokens/${created.id}/revoke`, headers: partner.headers })).statusCode).toBe(200);
  });

  it('refuses an expiry outside 1 to 365 days and a malformed id, naming the field', async () => {
    for (const expiresInDays of [0, 366, 1.5, '30']) {
      const response = await create(partner, { expiresInDays });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toHaveProperty('expiresInDays');
    }
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/tokens/abc/revoke', headers: partner.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty(['params.id']);
  });
});
