/**
 * The shared search index (`search_entries`): every feature that wants its records found calls
 * `upsertSearchEntry` when a record becomes visible or changes, and `deleteSearchEntry` when it
 * is withdrawn. PostgreSQL maintains the weighted text-search vector itself; the words are also
 * remembered in `search_words` for typo tolerance. Call both inside the feature's transaction.
 */
import { and, eq, sql } from 'drizzle-orm';
import { legalReferenceKeysFromText, vocabularyOf } from '../../../domain/knowledge/index';
import type { Database } from '../client';
import { searchEntries } from '../schema/index';

export type SearchEntryKind = 'article' | 'course' | 'lesson' | 'question';

/**
 * What a feature hands to the index.
 * - `kind` + `refId`: identify the entry (the id in the feature's own table); upsert replaces.
 * - `language`: `de` or `en`; chooses the `german` or `english` text-search configuration.
 * - `title` (weight A), `summary` (weight B), `body` (weight C, plain text — strip Markdown first).
 * - `topics`: ids of the topic vocabulary (domain/knowledge/topics.ts), for the topic filter.
 * - `legalRefs`: citations as shown to readers, e.g. `§18g Abs. 1 AufenthG`, `§ 81a AufenthG`,
 *   `Art. 6 GG`; they are searchable (weight B) and parsed into the law / section filter.
 * - `path`: where the web app shows the entry, e.g. `/lernen/kurse/<slug>`.
 * - `visibility`: `public` (anyone, also signed out) or `signed_in` (any signed-in user).
 */
export type SearchEntryInput = {
  kind: SearchEntryKind;
  refId: string;
  language: 'de' | 'en';
  title: string;
  summary: string;
  body: string;
  topics: string[];
  legalRefs: string[];
  path: string;
  visibility: 'public' | 'signed_in';
};

/** Adds or replaces the entry of (kind, refId). */
export async function upsertSearchEntry(db: Database, entry: SearchEntryInput): Promise<void> {
  const values = {
    kind: entry.kind,
    refId: entry.refId,
    language: entry.language,
    title: withoutControlCharacters(entry.title),
    summary: withoutControlCharacters(entry.summary),
    body: withoutControlCharacters(entry.body),
    keywords: entry.legalRefs.join(' · '),
    topics: [...new Set(entry.topics)],
    legalRefs: entry.legalRefs,
    legalRefKeys: [...new Set(entry.legalRefs.flatMap(legalReferenceKeysFromText))],
    path: entry.path,
    visibility: entry.visibility,
    updatedAt: new Date(),
  };
  const { kind: _kind, refId: _refId, ...changes } = values;
  await db
    .insert(searchEntries)
    .values(values)
    .onConflictDoUpdate({ target: [searchEntries.kind, searchEntries.refId], set: changes });
  await rememberWords(db, vocabularyOf(`${entry.title} ${entry.summary} ${entry.body}`));
}

// PostgreSQL text cannot hold NUL, and the search marks matches with \u0001/\u0002.
function withoutControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}

/** Removes the entry of (kind, refId); nothing happens when there is none. */
export async function deleteSearchEntry(db: Database, kind: SearchEntryKind, refId: string): Promise<void> {
  await db.delete(searchEntries).where(and(eq(searchEntries.kind, kind), eq(searchEntries.refId, refId)));
}

/** Adds words to the typo-correction vocabulary (accents removed, as the lookup compares them). */
export async function rememberWords(db: Database, words: readonly string[]): Promise<void> {
  if (words.length === 0) return;
  // One JSON parameter instead of one parameter per word: a long body has hundreds.
  await db.execute(sql`
    INSERT INTO search_words (word)
    SELECT DISTINCT unaccent(value) FROM jsonb_array_elements_text(${JSON.stringify(words)}::jsonb)
    ON CONFLICT DO NOTHING`);
}
