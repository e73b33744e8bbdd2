import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPendingAudit } from '../../src/server/audit/seal-audit';
import { verifyAuditChain } from '../../src/server/commands/verify-audit-chain';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('hash-chained, append-only audit log on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const entries = async () => {
    type Entry = { seq: number; action: string; actor_user_id: string | null; subject_id: string | null; request_id: string | null };
    return sqlRows<Entry>(t.database, sql`SELECT seq, action, actor_user_id, subject_id, request_id FROM audit_log ORDER BY id`);
  };

  it('records a sign-in and a read of personal data with actor and request id', async () => {
    const admin = await t.signIn('admin@demo.example');
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin.cookie } });
    expect(response.statusCode).toBe(200);
    const log = await entries();
    const signInEntry = log.find((e) => e.action === 'auth.sign_in' && e.subject_id === admin.userId);
    expect(signInEntry?.actor_user_id).toBe(admin.userId);
    const read = log.at(-1);
    expect(read).toMatchObject({ action: 'user.list_read', actor_user_id: admin.userId, request_id: response.headers['x-request-id'] });
  });

  it('records a failed sign-in of a known account without the password', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'employer@demo.example', password: 'secret-guess' } });
    const last = (await entries()).at(-1);
    expect(last?.action).toBe('auth.sign_in_failed');
    const raw = await sqlRows<{ d: string }>(t.database, sql`SELECT details::text AS d FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(JSON.stringify(raw)).not.toContain('secret-guess');
  });

  it('verifies the chain, refuses UPDATE and DELETE, and detects a row altered behind its back', async () => {
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
    await expect(t.database.db.execute(sql`UPDATE audit_log SET action = 'x' WHERE seq = 1`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow();
    // Sealing an already sealed entry again (a rewritten chain) is refused as well.
    await expect(t.database.db.execute(sql`UPDATE audit_log SET hash = repeat('0', 64) WHERE seq = 1`)).rejects.toThrow();
    // A database superuser can switch the trigger off; the hash chain still gives the change away.
    await t.database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await t.database.db.execute(sql`UPDATE audit_log SET purpose = 'tampered' WHERE seq = 2`);
    await t.database.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: false, brokenAtSeq: 2, reason: 'entry was altered' });
  });

  it('lets the sealer seal an unsealed entry but nobody change its content', async () => {
    await t.signIn('steering@demo.example');
    const [unsealed] = await sqlRows<{ id: number }>(t.database, sql`SELECT id FROM audit_log WHERE seq IS NULL ORDER BY id DESC LIMIT 1`);
    expect(unsealed).toBeDefined();
    const id = Number(unsealed?.id);
    await expect(t.database.db.execute(sql`UPDATE audit_log SET action = 'x' WHERE id = ${id}`)).rejects.toThrow();
    await expect(
      t.database.db.execute(sql`UPDATE audit_log SET seq = 999999, prev_hash = 'a', hash = 'b', purpose = 'changed' WHERE id = ${id}`),
    ).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM audit_log WHERE id = ${id}`)).rejects.toThrow();
    const sealed = await sealPendingAudit(t.database.db);
    expect(sealed).toMatchObject({ busy: false });
    expect(sealed.sealed).toBeGreaterThanOrEqual(1);
    const [row] = await sqlRows<{ seq: number | null }>(t.database, sql`SELECT seq FROM audit_log WHERE id = ${id}`);
    expect(row?.seq).not.toBeNull();
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    const fresh = await createTestApp(kind);
    try {
      await Promise.all(
        ['caseworker@demo.example', 'navigator@demo.example', 'partner@demo.example', 'editor@demo.example', 'steering@demo.example'].map((email) =>
          fresh.signIn(email),
        ),
      );
      const check = await verifyAuditChain(fresh.database.db);
      expect(check.ok).toBe(true);
      expect(check.entries).toBeGreaterThanOrEqual(6);
    } finally {
      await fresh.close();
    }
  });
});
