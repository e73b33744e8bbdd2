import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src/contract/search';
import { upsertSearchEntry } from '../../src/server/db/repositories/search-index.repository';
import { databaseKinds } from '../support/databases';
import { search } from '../support/knowledge';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

type Result = SearchResponse['results'][number];

describe.each(databaseKinds())('knowledge search on %s', (kind) => {
  let t: TestApp;
  let caseworker: SignedInClient;
  let seededIds: Map<string, string>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    caseworker = await t.signIn('caseworker@demo.example');
    const editor = await t.signIn('editor@demo.example');
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/articles?pageSize=100', headers: editor.headers })).json() as { items: { id: string; slug: string }[] };
    seededIds = new Map(list.items.map((item) => [item.slug, item.id]));
    await upsertSearchEntry(t.database.db, {
      kind: 'course',
      refId: 'kurs-test-suche',
      language: 'de',
      title: 'Kurs Sonderverfahren Quokka',
      summary: 'Nur für angemeldete Personen.',
      body: 'Die Quokka-Lektion erklärt das Verfahren.',
      topics: ['verfahren'],
      legalRefs: ['§ 81a AufenthG'],
      path: '/lernen/kurse/kurs-test-suche',
      visibility: 'signed_in',
    });
    await upsertSearchEntry(t.database.db, {
      kind: 'article',
      refId: 'english-entry',
      language: 'en',
      title: 'Recognition of foreign qualifications',
      summary: 'How professional qualifications are recognised in Germany.',
      body: 'The recognising bodies compare 5 < 7 & "A > B" <script>alert(1)</script> the training.',
      topics: ['anerkennung'],
      legalRefs: ['§ 4 BQFG'],
      path: '/wissen/artikel/english-entry',
      visibility: 'public',
    });
  });
  afterAll(() => t.close());

  const results = async (query: Record<string, string>, client: SignedInClient | null = caseworker) => {
    const response = await search(t, client, query);
    expect(response.statusCode).toBe(200);
    return response.json() as SearchResponse;
  };

  it.each([
    ['Anerkennungen', 'anerkennung-grundlagen'],
    ['Blaue Karten', 'blaue-karte-eu'],
    ['Gehaltsgrenzen', 'blaue-karte-eu-abgesenkte-gehaltsgrenze'],
  ])('finds the seed articles by the inflected form %s with highlighted snippets', async (q, slug) => {
    const { results: found } = await results({ q });
    const ids = found.map((result) => result.id);
    expect(ids).toContain(seededIds.get(slug));
    expect(ids.indexOf(seededIds.get(slug)!)).toBeLessThan(5);
    for (const result of found.slice(0, 3)) expect(result.snippet).toMatch(/<mark>[^<]+<\/mark>/);
  });

  it('marks a match deep in a long body in the snippet cut around it', async () => {
    const filler = 'Dieser Absatz beschreibt allgemeine Abläufe der Beratung ohne besonderen Bezug. '.repeat(40);
    await upsertSearchEntry(t.database.db, {
      kind: 'article',
      refId: 'long-body-entry',
      language: 'de',
      title: 'Ein langer Leitfaden',
      summary: 'Allgemeine Hinweise.',
      body: `${filler}Zuletzt prüft die Behörde die Gebührenübersicht der Straßenverkehrsämter genau. ${filler}`,
      topics: [],
      legalRefs: [],
      path: '/wissen/artikel/long-body-entry',
      visibility: 'public',
    });
    for (const q of ['Gebührenübersichten', 'Straßenverkehrsamt']) {
      const found = (await results({ q })).results.find((result) => result.id === 'long-body-entry');
      expect(found?.snippet, q).toMatch(/<mark>(Gebührenübersicht|Straßenverkehrsämter)<\/mark>/);
    }
  });

  it('ranks a title match above a body match', async () => {
    const { results: found } = await results({ q: 'Westbalkanregelung' });
    expect(found[0]?.id).toBe(seededIds.get('westbalkanregelung'));
  });

  it('matches the last word as a prefix while typing', async () => {
    const typing = await results({ q: 'Chancenk' });
    expect(typing.results.map((r) => r.id)).toContain(seededIds.get('chancenkarte'));
  });

  it('tolerates typos by searching the nearest known words', async () => {
    // A dropped letter late in a word is caught by stemming and the prefix match already.
    expect((await results({ q: 'Anerkenung' })).results.map((r) => r.id)).toContain(seededIds.get('anerkennung-grundlagen'));
    const typo = await results({ q: 'Chancenkrte' });
    expect(typo.correctedQuery).toBe('chancenkarte');
    expect(typo.results.map((r) => r.id)).toContain(seededIds.get('chancenkarte'));
    expect(typo.results[0]?.snippet).toContain('<mark>');
    const westbalkan = await results({ q: 'Westbalkn' });
    expect(westbalkan.correctedQuery).toMatch(/^westbalkan/);
    expect(westbalkan.results.length).toBeGreaterThan(0);
  });

  it('searches English entries with the english configuration', async () => {
    const english = await results({ q: 'recognised qualification' });
    expect(english.results.map((r) => r.id)).toContain('english-entry');
  });

  it('escapes everything in a snippet except the <mark> highlights', async () => {
    const { results: found } = await results({ q: 'bodies compare' });
    const entry = found.find((r) => r.id === 'english-entry');
    // ts_headline itself drops tags; every other markup character arrives escaped.
    expect(entry?.snippet).toContain('5 &lt; 7 &amp; &quot;A &gt; B&quot;');
    expect(entry?.snippet).not.toContain('script>');
    expect(entry?.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('filters by type, topic and legal reference', async () => {
    const westbalkan = await results({ q: 'Beschäftigung', topic: 'westbalkan' });
    expect(westbalkan.results.length).toBeGreaterThan(0);
    expect(westbalkan.results.every((r) => r.topics.includes('westbalkan'))).toBe(true);
    const procedure = await results({ q: 'Verfahren', law: 'AufenthG', section: '81a' });
    expect(procedure.results.length).toBeGreaterThan(0);
    expect(procedure.results.every((r) => r.legalRefs.some((ref) => /81a/.test(ref)))).toBe(true);
    const courses = await results({ q: 'Quokka', type: 'course' });
    expect(courses.results.map((r) => [r.type, r.id])).toEqual([['course', 'kurs-test-suche']]);
    expect((await results({ q: 'Quokka', type: 'article' })).results).toEqual([]);
  });

  it('shows signed-out people only public entries', async () => {
    expect((await results({ q: 'Quokka' }, null)).results).toEqual([]);
    expect((await results({ q: 'Quokka' })).results.map((r) => r.id)).toEqual(['kurs-test-suche']);
    expect((await results({ q: 'Blaue Karten' }, null)).results.length).toBeGreaterThan(0);
  });

  it('answers any search string with results or an empty list, never an error', async () => {
    const nasty = [
      '',
      '   ',
      "'; DROP TABLE search_entries; --",
      'a & | ! <-> :* ( ) " \' \\',
      '!!!',
      '"Blaue Karte"',
      'Blaue -Karte OR Anerkennung',
      '\u0000\u0001\u0002',
      '😀 🇩🇪 ∑ ∞',
      'ß'.repeat(5000),
      'x'.repeat(10_000),
      'Aufenthalts'.repeat(1000),
      '<script>alert(1)</script>',
      '%00%27',
      'der die das und',
      'العربية 中文 русский',
    ];
    for (const q of nasty) {
      const response = await search(t, null, { q });
      expect(response.statusCode, q.slice(0, 40)).toBe(200);
      expect(Array.isArray(response.json().results)).toBe(true);
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (q) => {
        const response = await search(t, caseworker, { q });
        expect(response.statusCode).toBe(200);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses an unknown filter value naming the field', async () => {
    const response = await search(t, null, { q: 'x', topic: 'astrologie' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)).toEqual(['query.topic']);
  });
});

describe.each(databaseKinds())('knowledge: seed articles on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('every seed article is published and findable by its title', async () => {
    const { loadSeedArticles } = await import('../../src/server/seed/knowledge-articles');
    const seeds = await loadSeedArticles();
    expect(seeds.length).toBeGreaterThanOrEqual(25);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/articles?pageSize=100' })).json() as { items: { id: string; slug: string; status: string }[]; total: number };
    const bySlug = new Map(list.items.map((item) => [item.slug, item]));
    for (const seed of seeds) {
      const article = bySlug.get(seed.slug);
      expect(article?.status, seed.slug).toBe('published');
      const response = (await search(t, null, { q: seed.title, limit: '50' })).json() as SearchResponse;
      expect(response.results.map((r: Result) => r.id), seed.slug).toContain(article?.id);
    }
  });

  it('seeding again changes nothing', async () => {
    const { seedKnowledgeArticles } = await import('../../src/server/commands/seed-knowledge-articles');
    const { systemClock } = await import('../../src/server/clock');
    const result = await seedKnowledgeArticles({ db: t.database.db, clock: systemClock, config: t.config, actor: null, requestId: null });
    expect(result).toMatchObject({ created: 0, updated: 0, skipped: 0 });
  });

  it('a bad seed file fails naming the file and the field', async () => {
    const { parseSeedArticle } = await import('../../src/server/seed/knowledge-articles');
    const file = 'seed/knowledge/articles/kaputt.md';
    const valid = ['slug: kaputt', 'language: de', 'title: Kaputter Artikel', 'summary: x', 'topics: [anerkennung]', 'legalRefs: [{ law: BQFG, section: "4" }]', 'validFrom: 2024-06-01', 'validUntil: null', 'author: editor@demo.example', 'reviewer: reviewer@demo.example'];
    expect(parseSeedArticle(file, `---\n${valid.join('\n')}\n---\nText`)).toMatchObject({ slug: 'kaputt', validFrom: '2024-06-01' });
    expect(() => parseSeedArticle(file, `---\n${valid.join('\n').replace('[anerkennung]', '[astrologie]')}\n---\nText`)).toThrow(/kaputt\.md: .*topics\.0/);
    expect(() => parseSeedArticle(file, `---\n${valid.join('\n').replace('reviewer: reviewer@', 'reviewer: editor@')}\n---\nText`)).toThrow(/kaputt\.md: .*reviewer: must differ/);
    expect(() => parseSeedArticle(file, 'no front matter')).toThrow(/kaputt\.md: expected YAML front matter/);
  });
});
