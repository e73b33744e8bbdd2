import type { Article, ArticleDiff, ArticleListItem, ArticleVersion } from '../../../contract/knowledge';
import { formatLegalReference, wegweiserTitleName, type VersionDiff } from '../../../domain/knowledge/index';
import type { ArticleDetail } from '../../commands/get-article';
import type { ArticleSummary } from '../../commands/find-articles';
import type { ArticleRow, ArticleVersionWithNames } from '../../db/repositories/articles.repository';
import { renderMarkdown } from '../../content/markdown';

const isoOrNull = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** The ETag of an article: its newest version (what If-Match must name for a change). */
export const articleEtag = (latestVersion: number): string => `"${latestVersion}"`;

export function presentArticle(detail: ArticleDetail): Article {
  const { article, version } = detail;
  const language = version.language === 'en' ? 'en' : 'de';
  return {
    id: article.id,
    slug: article.slug,
    status: article.status as Article['status'],
    version: version.number,
    latestVersion: article.latestVersion,
    publishedVersion: article.publishedVersion,
    language,
    title: version.title,
    summary: version.summary,
    body: version.body,
    bodyHtml: renderMarkdown(version.body),
    topics: version.topics,
    legalRefs: version.legalRefs.map((reference) => ({ ...reference, citation: formatLegalReference(reference) })),
    validFrom: version.validFrom,
    validUntil: version.validUntil,
    wegweiserTitles: version.wegweiserTitles.map((id) => ({ id, name: wegweiserTitleName(id, language) ?? id })),
    wegweiserConditions: version.wegweiserConditions,
    caseStages: version.caseStages,
    parameters: version.citedParameters.map((cited) => cited.key),
    changeNote: version.changeNote,
    author: version.author,
    reviewer: version.reviewer,
    reviewedAt: isoOrNull(version.reviewedAt),
    createdAt: version.createdAt.toISOString(),
    publishedAt: isoOrNull(article.publishedAt),
    reviewNote: article.reviewNote,
    reviewReasons: detail.reviewReasons,
    lastReadVersion: detail.lastReadVersion,
    changedSinceRead: detail.changedSinceRead,
    allowedActions: detail.allowedActions,
  };
}

export function presentArticleListItem(summary: ArticleSummary): ArticleListItem {
  const { article, version } = summary;
  return {
    id: article.id,
    slug: article.slug,
    status: article.status as ArticleListItem['status'],
    language: version.language,
    title: version.title,
    summary: version.summary,
    topics: version.topics,
    version: version.number,
    latestVersion: article.latestVersion,
    publishedVersion: article.publishedVersion,
    updatedAt: article.updatedAt.toISOString(),
    publishedAt: isoOrNull(article.publishedAt),
    needsReview: summary.reviewReasons.length > 0,
    changedSinceRead: summary.changedSinceRead,
  };
}

export function presentArticleVersion(article: ArticleRow, version: ArticleVersionWithNames): ArticleVersion {
  return {
    number: version.number,
    title: version.title,
    changeNote: version.changeNote,
    author: version.author,
    reviewer: version.reviewer,
    reviewedAt: isoOrNull(version.reviewedAt),
    createdAt: version.createdAt.toISOString(),
    isPublished: article.publishedVersion === version.number,
  };
}

export function presentArticleDiff(from: number, to: number, diff: VersionDiff): ArticleDiff {
  return { from, to, ...diff };
}
