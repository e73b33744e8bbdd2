import { describe, expect, it } from 'vitest';
import { consentCoverage, consentStateAt, type ConsentForCoverage } from './coverage';
import { consentTextVersions, findConsentTextVersion, isUsableConsentTextVersion, renderConsentText } from './consent-texts';

const iq = '00000000-0000-4000-8000-000000000001';
const abh = '00000000-0000-4000-8000-000000000002';
const consent: ConsentForCoverage = {
  id: 'c1',
  purposes: ['recognition_counselling'],
  recipientOrganisationIds: [iq],
  dataCategories: ['identity', 'qualification'],
  givenAt: new Date('2026-04-01T08:00:00Z'),
  validUntil: new Date('2026-10-01T00:00:00Z'),
  withdrawnAt: null,
};
const at = new Date('2026-04-02T08:00:00Z');

describe('consent state', () => {
  it('is valid between giving and the end of validity, withdrawn from the instant of withdrawal', () => {
    expect(consentStateAt(consent, at)).toBe('valid');
    expect(consentStateAt(consent, new Date('2026-03-31T00:00:00Z'))).toBe('not_yet_given');
    expect(consentStateAt(consent, new Date('2026-10-01T00:00:00Z'))).toBe('expired');
    expect(consentStateAt(consent, new Date('2026-09-30T23:59:59Z'))).toBe('valid');
    const withdrawn = { ...consent, withdrawnAt: new Date('2026-04-02T08:00:00Z') };
    expect(consentStateAt(withdrawn, new Date('2026-04-02T07:59:59.999Z'))).toBe('valid');
    expect(consentStateAt(withdrawn, new Date('2026-04-02T08:00:00Z'))).toBe('withdrawn');
    // Withdrawn and later expired: the person's act is what is reported.
    expect(consentStateAt(withdrawn, new Date('2027-01-01T00:00:00Z'))).toBe('withdrawn');
    expect(consentStateAt({ ...consent, validUntil: null }, new Date('2099-01-01T00:00:00Z'))).toBe('valid');
  });
});

describe('consent coverage', () => {
  it('covers the named recipient for the named purpose and only the consented categories', () => {
    expect(consentCoverage(consent, { recipientOrganisationId: iq, purpose: 'recognition_counselling', at })).toEqual({
      covered: true,
      consentId: 'c1',
      categories: ['identity', 'qualification'],
    });
    expect(
      consentCoverage(consent, { recipientOrganisationId: iq, purpose: 'recognition_counselling', categories: ['identity', 'contact', 'documents'], at }),
    ).toEqual({ covered: true, consentId: 'c1', categories: ['identity'] });
  });

  it.each([
    [{ recipientOrganisationId: abh, purpose: 'recognition_counselling' as const, at }, 'recipient_not_covered'],
    [{ recipientOrganisationId: iq, purpose: 'job_matching' as const, at }, 'purpose_not_covered'],
    [{ recipientOrganisationId: iq, purpose: 'recognition_counselling' as const, categories: ['family' as const], at }, 'no_category'],
    [{ recipientOrganisationId: iq, purpose: 'recognition_counselling' as const, at: new Date('2026-10-02T00:00:00Z') }, 'expired'],
  ])('refuses %j: %s', (request, reason) => {
    expect(consentCoverage(consent, request)).toEqual({ covered: false, consentId: 'c1', reason });
  });

  it('refuses everything once withdrawn, even what was covered a moment before', () => {
    const withdrawn = { ...consent, withdrawnAt: at };
    expect(consentCoverage(withdrawn, { recipientOrganisationId: iq, purpose: 'recognition_counselling', at })).toMatchObject({ covered: false, reason: 'withdrawn' });
  });
});

describe('consent texts', () => {
  it('has complete German and English wording for every version and renders the choices', () => {
    for (const version of consentTextVersions) {
      for (const language of ['de', 'en'] as const) {
        for (const value of Object.values(version.text[language])) expect(value.length).toBeGreaterThan(5);
      }
    }
    const version = findConsentTextVersion('consent-text-2026-01');
    if (!version) throw new Error('missing version');
    expect(isUsableConsentTextVersion(version, '2026-04-02')).toBe(true);
    expect(isUsableConsentTextVersion(version, '2025-12-31')).toBe(false);
    const rendered = renderConsentText(version, 'de', { recipients: ['IQ Beratung'], purposes: ['recognition_counselling'], categories: ['identity'], validUntil: '2026-12-31' });
    const lines = rendered.paragraphs.flatMap((paragraph) => paragraph.lines);
    expect(lines).toContain('IQ Beratung');
    expect(lines).toContain('Beratung zur Anerkennung ausländischer Berufsqualifikationen');
    expect(lines).toContain('Gültig bis: 2026-12-31');
    expect(lines.join(' ')).toContain('Art. 6(1)(a)');
  });
});
