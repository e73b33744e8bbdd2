import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Referral } from '../../src/contract/referrals';
import { runWorkerRound } from '../../src/server/jobs/referral-worker';
import { smtpMailSender } from '../../src/server/jobs/smtp-mail-sender';
import { call, createCase } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { asReferral, manualClock, organisationId, recordConsent, sendReferral } from '../support/referrals';
import { startSmtpSink } from '../support/smtp-sink';
import { testConfig } from '../support/test-config';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('referral worker: reminders, escalation, outbox on %s', (kind) => {
  const clock = manualClock('2026-04-02T10:00:00+02:00');
  let t: TestApp;
  let navigator: SignedInClient;
  let partner: SignedInClient;
  let iq: string;
  let referral: Referral;
  const deps = () => ({ db: t.database.db, clock, config: t.config });
  const count = async (query: ReturnType<typeof sql>) => (await sqlRows<{ n: number }>(t.database, query))[0]?.n ?? 0;

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    navigator = await t.signIn('navigator@demo.example');
    partner = await t.signIn('partner@demo.example');
    iq = await organisationId(t, 'iq-rhein-neckar');
    const caseId = (await createCase(t, navigator)).id;
    const consent = await recordConsent(t, navigator, caseId, { recipientOrganisationIds: [iq] });
    referral = asReferral(await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id }));
  });
  afterAll(() => t.close());

  it('tells the partner of a new referral in the app and writes the e-mail to the outbox, where it waits without SMTP', async () => {
    const notifications = (await call(t, partner, 'GET', '/api/v1/notifications')).json();
    expect(notifications.unread).toBe(1);
    expect(notifications.items[0]).toMatchObject({ kind: 'referral.received', referralId: referral.id, data: { caseReference: referral.caseReference } });
    const round = await runWorkerRound(deps(), 'w1', null);
    expect(round.emails).toEqual({ sent: 0, failed: 0 });
    const outbox = await sqlRows<{ to_address: string; status: string; subject: string; body: string }>(t.database, sql`SELECT to_address, status, subject, body FROM email_outbox`);
    expect(outbox).toEqual([expect.objectContaining({ to_address: 'partner@demo.example', status: 'pending' })]);
    expect(outbox[0]?.body).toContain('Fällig am: 2026-04-08');
    // The person's name never travels by e-mail.
    expect(outbox[0]?.body).not.toContain('Amara');
    const read = await call(t, partner, 'POST', `/api/v1/notifications/${notifications.items[0].id}/read`);
    expect(read.json().readAt).not.toBeNull();
  });

  it('reminds the recipient once at 08:00 of the last day and escalates once when the due instant has passed', async () => {
    clock.set('2026-04-08T07:59:00+02:00');
    expect((await runWorkerRound(deps(), 'w1', null)).jobs.done).toBe(0);
    clock.set('2026-04-08T08:01:00+02:00');
    expect((await runWorkerRound(deps(), 'w1', null)).jobs.done).toBe(1);
    expect((await runWorkerRound(deps(), 'w1', null)).jobs.done).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM notifications WHERE kind = 'referral.reminder'`)).toBe(1);
    clock.set('2026-04-09T00:00:01+02:00');
    expect((await runWorkerRound(deps(), 'w1', null)).jobs.done).toBe(1);
    navigator = await t.signIn('navigator@demo.example');
    partner = await t.signIn('partner@demo.example');
    const escalations = await sqlRows<{ email: string }>(t.database, sql`SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'referral.escalated' ORDER BY u.email`);
    expect(escalations.map((row) => row.email)).toEqual(['navigator@demo.example', 'partner@demo.example']);
    const detail = asReferral(await call(t, partner, 'GET', `/api/v1/referrals/${referral.id}`));
    expect(detail).toMatchObject({ isOverdue: true, escalatedAt: '2026-04-08T22:00:01.000Z' });
    expect(detail.events?.map((event) => event.type)).toEqual(['sent', 'reminded', 'escalated']);
    const inbox = (await call(t, partner, 'GET', '/api/v1/inbox')).json();
    expect(inbox.referrals.overdue.map((item: Referral) => item.id)).toEqual([referral.id]);
    expect(await count(sql`SELECT count(*)::int AS n FROM email_outbox WHERE status = 'pending'`)).toBe(4);
  });

  it('sends the waiting e-mails once SMTP is configured', async () => {
    const sink = await startSmtpSink();
    try {
      const config = testConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_FROM: 'lotse@demo.example' });
      const round = await runWorkerRound({ ...deps(), config }, 'w1', smtpMailSender(config.smtp!));
      expect(round.emails).toEqual({ sent: 4, failed: 0 });
      expect(sink.mails).toHaveLength(4);
      expect(sink.mails.map((mail) => mail.to[0])).toContain('<partner@demo.example>');
      expect(await count(sql`SELECT count(*)::int AS n FROM email_outbox WHERE status = 'sent'`)).toBe(4);
      expect((await runWorkerRound({ ...deps(), config }, 'w1', smtpMailSender(config.smtp!))).emails.sent).toBe(0);
    } finally {
      await sink.close();
    }
  });

  it('lets two workers share the due jobs without running any twice (FOR UPDATE SKIP LOCKED)', async () => {
    clock.set('2026-04-13T09:00:00+02:00');
    navigator = await t.signIn('navigator@demo.example');
    const caseId = (await createCase(t, navigator)).id;
    const consent = await recordConsent(t, navigator, caseId, { recipientOrganisationIds: [iq] });
    const ids: string[] = [];
    for (let index = 0; index < 8; index += 1) ids.push(asReferral(await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id })).id);
    clock.set('2026-04-16T09:00:00+02:00');
    const [first, second] = await Promise.all([runWorkerRound(deps(), 'worker-a', null), runWorkerRound(deps(), 'worker-b', null)]);
    // 8 reminders and 8 escalations in all, split between the two workers.
    expect(first!.jobs.done + second!.jobs.done).toBe(16);
    const perReferral = await sqlRows<{ type: string; n: number }>(
      t.database,
      sql`SELECT type, count(*)::int AS n FROM referral_events WHERE referral_id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) AND type IN ('reminded', 'escalated') GROUP BY referral_id, type`,
    );
    expect(perReferral).toHaveLength(16);
    expect(perReferral.every((row) => row.n === 1)).toBe(true);
    expect(await count(sql`SELECT count(*)::int AS n FROM jobs WHERE status = 'pending' AND run_at <= ${'2026-04-16T07:00:00Z'}::timestamptz`)).toBe(0);
  });
});
