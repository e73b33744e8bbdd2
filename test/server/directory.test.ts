import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryResponse, OrganisationProfile } from '../../src/contract/directory';
import { systemClock } from '../../src/server/clock';
import { seedDemoRegion } from '../../src/server/commands/seed-demo-region';
import { organisations } from '../../src/server/db/schema/index';
import { call, createCase } from '../support/cases';
import { databaseKinds } from '../support/databases';
import { asReferral, organisationId, recordConsent, sendReferral } from '../support/referrals';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('the directory on %s', (kind) => {
  let t: TestApp;
  let iq: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    iq = await organisationId(t, 'iq-rhein-neckar');
  });
  afterAll(() => t.close());

  const list = async (query: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/organisations${query ? `?${query}` : ''}` });
    expect(response.statusCode, `${query}: ${response.body}`).toBe(200);
    return response.json() as DirectoryResponse;
  };
  const profile = async (id: string, client: SignedInClient | null = null) => {
    const response = await call(t, client, 'GET', `/api/v1/organisations/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as OrganisationProfile;
  };

  it('lists every active organisation with its place, position and services in words', async () => {
    const all = await list('');
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThan(30);
    const iqEntry = all.items.find((item) => item.id === iq);
    expect(iqEntry).toMatchObject({ slug: 'iq-rhein-neckar', kind: 'iq', locality: 'Mannheim', postcode: '68159', localityAgs: '08222000' });
    expect(iqEntry?.kindName.de).toBe('IQ-Beratung zur Anerkennung');
    expect(iqEntry?.services).toEqual([{ id: 'recognition_counselling', name: { de: 'Anerkennungsberatung', en: 'Recognition counselling' } }]);
    expect(all.items.every((item) => item.position !== null && item.locality !== null)).toBe(true);
  });

  it('finds recognition counselling in Weinheim: the IQ office, and nothing that does not offer it', async () => {
    const found = await list('service=recognition_counselling&ags=08226096');
    expect(found.items.map((item) => item.slug)).toEqual(['iq-rhein-neckar']);
    // A service with its own narrower area: the Sprachschule offers courses in Mannheim and Heidelberg only.
    expect((await list('service=language_course&ags=08222000')).items.map((item) => item.slug)).toEqual(['sprachschule-neckar']);
    expect((await list('service=language_course&ags=08226096')).items).toEqual([]);
  });

  it('filters by place: the town’s own office and the district’s, plus nationwide offers; outside the region only nationwide ones', async () => {
    const weinheim = await list('ags=08226096&kind=abh');
    expect(weinheim.items.map((item) => item.slug).sort()).toEqual(['abh-rhein-neckar-kreis', 'abh-weinheim']);
    const everyone = await list('ags=08226096');
    expect(everyone.items.some((item) => item.isNationwide)).toBe(true);
    expect(everyone.items.some((item) => item.slug === 'abh-mannheim')).toBe(false);
    const berlin = await list('ags=11000000');
    expect(berlin.items.length).toBeGreaterThan(0);
    expect(berlin.items.every((item) => item.isNationwide)).toBe(true);
  });

  it('filters by name (case-insensitive, wildcards taken literally), by language and by kind', async () => {
    expect((await list('q=iq%20beratung')).items.map((item) => item.slug)).toEqual(['iq-rhein-neckar']);
    expect((await list('q=ZSBA')).items.map((item) => item.slug)).toEqual(['zsba']);
    expect((await list(`q=${encodeURIComponent('%')}`)).items).toEqual([]);
    expect((await list(`q=${encodeURIComponent('_')}`)).items).toEqual([]);
    const arabic = await list('language=ar');
    expect(arabic.items.map((item) => item.slug).sort()).toEqual(['iq-rhein-neckar', 'mbe-mannheim', 'verein-brueckenbauer']);
    expect((await list('language=ar&service=migrant_counselling')).items.map((item) => item.slug)).toEqual(['verein-brueckenbauer']);
    const chambers = await list('kind=chamber');
    expect(chambers.items.length).toBeGreaterThan(0);
    expect(chambers.items.every((item) => item.kind === 'chamber')).toBe(true);
  });

  it('leaves deactivated organisations out of the list and the public page', async () => {
    const rheinbruecke = await organisationId(t, 'employer-rheinbruecke');
    await t.database.db.update(organisations).set({ isActive: false }).where(eq(organisations.id, rheinbruecke));
    try {
      expect((await list('')).items.some((item) => item.id === rheinbruecke)).toBe(false);
      expect((await call(t, null, 'GET', `/api/v1/organisations/${rheinbruecke}`)).statusCode).toBe(404);
      const admin = await t.signIn('admin@demo.example');
      expect((await profile(rheinbruecke, admin)).isActive).toBe(false);
    } finally {
      await t.database.db.update(organisations).set({ isActive: true }).where(eq(organisations.id, rheinbruecke));
    }
  });

  it('shows the public organisation page without internal contact or statistics', async () => {
    const page = await profile(iq);
    expect(page).toMatchObject({
      name: 'IQ Beratung Anerkennung Rhein-Neckar',
      kind: 'iq',
      land: { code: 'BW', name: { de: 'Baden-Württemberg' } },
      address: { postcode: '68159', locality: 'Mannheim', localityAgs: '08222000' },
      email: 'anerkennung@iq-rhein-neckar.demo.example',
      staff: null,
    });
    expect(page.position?.latitude).toBeCloseTo(49.49, 1);
    expect(page.areas).toContainEqual({ ags: '08226', level: 'district', name: { de: 'Rhein-Neckar-Kreis', en: 'Rhein-Neckar-Kreis (district)' } });
    expect(page.areas).toContainEqual({ ags: '08222000', level: 'municipality', name: { de: 'Mannheim', en: 'Mannheim' } });
    expect(page.contactChannels.map((channel) => channel.kind)).toEqual(['email', 'video']);
    const [service] = page.services;
    expect(service).toMatchObject({ id: 'recognition_counselling', name: { de: 'Anerkennungsberatung' }, capacity: 'limited', capacityName: { de: 'Eingeschränkt aufnahmefähig' } });
    expect(service?.capacityUpdatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(page)).not.toContain('Dana Beispiel');
    // Signed in but not staff: still the public page.
    const applicant = await t.signIn('applicant@demo.example');
    expect((await profile(iq, applicant)).staff).toBeNull();
  });

  it('shows staff the internal contact and the referral figures, counts from 1 to 4 suppressed', async () => {
    const navigator = await t.signIn('navigator@demo.example');
    const partner = await t.signIn('partner@demo.example');
    const before = await profile(iq, navigator);
    expect(before.staff?.internalContact).toMatchObject({ name: 'Dana Beispiel', email: 'koordination@iq-rhein-neckar.demo.example' });
    expect(before.staff?.referrals.received).toEqual({ value: 0, suppressed: false });

    const caseId = (await createCase(t, navigator)).id;
    const consent = await recordConsent(t, navigator, caseId, { recipientOrganisationIds: [iq] });
    const sent = [];
    for (let index = 1; index <= 3; index += 1) {
      const response = await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id, message: `Anfrage ${index}` });
      expect(response.statusCode, response.body).toBe(201);
      sent.push(asReferral(response));
    }
    const first = sent[0]!;
    expect((await call(t, partner, 'POST', `/api/v1/referrals/${first.id}/accept`, {})).statusCode).toBe(200);
    expect((await call(t, partner, 'POST', `/api/v1/referrals/${first.id}/answer`, { answer: 'Termin vereinbart.' })).statusCode).toBe(200);

    const few = (await profile(iq, navigator)).staff?.referrals;
    expect(few?.received).toEqual({ value: null, suppressed: true });
    expect(few?.answeredOnTime).toEqual({ value: null, suppressed: true });
    expect(few?.sent).toEqual({ value: 0, suppressed: false });
    expect(few?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    for (let index = 4; index <= 5; index += 1) {
      expect((await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id, message: `Anfrage ${index}` })).statusCode).toBe(201);
    }
    expect((await profile(iq, navigator)).staff?.referrals.received).toEqual({ value: 5, suppressed: false });
    const welcomeCenter = await organisationId(t, 'welcome-center');
    expect((await profile(welcomeCenter, partner)).staff?.referrals.sent).toEqual({ value: 5, suppressed: false });
  });

  it('refuses bad input with 400 naming the field, and an unknown id with 404', async () => {
    for (const [query, field] of [
      ['service=haircut', 'query.service'],
      ['ags=12x', 'query.ags'],
      ['language=Arabisch', 'query.language'],
      ['kind=castle', 'query.kind'],
      [`q=${encodeURIComponent('Mann\u0007heim')}`, 'query.q'],
      [`q=${'x'.repeat(101)}`, 'query.q'],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/organisations?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(Object.keys((response.json() as { error: { fields: Record<string, string> } }).error.fields), query).toContain(field);
    }
    const malformed = await t.app.inject({ method: 'GET', url: '/api/v1/organisations/not-an-id' });
    expect(malformed.statusCode).toBe(400);
    expect(Object.keys((malformed.json() as { error: { fields: Record<string, string> } }).error.fields)).toContain('params.id');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/organisations/00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(404);
  });

  it('keeps an organisation an administrator edited when the demo seed runs again, and restores the others', async () => {
    const db = t.database.db;
    const weinheim = await organisationId(t, 'abh-weinheim');
    await db.update(organisations).set({ locality: 'Heidelberg', postcode: '69117', editedAt: new Date() }).where(eq(organisations.id, iq));
    await db.update(organisations).set({ locality: 'Irgendwo', latitude: 0 }).where(eq(organisations.id, weinheim));
    try {
      await seedDemoRegion({ db, clock: systemClock, config: t.config, actor: null, requestId: null }, { cases: false });
      expect((await profile(iq)).address).toMatchObject({ locality: 'Heidelberg', postcode: '69117' });
      const restored = await profile(weinheim);
      expect(restored.address).toMatchObject({ locality: 'Weinheim', postcode: '69469', localityAgs: '08226096' });
      expect(restored.position?.latitude).toBeCloseTo(49.55, 1);
    } finally {
      await db.update(organisations).set({ locality: 'Mannheim', postcode: '68159', editedAt: null }).where(eq(organisations.id, iq));
    }
  });
});
