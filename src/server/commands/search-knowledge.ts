import type { SearchQuery, SearchResponse, SearchResult } from '../../contract/search';
import { legalReferenceKeys, normaliseLaw, searchWords, toTsQueryText } from '../../domain/knowledge/index';
import {
  HEADLINE_START,
  HEADLINE_STOP,
  searchIndex,
  suggestWords,
  type SearchFilter,
  type SearchRow,
} from '../db/repositories/search.repository';
import type { SearchEntryKind } from '../db/repositories/search-index.repository';
import { searchVisibilities } from '../policies/article.policy';
import type { CommandContext } from './context';

const kindsOf: Record<NonNullable<SearchQuery['type']>, SearchEntryKind[]> = {
  article: ['article'],
  course: ['course', 'lesson'],
  question: ['question'],
};

// Words this short are too ambiguous to correct ("ab" → "abs"?).
const MIN_CORRECTABLE_LENGTH = 4;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The headline as HTML: everything escaped, then the match marks turned into <mark>. */
export function snippetHtml(headline: string): string {
  return escapeHtml(headline).replaceAll(HEADLINE_START, '<mark>').replaceAll(HEADLINE_STOP, '</mark>');
}

function present(row: SearchRow): SearchResult {
  return {
    type: row.kind,
    id: row.refId,
    title: row.title,
    snippet: snippetHtml(row.headline),
    path: row.path,
    language: row.language,
    topics: row.topics,
    legalRefs: row.legalRefs,
    rank: row.rank,
  };
}

/**
 * Full-text search over the shared index. The words must all occur (the last as a prefix, for
 * search as you type); when nothing matches, words the index does not know are replaced by the
 * nearest known word (typo tolerance) and the search runs once more.
 */
export async function searchKnowledge(ctx: CommandContext, query: SearchQuery): Promise<SearchResponse> {
  const words = searchWords(query.q);
  const tsQuery = toTsQueryText(words, { prefixLast: true });
  if (tsQuery === null) return { results: [], correctedQuery: null };
  const legalRefKey = query.law
    ? query.section
      ? (legalReferenceKeys({ law: query.law, section: query.section })[1] ?? null)
      : normaliseLaw(query.law)
    : null;
  const filter: SearchFilter = {
    kinds: query.type ? kindsOf[query.type] : null,
    visibilities: searchVisibilities(ctx.actor),
    topic: query.topic ?? null,
    legalRefKey,
  };
  const rows = await searchIndex(ctx.db, tsQuery, filter, query.limit);
  if (rows.length > 0) return { results: rows.map(present), correctedQuery: null };

  const suggestions = await suggestWords(ctx.db, words);
  let isChanged = false;
  const corrected = suggestions.map((entry) => {
    if (entry.isKnown || entry.suggestion === null || entry.word.length < MIN_CORRECTABLE_LENGTH) return entry.word;
    isChanged = true;
    return entry.suggestion;
  });
  if (!isChanged) return { results: [], correctedQuery: null };
  const correctedQuery = toTsQueryText(corrected, { prefixLast: false });
  if (correctedQuery === null) return { results: [], correctedQuery: null };
  const correctedRows = await searchIndex(ctx.db, correctedQuery, filter, query.limit);
  return { results: correctedRows.map(present), correctedQuery: correctedRows.length > 0 ? corrected.join(' ') : null };
}
