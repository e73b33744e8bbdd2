import { describe, expect, it } from 'vitest';
import { diffText, diffVersions, type ComparableVersion } from './version-diff';

const base: ComparableVersion = {
  title: 'Blaue Karte EU',
  summary: 'Kurz erklärt',
  body: '# Blaue Karte\n\nDie Gehaltsgrenze steigt jährlich.\n\nEnde.',
  topics: ['aufenthaltstitel'],
  legalRefs: [{ law: 'AufenthG', section: '18g' }],
  validFrom: '2024-06-01',
  validUntil: null,
  wegweiserTitles: ['18g_standard'],
  wegweiserConditions: [],
  caseStages: [],
};

describe('version diff', () => {
  it('diffs lines: unchanged, removed, added', () => {
    expect(diffText('a\nb\nc', 'a\nx\nc')).toEqual([
      { kind: 'unchanged', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'unchanged', text: 'c' },
    ]);
  });

  it('equal versions have no changes', () => {
    expect(diffVersions(base, base)).toMatchObject({ fields: [], added: 0, removed: 0 });
  });

  it('names changed fields and counts changed body lines', () => {
    const next = {
      ...base,
      title: 'Die Blaue Karte EU',
      legalRefs: [{ law: 'AufenthG', section: '18g', paragraph: '1' }],
      body: base.body.replace('jährlich', 'jedes Jahr'),
    };
    const diff = diffVersions(base, next);
    expect(diff.fields).toEqual([
      { field: 'title', before: 'Blaue Karte EU', after: 'Die Blaue Karte EU' },
      { field: 'legalRefs', before: '§18g AufenthG', after: '§18g Abs. 1 AufenthG' },
    ]);
    expect(diff.added).toBe(1);
    expect(diff.removed).toBe(1);
    expect(diff.lines.find((line) => line.kind === 'added')?.text).toBe('Die Gehaltsgrenze steigt jedes Jahr.');
  });
});
