import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleSetDefinitions, titleMetadata, type Evaluation } from '../../src/domain/pathway/index';
import { renderPathwayReport } from '../../src/server/reports/pathway-report-pdf';
import { typeset, winAnsi } from '../../src/server/reports/report-words';
import { normaliseSpace, pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';

/** A Filipino nurse with a degree, a job offer, two periods of experience and some savings. */
const profile = {
  evaluationDate: '2026-11-22',
  citizenship: 'PHL',
  age: 30,
  qualification: { type: 'academic', obtainedIn: 'abroad', completedOn: '2019-06-30', germanRecognition: 'comparable', isco: '2221' },
  job: { annualGrossSalaryEur: 48_000, contractMonths: null, isco: '2221' },
  experience: [
    { from: '2019-10-01', to: '2022-09-30', isco: '2221' },
    { from: '2023-01-01', to: '2026-06-30', isco: '2221' },
  ],
  german: 'none',
  english: 'B2',
  fundsPerMonthEur: 1200,
};

const offices = [
  { name: 'Ausländerbehörde Stadt Mannheim', kind: { de: 'Ausländerbehörde', en: 'Foreigners authority' }, email: 'auslaenderbehoerde@mannheim.example' },
  { name: 'IQ Beratung Rhein-Neckar', kind: 'IQ-Beratungsstelle' },
];
const permalink = '/wegweiser#p=eyJ2IjoxLCJhIjp7ImNpdGl6ZW5zaGlwIjoiUEhMIn19';
const family = { members: [{ role: 'spouse', age: 32, german: 'none' }, { role: 'child', age: 7, movesWithParent: true }] };

const publicUrl = 'https://lotse.example.org';
/** The PDF's "created on" day: a fixed clock, so header and footer are predictable. */
const clock = { now: () => new Date('2026-12-07T10:00:00Z') };

const isoDate = /\d{4}-\d{2}-\d{2}/;
/** Internal title ids look like `18g_standard`, `20a_fachkraft`, `19c1_westbalkan`. */
const titleIdPattern = /\b\d{2}[a-z]?\d*_[a-z0-9_]+\b/;
/** What the PDF makes of an engine text (typography, words for dates): the comparison form. */
const printed = (text: string, language: 'de' | 'en') => normaliseSpace(winAnsi(typeset(text, language)));

describe('Wegweiser PDF report over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', { config: testConfig({ LOTSE_PUBLIC_URL: `${publicUrl}/` }), clock });
  });
  afterAll(() => t.close());

  // The report is rate-limited per address (30 a minute); each call here comes from its own address.
  let calls = 0;
  const report = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/pathways/report', payload, remoteAddress: `10.0.${Math.floor(calls / 250)}.${(calls++ % 250) + 1}` });
  const evaluate = async () => (await t.app.inject({ method: 'POST', url: '/api/v1/pathways/evaluate', payload: { profile } })).json() as Evaluation;

  it.each(['de', 'en'] as const)('holds answers, every title with all its conditions, points, checklist, family, offices, permalink and legal state (%s)', async (language) => {
    const evaluation = await evaluate();
    const response = await report({ profile, language, family, offices, permalink });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="wegweiser-2026-11-22.pdf"');
    const raw = response.rawPayload.toString('latin1');
    const text = pdfText(response.rawPayload);
    const de = language === 'de';

    // The answers, in words.
    for (const answer of de
      ? ['Staatsangehörigkeit Philippinen', 'Alter 30 Jahre', 'Hochschulabschluss', 'Abgeschlossen am 30. Juni 2019', 'Bruttojahresgehalt 48.000 €', 'unbefristet', '1. Oktober 2019 bis 30. September 2022', '1. Januar 2023 bis 30. Juni 2026', 'Deutschkenntnisse keine Kenntnisse', 'Englischkenntnisse B2', 'Eigene Mittel 1.200 € pro Monat', 'Pflege (Pflegefachkraft)']
      : ['Citizenship Philippines', 'Age 30 years', 'university degree', 'Completed on 30 June 2019', 'Gross annual salary €48,000', 'permanent', '1 October 2019 to 30 September 2022', 'German no knowledge', 'English B2', 'Own means €1,200 per month', 'nursing (registered nurse)']) {
      expect(text).toContain(answer);
    }
    // Codes never show: not the country code, nor the enum values of the answers (English words in en).
    for (const code of de ? ['PHL', 'academic', 'comparable', 'none'] : ['PHL']) expect(text).not.toContain(code);

    // Every title with its name and every condition (status in words and explanation).
    expect(evaluation.titles.length).toBeGreaterThan(5);
    for (const title of evaluation.titles) {
      expect(text).toContain(printed(title.name[language], language));
      for (const condition of title.conditions) {
        const status = { met: de ? 'Erfüllt' : 'Met', not_met: de ? 'Nicht erfüllt' : 'Not met', unknown: de ? 'Offen' : 'Open' }[condition.status];
        expect(text).toContain(`${status}: ${printed(condition.explanation[language], language)}`);
      }
    }
    // The checklist of the open paths (or of those with open questions).
    const open = evaluation.titles.filter((title) => title.outcome === 'eligible');
    const documents = (open.length > 0 ? open : evaluation.titles.filter((title) => title.outcome === 'needs_info')).flatMap((title) => title.documents);
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) expect(text).toContain(printed(document.name[language], language));
    // Chancenkarte: every criterion and the same total as the page.
    for (const item of evaluation.chancenkarte.breakdown) expect(text).toContain(printed(item.label[language], language));
    expect(text).toContain(
      de
        ? `${evaluation.chancenkarte.points} von mindestens ${evaluation.chancenkarte.minimumPoints} nötigen Punkten`
        : `${evaluation.chancenkarte.points} of at least ${evaluation.chancenkarte.minimumPoints} points needed`,
    );

    // Family reunification, offices, permalink (absolute on LOTSE_PUBLIC_URL, as a link).
    expect(text).toContain(de ? 'Familiennachzug' : 'Family reunification');
    expect(text).toContain(de ? 'Ehegattin oder Ehegatte, 32 Jahre' : 'Spouse, 32 years');
    expect(text).toContain(de ? 'Kind, 7 Jahre' : 'Child, 7 years');
    expect(text).toContain(de ? 'Zuständige Stellen' : 'Responsible offices');
    expect(text).toContain(de ? 'Ausländerbehörde Stadt Mannheim (Ausländerbehörde)' : 'Ausländerbehörde Stadt Mannheim (Foreigners authority)');
    expect(text).toContain('IQ Beratung Rhein-Neckar (IQ-Beratungsstelle)');
    expect(text).toContain('auslaenderbehoerde@mannheim.example');
    expect(raw).toContain('/URI (mailto:auslaenderbehoerde@mannheim.example)');
    expect(text.replace(/\s/g, '')).toContain(`${publicUrl}${permalink}`);
    expect(raw).toContain(`/URI (${publicUrl}${permalink})`);

    // Legal state in words: date, the framework's description (not its id), the figures' year.
    const framework = ruleSetDefinitions[0];
    expect(text).toContain(de ? 'Geprüft nach dem Recht am 22. November 2026' : 'Checked under the law in force on 22 November 2026');
    expect(text).toContain(printed(framework?.description[language] ?? '', language));
    expect(text).toContain(de ? 'Beträge und Werte aus dem Jahr 2026' : 'Amounts and figures of the year 2026');
    expect(text).not.toContain(framework?.id ?? 'fkeg');
    // Header and footer, with the creation date in words.
    expect(text).toContain(de ? 'erstellt am 7. Dezember 2026' : 'created on 7 December 2026');
    expect(text).toMatch(de ? /Seite 1 von \d+/ : /Page 1 of \d+/);

    // No code, id or ISO date anywhere.
    expect(text).not.toMatch(isoDate);
    expect(text).not.toMatch(titleIdPattern);
    for (const id of titleMetadata.map((title) => title.id)) expect(text).not.toMatch(new RegExp(`(?:Titel|Title) ${id}\\b`));
    // German typography: quotes, no-break space before € and after §.
    if (de) {
      expect(text).not.toMatch(/"/);
      expect(pdfText(response.rawPayload).length).toBeGreaterThan(0);
    }

    // Tagged PDF: marked, a structure tree, the language, the title shown, artifacts, tagged headings, lists and tables.
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R|\/MarkInfo <</);
    expect(raw).toContain('/Marked true');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain(de ? '/Lang (de-DE)' : '/Lang (en-GB)');
    expect(raw).toContain('/DisplayDocTitle true');
    for (const tag of ['/S /Document', '/S /H1', '/S /H2', '/S /H3', '/S /P', '/S /L', '/S /LI', '/S /LBody', '/S /Table', '/S /TR', '/S /TH', '/S /TD', '/S /Link']) expect(raw).toContain(tag);
  });

  it('keeps no-break spaces where German typography wants them', async () => {
    const response = await report({ profile, language: 'de' });
    const fragments = (await import('../support/pdf-text')).pdfTextFragments(response.rawPayload).join('\n');
    expect(fragments).toMatch(/§\u00a0\d/);
    expect(fragments).toMatch(/\d\u00a0€/);
    expect(fragments).not.toMatch(/§\d/);
  });

  it('leaves out family, offices and permalink when not asked, and prints the path without LOTSE_PUBLIC_URL', async () => {
    const plain = pdfText((await report({ profile })).rawPayload);
    expect(plain).toContain('Ihre Angaben');
    for (const absent of ['Familiennachzug', 'Zuständige Stellen', 'Link zu diesem Ergebnis']) expect(plain).not.toContain(absent);

    const local = await createTestApp('pglite', { clock });
    try {
      const response = await local.app.inject({ method: 'POST', url: '/api/v1/pathways/report', payload: { profile, permalink } });
      expect(response.statusCode).toBe(200);
      const text = pdfText(response.rawPayload).replace(/\s/g, '');
      expect(text).toContain(permalink);
      expect(text).not.toContain(`${publicUrl}${permalink}`);
    } finally {
      await local.close();
    }
  });

  it('says so when family reunification has no open path to rest on', async () => {
    const noPath = { ...profile, job: null, qualification: { type: 'none' }, fundsPerMonthEur: 0 };
    const text = pdfText((await report({ profile: noPath, family })).rawPayload);
    expect(text).toContain('Der Familiennachzug lässt sich erst prüfen, wenn ein Weg für Sie offen ist.');
  });

  it('evaluates family reunification for a title and first issue date given', async () => {
    const response = await report({ profile, family: { sponsor: { titleId: '18b', firstIssuedOn: '2025-03-01' }, members: [{ role: 'parent', age: 66, healthInsurance: true }] } });
    expect(response.statusCode).toBe(200);
    const text = pdfText(response.rawPayload);
    expect(text).toContain('mit dem Titel „Fachkraft mit akademischer Ausbildung“, erstmals erteilt am 1. März 2025');
    expect(text).toContain('Elternteil, 66 Jahre');
    expect(text).not.toMatch(isoDate);
  });

  it.each([
    ['offices', { offices: Array.from({ length: 13 }, (_, index) => ({ name: `Stelle ${index}`, kind: 'Ausländerbehörde' })) }],
    ['offices.0.name', { offices: [{ name: 'Amt\u0007', kind: 'Ausländerbehörde' }] }],
    ['offices.0.name', { offices: [{ name: 'x'.repeat(201), kind: 'Ausländerbehörde' }] }],
    ['offices.0.kind', { offices: [{ name: 'Amt', kind: { de: 'Ausländerbehörde' } }] }],
    ['offices.0.email', { offices: [{ name: 'Amt', kind: 'Ausländerbehörde', email: 'not an address' }] }],
    ['offices.0.website', { offices: [{ name: 'Amt', kind: 'Ausländerbehörde', website: 'https://evil.example' }] }],
    ['permalink', { permalink: 'https://evil.example/wegweiser' }],
    ['permalink', { permalink: '//evil.example/wegweiser' }],
    ['permalink', { permalink: '/wegweiser//evil.example' }],
    ['permalink', { permalink: 'javascript:alert(1)' }],
    ['permalink', { permalink: '/wegweiser#p=a\nb' }],
    ['permalink', { permalink: '/wegweiser#p=a\u0000b' }],
    ['permalink', { permalink: '/wegweiser\\evil' }],
    ['permalink', { permalink: '/cases/1' }],
    ['permalink', { permalink: `/wegweiser#p=${'a'.repeat(4000)}` }],
    ['family.members', { family: { members: [] } }],
    ['family.members.0.age', { family: { members: [{ role: 'spouse', age: 150 }] } }],
    ['family.evaluationDate', { family: { evaluationDate: '2026-11-22', members: [{ role: 'spouse', age: 30 }] } }],
    ['family.sponsor.titleId', { family: { sponsor: { titleId: '30_spouse' }, members: [{ role: 'spouse', age: 30 }] } }],
    ['family.sponsor.annualGrossSalaryEur', { family: { sponsor: { annualGrossSalaryEur: 1 }, members: [{ role: 'spouse', age: 30 }] } }],
  ])('refuses a bad body with 400 naming %s', async (field, extra) => {
    const response = await report({ profile, ...extra });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)).toContain(field);
  });

  it('accepts a permalink at the maximum length', async () => {
    const longest = `/wegweiser#p=${'a'.repeat(4000 - '/wegweiser#p='.length)}`;
    expect((await report({ profile, permalink: longest })).statusCode).toBe(200);
  });
});

describe('Wegweiser PDF report: notices of the evaluation', () => {
  it('prints any notice of the evaluation prominently, and ignores malformed ones', async () => {
    const { evaluateProfile } = await import('../../src/domain/pathway/index');
    const result = evaluateProfile(profile as never, { today: '2026-11-22' });
    if (!result.ok) throw new Error('profile not evaluable');
    const evaluation = {
      ...result.value,
      notices: [
        { code: 'YEAR_FIGURES_MISSING', year: 2027, text: { de: 'Die Beträge für 2027 sind noch nicht eingetragen.', en: 'The amounts for 2027 have not been entered yet.' } },
        { code: 'BROKEN', text: 'no pair' },
        null,
      ],
    } as Evaluation;
    for (const language of ['de', 'en'] as const) {
      const pdf = await renderPathwayReport({ evaluation, profile: profile as never, language, createdOn: '2026-12-07' });
      const text = pdfText(pdf);
      expect(text).toContain(language === 'de' ? 'Hinweis: Die Beträge für 2027 sind noch nicht eingetragen.' : 'Notice: The amounts for 2027 have not been entered yet.');
      expect(text).toContain(language === 'de' ? 'Die Werte für 2027 sind noch nicht eingetragen.' : 'The figures for 2027 have not been entered yet.');
      expect(text).not.toContain(language === 'de' ? 'Beträge und Werte aus dem Jahr' : 'Amounts and figures of the year');
      expect(text).not.toContain('no pair');
    }
  });
});
