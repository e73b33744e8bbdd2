import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consent } from '../../src/contract/consents';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds } from '../support/databases';
import { manualClock, organisationId, recordConsent } from '../support/referrals';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

let counter = 0;

/** poppler's tools on a PDF: the text (bidi marks removed, whitespace collapsed) and the embedded fonts. */
function inspect(pdf: Buffer): { text: string; fonts: string; raw: string } {
  const folder = mkdtempSync(join(tmpdir(), 'lotse-consent-pdf-'));
  const file = join(folder, `${(counter += 1)}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .replace(/[\u202a-\u202e\u200e\u200f]/g, '')
    .replace(/[\s\u00a0]+/g, ' ');
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  rmSync(folder, { recursive: true, force: true });
  return { text, fonts, raw: pdf.toString('latin1') };
}

describe.each(databaseKinds())('consent PDFs in the person’s language on %s', (kind) => {
  const clock = manualClock('2026-04-02T10:00:00+02:00');
  let t: TestApp;
  let navigator: SignedInClient;
  let caseId: string;
  let personId: string;
  let iq: string;
  const pdfOf = async (language: string): Promise<{ consent: Consent; pdf: ReturnType<typeof inspect> }> => {
    const consent = await recordConsent(t, navigator, caseId, { recipientOrganisationIds: [iq], language, purposes: ['recognition_counselling', 'residence_permit'], dataCategories: ['identity', 'family'], validUntil: '2026-12-31' });
    const response = await call(t, navigator, 'GET', `/api/v1/consents/${consent.id}/pdf`);
    expect(response.statusCode, response.body).toBe(200);
    return { consent, pdf: inspect(response.rawPayload) };
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    navigator = await t.signIn('navigator@demo.example');
    iq = await organisationId(t, 'iq-rhein-neckar');
    const created = await createCase(t, navigator, { person: personInput({ givenName: 'Olena', familyName: 'Kovalenko' }) });
    caseId = created.id;
    personId = created.person.id;
  });
  afterAll(() => t.close());

  it('prints an Arabic declaration right to left in the Arabic font, readable in logical order', async () => {
    const { consent, pdf } = await pdfOf('ar');
    expect(consent.language).toBe('ar');
    expect(consent.text.title).toBe('الموافقة على مشاركة البيانات الشخصية (Einwilligung)');
    // pdftotext rebuilds the logical order from the glyph positions, so words drawn right to left come
    // out in reading order. (It swaps the two letters of a lam-alef ligature, "الأغراض" → "األغراض":
    // a limitation of its extraction, the drawn text is right; hence words without that ligature here.)
    expect(pdf.text).toContain('مشاركة البيانات الشخصية');
    expect(pdf.text).toContain('المعلومات التي يجوز مشاركتها');
    expect(pdf.text).toContain('المنظمات المتلقية');
    expect(pdf.text).toContain('صالحة حتى');
    expect(pdf.text).toContain('2026-12-31');
    expect(pdf.text).toContain('IQ Beratung Anerkennung Rhein-Neckar');
    expect(pdf.text).toContain('Anerkennung');
    expect(pdf.text.indexOf('الموافقة')).toBeLessThan(pdf.text.indexOf('الشخصية'));
    expect(pdf.fonts).toMatch(/NotoSansArabic-Bold/);
    expect(pdf.fonts).toMatch(/NotoSansArabic-Regular/);
    // Tagged, with the document language and right-to-left reading order for viewers.
    expect(pdf.raw).toMatch(/\/Lang \(ar\)/);
    expect(pdf.raw).toMatch(/\/StructTreeRoot/);
    expect(pdf.raw).toMatch(/\/Direction \/R2L/);
  });

  it('prints Ukrainian, Turkish and French declarations with all their letters', async () => {
    const uk = (await pdfOf('uk')).pdf;
    expect(uk.text).toContain('Згода на передачу персональних даних (Einwilligung)');
    expect(uk.text).toContain('Видача або продовження дозволу на перебування (Aufenthaltstitel)');
    expect(uk.text).toContain('Відомості про членів сім’ї');
    expect(uk.text).toContain('Діє до: 2026-12-31');
    expect(uk.raw).toMatch(/\/Lang \(uk\)/);
    const tr = (await pdfOf('tr')).pdf;
    expect(tr.text).toContain('Kişisel verilerin paylaşılmasına ilişkin rıza beyanı');
    expect(tr.text).toContain('Oturum izninin verilmesi veya uzatılması');
    expect(tr.text).toContain('Aile üyelerine ilişkin bilgiler');
    const fr = (await pdfOf('fr')).pdf;
    expect(fr.text).toContain('Consentement à la transmission de données à caractère personnel');
    expect(fr.text).toContain('Délivrance ou prolongation d’un titre de séjour (Aufenthaltstitel)');
    expect(fr.text).toContain('RGPD');
    for (const pdf of [uk, tr, fr]) expect(pdf.fonts).toMatch(/NotoSans-Regular/);
  });

  it('keeps the German declaration as it was, now in an embedded font', async () => {
    const { pdf } = await pdfOf('de');
    expect(pdf.text).toContain('Einwilligung in die Weitergabe personenbezogener Daten');
    expect(pdf.text).toContain('Beratung zur Anerkennung ausländischer Berufsqualifikationen');
    expect(pdf.text).toContain('Gültig bis: 2026-12-31');
    expect(pdf.raw).toMatch(/\/Lang \(de\)/);
  });

  it('refuses a language outside the six, naming the field', async () => {
    const response = await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/consents`, {
      recipientOrganisationIds: [iq],
      purposes: ['recognition_counselling'],
      dataCategories: ['identity'],
      textVersion: 'consent-text-2026-01',
      language: 'es',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/language/);
  });

  it('prints the data export in the language asked for', async () => {
    const response = await call(t, navigator, 'GET', `/api/v1/cases/${caseId}/persons/${personId}/export?format=pdf&language=uk`);
    expect(response.statusCode, response.body).toBe(200);
    const uk = inspect(response.rawPayload);
    expect(uk.text).toContain('Доступ до ваших даних відповідно до статті 15 GDPR');
    expect(uk.text).toContain('Kovalenko');
    const ar = inspect((await call(t, navigator, 'GET', `/api/v1/cases/${caseId}/persons/${personId}/export?format=pdf&language=ar`)).rawPayload);
    expect(ar.text).toContain('الموافقات');
    expect(ar.raw).toMatch(/\/Lang \(ar\)/);
    expect((await call(t, navigator, 'GET', `/api/v1/cases/${caseId}/persons/${personId}/export?format=pdf&language=xx`)).statusCode).toBe(400);
  });
});
