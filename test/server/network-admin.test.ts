import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminAgreement, AdminOrganisation, AdminService } from '../../src/contract/admin-network';
import type { Referral } from '../../src/contract/referrals';
import { seedDemoRegion } from '../../src/server/commands/seed-demo-region';
import { runWorkerRound } from '../../src/server/jobs/referral-worker';
import { call, createCase } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { listAuditEntries } from '../support/law';
import { asReferral, manualClock, organisationId, recordConsent, sendReferral } from '../support/referrals';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

type Audit = { action: string; subjectId: string | null; details: Record<string, unknown> };

describe.each(databaseKinds())('network administration on %s', (kind) => {
  // Thursday before Easter 2026: Good Friday and Easter Monday are holidays in Baden-Württemberg.
  const clock = manualClock('2026-04-02T10:00:00+02:00');
  let t: TestApp;
  let admin: SignedInClient;
  let steering: SignedInClient;
  let navigator: SignedInClient;
  let iq: string;
  let welcome: string;

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    admin = await t.signIn('admin@demo.example');
    steering = await t.signIn('steering@demo.example');
    navigator = await t.signIn('navigator@demo.example');
    iq = await organisationId(t, 'iq-rhein-neckar');
    welcome = await organisationId(t, 'welcome-center');
  });
  afterAll(() => t.close());

  /** Moves the clock; sessions idle-expire over such jumps, so everyone signs in again. */
  const setClock = async (instant: string) => {
    clock.set(instant);
    admin = await t.signIn('admin@demo.example');
    steering = await t.signIn('steering@demo.example');
    navigator = await t.signIn('navigator@demo.example');
  };

  const getOrganisation = async (id: string) => (await call(t, admin, 'GET', `/api/v1/admin/organisations/${id}`)).json() as AdminOrganisation;
  const patchOrganisation = (id: string, body: Record<string, unknown>) => call(t, admin, 'PATCH', `/api/v1/admin/organisations/${id}`, body);
  const audits = async (subjectType: string) => (await listAuditEntries(t, subjectType)) as Audit[];
  const responsible = async (ags: string, service: string) =>
    ((await call(t, null, 'GET', `/api/v1/responsibility?ags=${ags}&service=${service}`)).json() as { organisations: { id: string }[] }).organisations.map((item) => item.id);

  it('creates an organisation with areas by AGS, lists it, and lets steering read but not write', async () => {
    const body = {
      name: 'Beratungsstelle Neckartal (Test)',
      shortName: 'BS Neckartal',
      kind: 'migration_counselling',
      land: 'BW',
      address: { street: 'Hauptstraße 1', postcode: '69469', locality: 'Weinheim', localityAgs: '08226096' },
      geo: { latitude: 49.55, longitude: 8.67 },
      email: 'info@neckartal.demo.example',
      languages: ['de', 'tr'],
      description: { de: 'Beratung für Zugewanderte.', en: 'Counselling for immigrants.' },
      openingHours: [{ weekday: 1, opens: '09:00', closes: '12:00' }],
      areaAgs: ['08226', '08222000', '07'],
    };
    expect((await call(t, steering, 'POST', '/api/v1/admin/organisations', body)).statusCode).toBe(403);
    expect((await call(t, null, 'POST', '/api/v1/admin/organisations', body)).statusCode).toBe(401);
    const created = await call(t, admin, 'POST', '/api/v1/admin/organisations', body);
    expect(created.statusCode).toBe(201);
    const organisation = created.json() as AdminOrganisation;
    expect(organisation).toMatchObject({ name: body.name, kind: 'migration_counselling', isActive: true, referralDueWorkingDays: 2, escalationEmails: [] });
    expect(organisation.areas.map((area) => [area.level, area.name.de])).toEqual([
      ['district', 'Rhein-Neckar-Kreis'],
      ['municipality', 'Mannheim'],
      ['land', 'Rheinland-Pfalz'],
    ]);
    expect(organisation.editedAt).not.toBeNull();
    const list = (await call(t, steering, 'GET', '/api/v1/admin/organisations?q=neckartal&active=true')).json() as { items: { id: string }[] };
    const welcomeListed = ((await call(t, steering, 'GET', '/api/v1/admin/organisations?kind=welcome_center')).json() as { items: { id: string; serviceCount: number }[] }).items;
    expect(welcomeListed.find((item) => item.id === welcome)?.serviceCount).toBeGreaterThan(0);
    expect(list.items.map((item) => item.id)).toEqual([organisation.id]);
    const entry = (await audits('organisation')).find((item) => item.action === 'organisation.created' && item.subjectId === organisation.id);
    expect(entry?.details).toMatchObject({ after: { name: body.name, areaAgs: body.areaAgs } });
  });

  it('refuses bad input with 400 naming the field: unknown areas, control characters, oversized, bad URLs', async () => {
    const base = { name: 'X', kind: 'iq', land: 'BW' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, areaAgs: ['08226', '99999'] }, 'areaAgs.1'],
      [{ ...base, areaAgs: ['0822'] }, 'areaAgs.0'],
      [{ ...base, name: 'Amt\u0007' }, 'name'],
      [{ ...base, name: 'Amt \ud800' }, 'name'],
      [{ ...base, name: 'x'.repeat(201) }, 'name'],
      [{ ...base, description: { de: 'a'.repeat(2001), en: '' } }, 'description.de'],
      [{ ...base, website: 'javascript:alert(1)' }, 'website'],
      [{ ...base, kind: 'castle' }, 'kind'],
      [{ ...base, land: 'XX' }, 'land'],
      [{ ...base, address: { street: null, postcode: null, locality: null, localityAgs: '12345678' } }, 'address.localityAgs'],
      [{ ...base, referralDueWorkingDays: 11 }, 'referralDueWorkingDays'],
      [{ ...base, escalationEmails: ['not-an-address'] }, 'escalationEmails.0'],
      [{ ...base, openingHours: [{ weekday: 1, opens: '12:00', closes: '09:00' }] }, 'openingHours.0.closes'],
      [{ ...base, unknownField: 1 }, ''],
    ];
    for (const [body, field] of cases) {
      const response = await call(t, admin, 'POST', '/api/v1/admin/organisations', body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      if (field) expect(Object.keys(response.json().error.fields ?? {})).toContain(field);
    }
  });

  it('edits an organisation, refuses a stale edit with 409, audits before and after, and the demo seed keeps the edit', async () => {
    const before = await getOrganisation(welcome);
    const edited = await patchOrganisation(welcome, { updatedAt: before.updatedAt, name: 'Welcome Center Rhein-Neckar (geändert)', phone: '+49 621 123456' });
    expect(edited.statusCode).toBe(200);
    const after = edited.json() as AdminOrganisation;
    expect(after).toMatchObject({ name: 'Welcome Center Rhein-Neckar (geändert)', phone: '+49 621 123456' });
    expect(after.updatedAt).not.toBe(before.updatedAt);
    const stale = await patchOrganisation(welcome, { updatedAt: before.updatedAt, name: 'Überschreibt nichts' });
    expect(stale.statusCode).toBe(409);
    expect(Object.keys(stale.json().error.fields)).toEqual(['updatedAt']);
    const entry = (await audits('organisation')).filter((item) => item.action === 'organisation.changed' && item.subjectId === welcome).at(-1);
    expect(entry?.details).toEqual({ changed: ['name', 'phone'], before: { name: before.name, phone: before.phone }, after: { name: after.name, phone: after.phone } });

    await seedDemoRegion({ db: t.database.db, clock, config: t.config, actor: null, requestId: null }, { cases: false });
    expect((await getOrganisation(welcome)).name).toBe('Welcome Center Rhein-Neckar (geändert)');
  });

  it('manages services: add, change capacity with its date, deactivate; bad input and stale versions refused', async () => {
    const organisation = await getOrganisation(welcome);
    const added = await call(t, admin, 'POST', `/api/v1/admin/organisations/${welcome}/services`, { serviceId: 'language_course', languages: ['de', 'ar'], capacity: 'limited' });
    expect(added.statusCode).toBe(201);
    const service = added.json() as AdminService;
    expect(service).toMatchObject({ serviceId: 'language_course', capacity: 'limited', capacityUpdatedOn: '2026-04-02', name: { de: 'Sprachkurs' } });
    expect((await call(t, admin, 'POST', `/api/v1/admin/organisations/${welcome}/services`, { serviceId: 'language_course' })).statusCode).toBe(409);
    expect(Object.keys((await call(t, admin, 'POST', `/api/v1/admin/organisations/${welcome}/services`, { serviceId: 'astrology' })).json().error.fields)).toContain('serviceId');

    await setClock('2026-04-03T09:00:00+02:00');
    const changed = await call(t, admin, 'PATCH', `/api/v1/admin/organisations/${welcome}/services/language_course`, { updatedAt: service.updatedAt, capacity: 'closed', howToReach: { de: 'Anmeldung per E-Mail.', en: 'Register by e-mail.' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ capacity: 'closed', capacityUpdatedOn: '2026-04-03' });
    expect((await call(t, admin, 'PATCH', `/api/v1/admin/organisations/${welcome}/services/language_course`, { updatedAt: service.updatedAt, capacity: 'open' })).statusCode).toBe(409);
    const badArea = await call(t, admin, 'PATCH', `/api/v1/admin/organisations/${welcome}/services/language_course`, { updatedAt: changed.json().updatedAt, areaAgs: ['08226', '00000'] });
    expect(Object.keys(badArea.json().error.fields)).toEqual(['areaAgs.1']);

    const welcomeService = organisation.services.find((item) => item.serviceId === 'welcome_counselling');
    if (!welcomeService) throw new Error('the demo welcome centre offers welcome counselling');
    expect(await responsible('08226096', 'welcome_counselling')).toContain(welcome);
    const deactivated = await call(t, admin, 'POST', `/api/v1/admin/organisations/${welcome}/services/welcome_counselling/deactivate`, { updatedAt: welcomeService.updatedAt });
    expect(deactivated.json()).toMatchObject({ isActive: false });
    expect(await responsible('08226096', 'welcome_counselling')).not.toContain(welcome);
    const actions = (await audits('organisation')).filter((item) => item.subjectId === welcome).map((item) => item.action);
    expect(actions).toEqual(expect.arrayContaining(['service.created', 'service.changed', 'service.deactivated']));
    const reactivated = await call(t, admin, 'POST', `/api/v1/admin/organisations/${welcome}/services/welcome_counselling/reactivate`, { updatedAt: deactivated.json().updatedAt });
    expect(reactivated.json()).toMatchObject({ isActive: true });

    // The demo seed leaves services an administrator changed alone.
    const changedCapacity = (await getOrganisation(welcome)).services.find((item) => item.serviceId === 'welcome_counselling');
    await call(t, admin, 'PATCH', `/api/v1/admin/organisations/${welcome}/services/welcome_counselling`, { updatedAt: changedCapacity?.updatedAt, capacity: 'limited' });
    await seedDemoRegion({ db: t.database.db, clock, config: t.config, actor: null, requestId: null }, { cases: false });
    expect((await getOrganisation(welcome)).services.find((item) => item.serviceId === 'welcome_counselling')).toMatchObject({ capacity: 'limited', isActive: true });
  });

  it('manages cooperation agreements: validation of partners, dates and links; edit; end', async () => {
    const valid = { title: 'Kooperation Anerkennung', topic: 'recognition', partnerIds: [iq, welcome], validFrom: '2026-01-01', validTo: '2027-12-31', documentUrl: 'https://docs.demo.example/kooperation.pdf' };
    const refusals: [Record<string, unknown>, string][] = [
      [{ ...valid, partnerIds: [iq] }, 'partnerIds'],
      [{ ...valid, partnerIds: [iq, iq] }, 'partnerIds'],
      [{ ...valid, partnerIds: [iq, '00000000-0000-4000-8000-000000000000'] }, 'partnerIds.1'],
      [{ ...valid, validTo: '2025-12-31' }, 'validTo'],
      [{ ...valid, validFrom: '2026-02-30' }, 'validFrom'],
      [{ ...valid, documentUrl: 'http://docs.demo.example/k.pdf' }, 'documentUrl'],
      [{ ...valid, topic: 'gossip' }, 'topic'],
      [{ ...valid, title: 'Titel\u0000' }, 'title'],
    ];
    for (const [body, field] of refusals) {
      const response = await call(t, admin, 'POST', '/api/v1/admin/agreements', body);
      expect(response.statusCode, field).toBe(400);
      expect(Object.keys(response.json().error.fields)).toContain(field);
    }
    const created = await call(t, admin, 'POST', '/api/v1/admin/agreements', valid);
    expect(created.statusCode).toBe(201);
    const agreement = created.json() as AdminAgreement;
    expect(agreement.partners.map((partner) => partner.id).sort()).toEqual([iq, welcome].sort());
    expect(agreement.topicName.de).toBe('Anerkennung');

    const tooEarly = await call(t, admin, 'PATCH', `/api/v1/admin/agreements/${agreement.id}`, { updatedAt: agreement.updatedAt, validFrom: '2028-01-01' });
    expect(Object.keys(tooEarly.json().error.fields)).toEqual(['validFrom']);
    const edited = await call(t, admin, 'PATCH', `/api/v1/admin/agreements/${agreement.id}`, { updatedAt: agreement.updatedAt, title: 'Kooperation Anerkennung und Beratung', validTo: null });
    expect(edited.json()).toMatchObject({ title: 'Kooperation Anerkennung und Beratung', validTo: null });
    expect((await call(t, admin, 'PATCH', `/api/v1/admin/agreements/${agreement.id}`, { updatedAt: agreement.updatedAt, title: 'alt' })).statusCode).toBe(409);
    const ended = await call(t, admin, 'POST', `/api/v1/admin/agreements/${agreement.id}/deactivate`, { updatedAt: edited.json().updatedAt });
    expect(ended.json()).toMatchObject({ isActive: false });
    const listed = (await call(t, steering, 'GET', '/api/v1/admin/agreements')).json() as { items: AdminAgreement[] };
    expect(listed.items.find((item) => item.id === agreement.id)).toMatchObject({ isActive: false });
    expect((await audits('agreement')).filter((item) => item.subjectId === agreement.id).map((item) => item.action)).toEqual(['agreement.created', 'agreement.changed', 'agreement.deactivated']);
  });

  it('computes the due date from the recipient’s rule (3 working days) and e-mails its escalation contacts when overdue', async () => {
    await setClock('2026-04-02T10:00:00+02:00');
    const organisation = await getOrganisation(iq);
    const rule = await patchOrganisation(iq, { updatedAt: organisation.updatedAt, referralDueWorkingDays: 3, escalationEmails: ['leitung@iq.demo.example'] });
    expect(rule.json()).toMatchObject({ referralDueWorkingDays: 3, escalationEmails: ['leitung@iq.demo.example'] });
    const entry = (await audits('organisation')).filter((item) => item.subjectId === iq).at(-1);
    expect(entry?.details).toEqual({
      changed: ['referralDueWorkingDays', 'escalationEmails'],
      before: { referralDueWorkingDays: 2, escalationEmails: '(personal data, not recorded)' },
      after: { referralDueWorkingDays: 3, escalationEmails: '(personal data, not recorded)' },
    });
    const caseId = (await createCase(t, navigator)).id;
    const consent = await recordConsent(t, navigator, caseId, { recipientOrganisationIds: [iq] });
    const referral = asReferral(await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id }));
    // Thu 2 April + 3 working days in Baden-Württemberg (Good Friday, Easter Monday off): Thursday 9 April, end of day.
    expect(referral.dueAt).toBe('2026-04-09T22:00:00.000Z');

    await setClock('2026-04-10T00:00:01+02:00');
    await runWorkerRound({ db: t.database.db, clock, config: t.config }, 'w1', null);
    const mails = await sqlRows<{ to_address: string; body: string }>(t.database, sql`SELECT to_address, body FROM email_outbox WHERE to_address = 'leitung@iq.demo.example'`);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body).toContain(referral.caseReference);
  });

  it('deactivates an organisation: gone from the finder, refused as a new recipient, still named in its referrals; reactivates it', async () => {
    const caseId = (await createCase(t, navigator)).id;
    const consent = await recordConsent(t, navigator, caseId, { recipientOrganisationIds: [iq] });
    const referral = asReferral(await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id }));
    expect(await responsible('08226096', 'recognition_counselling')).toContain(iq);

    const organisation = await getOrganisation(iq);
    expect((await call(t, steering, 'POST', `/api/v1/admin/organisations/${iq}/deactivate`, { updatedAt: organisation.updatedAt })).statusCode).toBe(403);
    const deactivated = await call(t, admin, 'POST', `/api/v1/admin/organisations/${iq}/deactivate`, { updatedAt: organisation.updatedAt });
    expect(deactivated.json()).toMatchObject({ isActive: false });
    expect(await responsible('08226096', 'recognition_counselling')).not.toContain(iq);
    const directory = (await call(t, null, 'GET', '/api/v1/organisations')).json() as { items: { id: string }[] };
    expect(directory.items.map((item) => item.id)).not.toContain(iq);
    const offices = (await call(t, null, 'GET', '/api/v1/places/08226096/offices')).json() as { offices: { id: string }[] };
    expect(offices.offices.map((item) => item.id)).not.toContain(iq);
    const refused = await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({ toOrganisationId: 'the organisation is deactivated' });
    const kept = (await call(t, navigator, 'GET', `/api/v1/referrals/${referral.id}`)).json() as Referral;
    expect(kept.to).toMatchObject({ id: iq, name: organisation.name });
    const inactive = (await call(t, admin, 'GET', '/api/v1/admin/organisations?active=false')).json() as { items: { id: string }[] };
    expect(inactive.items.map((item) => item.id)).toContain(iq);
    expect((await audits('organisation')).filter((item) => item.subjectId === iq).at(-1)).toMatchObject({ action: 'organisation.deactivated' });

    const reactivated = await call(t, admin, 'POST', `/api/v1/admin/organisations/${iq}/reactivate`, { updatedAt: deactivated.json().updatedAt });
    expect(reactivated.json()).toMatchObject({ isActive: true });
    expect(await responsible('08226096', 'recognition_counselling')).toContain(iq);
  });

  it('answers 404 for an unknown organisation or agreement and 400 for a malformed id', async () => {
    expect((await call(t, admin, 'GET', '/api/v1/admin/organisations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await call(t, admin, 'GET', '/api/v1/admin/agreements/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect(Object.keys((await call(t, admin, 'GET', '/api/v1/admin/organisations/abc')).json().error.fields)).toEqual(['params.id']);
  });
});
