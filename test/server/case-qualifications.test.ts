import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/contract/cases';
import type { CaseQualification, CaseQualifications, Occupation } from '../../src/contract/qualifications';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

type AuditEntry = { action: string; subject_id: string | null; purpose: string | null; details: Record<string, unknown> };

const partial = {
  qualificationType: 'vocational',
  country: 'PHL',
  occupationKldb: '81302',
  outcome: 'partial',
  decidedOn: '2026-03-03',
  bodyName: 'Landesamt für Soziales, Jugend und Versorgung (Test)',
  fileNumber: 'AZ 12/345',
};

describe.each(databaseKinds())('recognised qualifications on %s', (kind) => {
  let t: TestApp;
  let mannheim: SignedInClient;
  let ludwigshafen: SignedInClient;
  let theCase: Case;
  let spouseId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    mannheim = await t.signIn('caseworker@demo.example');
    ludwigshafen = await t.signIn('caseworker.lu@demo.example');
    theCase = await createCase(t, mannheim, { person: personInput({ givenName: 'Maricel', familyName: 'Bautista', citizenship: 'PHL' }) });
    const spouse = await call(t, mannheim, 'POST', `/api/v1/cases/${theCase.id}/members`, { relation: 'spouse', ...personInput({ givenName: 'Ramon', familyName: 'Bautista' }) });
    spouseId = (spouse.json() as { id: string }).id;
  });
  afterAll(() => t.close());

  const url = (personId: string) => `/api/v1/cases/${theCase.id}/persons/${personId}/qualification`;
  const audit = () => sqlRows<AuditEntry>(t.database, sql`SELECT action, subject_id, purpose, details FROM audit_log ORDER BY id`);

  it('finds reference occupations by German or English name, with or without umlauts, and by code', async () => {
    const search = async (q: string) => ((await call(t, mannheim, 'GET', `/api/v1/occupations?q=${encodeURIComponent(q)}`)).json() as { items: Occupation[] }).items;
    const pflege = await search('Pflege');
    expect(pflege.map((item) => item.kldb)).toContain('81302');
    expect(pflege.find((item) => item.kldb === '81302')).toEqual({
      kldb: '81302',
      isco: '3221',
      de: 'Berufe in der Gesundheits- und Krankenpflege (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten',
      en: 'Occupations in nursing (without specialisation)-skilled tasks',
    });
    expect((await search('nursing skilled')).map((item) => item.kldb)).toContain('81302');
    expect((await search('Arzte')).length).toBeGreaterThan(0);
    expect(await search('Aerzte')).toEqual(await search('Ärzte'));
    expect((await search('81302')).map((item) => item.kldb)).toEqual(['81302']);
    const tooShort = await call(t, mannheim, 'GET', '/api/v1/occupations?q=P');
    expect(tooShort.statusCode).toBe(400);
    expect(Object.keys(tooShort.json().error.fields)).toEqual(['query.q']);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/occupations?q=Pflege' })).statusCode).toBe(401);
  });

  it('records a partial recognition, reads it back for every person, and puts it in the timeline and audit log in codes only', async () => {
    const saved = await call(t, mannheim, 'PUT', url(theCase.person.id), partial);
    expect(saved.statusCode).toBe(200);
    const body = saved.json() as CaseQualification;
    expect(body).toMatchObject({
      personId: theCase.person.id,
      qualificationType: 'vocational',
      country: 'PHL',
      occupation: { kldb: '81302', isco: '3221' },
      outcome: 'partial',
      decidedOn: '2026-03-03',
      body: { organisationId: null, name: partial.bodyName },
      fileNumber: 'AZ 12/345',
      updatedBy: { id: mannheim.userId },
    });

    const read = (await call(t, mannheim, 'GET', `/api/v1/cases/${theCase.id}/qualifications`)).json() as CaseQualifications;
    expect(read.items.map((item) => item.personId)).toEqual([theCase.person.id]);
    expect(read.bodies.map((item) => item.kind)).toEqual(expect.arrayContaining(['recognition_body', 'chamber']));

    const detail = (await call(t, mannheim, 'GET', `/api/v1/cases/${theCase.id}`)).json() as Case;
    expect(detail.timeline[0]).toMatchObject({ type: 'qualification_outcome_recorded', data: { personId: theCase.person.id, outcome: 'partial', from: null, kldb: '81302' } });

    const entries = await audit();
    const change = entries.find((entry) => entry.action === 'case.qualification_outcome_recorded');
    expect(change).toMatchObject({ subject_id: theCase.id, purpose: 'case_management' });
    expect(JSON.stringify(change?.details)).not.toContain('AZ 12/345');
    expect(JSON.stringify(change?.details)).not.toContain('Landesamt');
    expect(entries.some((entry) => entry.action === 'case.qualifications_read' && entry.subject_id === theCase.id)).toBe(true);
  });

  it('records the spouse’s qualification with a body of the directory, and a change of details without a new outcome', async () => {
    const { bodies } = (await call(t, mannheim, 'GET', `/api/v1/cases/${theCase.id}/qualifications`)).json() as CaseQualifications;
    const body = bodies.find((item) => item.kind === 'recognition_body');
    if (!body) throw new Error('no recognition body in the demo directory');
    const pending = await call(t, mannheim, 'PUT', url(spouseId), { qualificationType: 'academic', country: 'PHL', outcome: 'pending', bodyOrganisationId: body.id });
    expect(pending.statusCode).toBe(200);
    expect((pending.json() as CaseQualification).body).toEqual({ organisationId: body.id, name: body.name });
    const again = await call(t, mannheim, 'PUT', url(spouseId), { qualificationType: 'academic', country: 'PHL', outcome: 'pending', bodyOrganisationId: body.id, fileNumber: 'B-7' });
    expect(again.statusCode).toBe(200);
    const detail = (await call(t, mannheim, 'GET', `/api/v1/cases/${theCase.id}`)).json() as Case;
    expect(detail.timeline[0]).toMatchObject({ type: 'qualification_changed' });
    const read = (await call(t, mannheim, 'GET', `/api/v1/cases/${theCase.id}/qualifications`)).json() as CaseQualifications;
    expect(read.items.map((item) => item.personId).sort()).toEqual([theCase.person.id, spouseId].sort());
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const cases: [object, string][] = [
      [{ ...partial, outcome: 'maybe' }, 'outcome'],
      [{ ...partial, country: 'XYZ' }, 'country'],
      [{ ...partial, occupationKldb: '1234' }, 'occupationKldb'],
      [{ ...partial, occupationKldb: '99999' }, 'occupationKldb'],
      [{ ...partial, decidedOn: undefined }, 'decidedOn'],
      [{ ...partial, decidedOn: '2099-01-01' }, 'decidedOn'],
      [{ ...partial, decidedOn: '3. März' }, 'decidedOn'],
      [{ ...partial, bodyOrganisationId: theCase.ownerOrganisation.id, bodyName: undefined }, 'bodyOrganisationId'],
      [{ ...partial, bodyOrganisationId: theCase.ownerOrganisation.id }, 'bodyName'],
      [{ ...partial, qualificationType: 'school' }, 'qualificationType'],
      [{ ...partial, extra: 1 }, ''],
    ];
    for (const [payload, field] of cases) {
      const response = await call(t, mannheim, 'PUT', url(theCase.person.id), payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      if (field) expect(Object.keys(response.json().error.fields ?? {}), JSON.stringify(payload)).toContain(field);
    }
    const read = (await call(t, mannheim, 'GET', `/api/v1/cases/${theCase.id}/qualifications`)).json() as CaseQualifications;
    expect(read.items.find((item) => item.personId === theCase.person.id)).toMatchObject({ outcome: 'partial', country: 'PHL' });
  });

  it('clears the file number when the person is erased, and keeps the codes for the figures', async () => {
    const erased = await call(t, mannheim, 'POST', `/api/v1/cases/${theCase.id}/persons/${spouseId}/erase`);
    expect(erased.statusCode, erased.body).toBe(200);
    const [row] = await sqlRows<{ file_number: string | null; outcome: string; country: string | null }>(
      t.database,
      sql`SELECT file_number, outcome, country FROM case_qualifications WHERE person_id = ${spouseId}`,
    );
    expect(row).toEqual({ file_number: null, outcome: 'pending', country: 'PHL' });
  });

  it('answers 404 for a case of another authority, a person of another case, or no such case', async () => {
    expect((await call(t, ludwigshafen, 'GET', `/api/v1/cases/${theCase.id}/qualifications`)).statusCode).toBe(404);
    expect((await call(t, ludwigshafen, 'PUT', url(theCase.person.id), partial)).statusCode).toBe(404);
    const other = await createCase(t, mannheim, { person: personInput({ givenName: 'Other', familyName: 'Person' }) });
    expect((await call(t, mannheim, 'PUT', `/api/v1/cases/${theCase.id}/persons/${other.person.id}/qualification`, partial)).statusCode).toBe(404);
    expect((await call(t, mannheim, 'GET', '/api/v1/cases/00000000-0000-4000-8000-000000000000/qualifications')).statusCode).toBe(404);
    const admin = await t.signIn('admin@demo.example');
    expect((await call(t, admin, 'GET', `/api/v1/cases/${theCase.id}/qualifications`)).statusCode).toBe(404);
  });
});
