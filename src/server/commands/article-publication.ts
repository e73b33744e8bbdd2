import { formatLegalReference, type LegalReference } from '../../domain/knowledge/index';
import { markdownToPlainText } from '../content/markdown';
import type { Database } from '../db/client';
import { replaceArticleLinks, type ArticleLinkKind, type ArticleRow, type ArticleVersionRow } from '../db/repositories/articles.repository';
import { deleteSearchEntry, upsertSearchEntry } from '../db/repositories/search-index.repository';

/** The web path of an article page. */
export const articlePath = (articleId: string): string => `/wissen/artikel/${articleId}`;

/**
 * Makes a version the one readers see beyond the article row itself: its search entry and its
 * links to Wegweiser titles, conditions and case stages. Called in the publishing transaction.
 */
export async function exposePublishedVersion(tx: Database, article: ArticleRow, version: ArticleVersionRow): Promise<void> {
  await upsertSearchEntry(tx, {
    kind: 'article',
    refId: article.id,
    language: version.language === 'en' ? 'en' : 'de',
    title: version.title,
    summary: version.summary,
    body: markdownToPlainText(version.body),
    topics: version.topics,
    legalRefs: version.legalRefs.map((reference: LegalReference) => formatLegalReference(reference)),
    path: articlePath(article.id),
    visibility: 'public',
  });
  const links: { kind: ArticleLinkKind; target: string }[] = [
    ...version.wegweiserTitles.map((target) => ({ kind: 'wegweiser_title' as const, target })),
    ...version.wegweiserConditions.map((target) => ({ kind: 'wegweiser_condition' as const, target })),
    ...version.caseStages.map((target) => ({ kind: 'case_stage' as const, target })),
  ];
  await replaceArticleLinks(tx, article.id, links);
}

/** Takes an archived article out of search and out of the Wegweiser and case links. */
export async function withdrawArticle(tx: Database, articleId: string): Promise<void> {
  await deleteSearchEntry(tx, 'article', articleId);
  await replaceArticleLinks(tx, articleId, []);
}
