import type { ArticleListQuery } from '../../contract/knowledge';
import type { ReviewReason } from '../../domain/knowledge/index';
import {
  findAllArticles,
  findArticles as findArticleRows,
  findReadVersions,
  type ArticleLinkKind,
  type ArticleListFilter,
  type ArticleListRow,
} from '../db/repositories/articles.repository';
import { isArticleEditor } from '../policies/article.policy';
import { reviewReasonsOf } from './article-access';
import type { CommandContext } from './context';

export type ArticleSummary = ArticleListRow & { reviewReasons: ReviewReason[]; changedSinceRead: boolean };

function linkOf(query: ArticleListQuery): { kind: ArticleLinkKind; target: string } | undefined {
  if (query.wegweiserTitle) return { kind: 'wegweiser_title', target: query.wegweiserTitle };
  if (query.wegweiserCondition) return { kind: 'wegweiser_condition', target: query.wegweiserCondition };
  if (query.caseStage) return { kind: 'case_stage', target: query.caseStage };
  return undefined;
}

/**
 * Articles for a list: readers get published articles (their published version); editors get
 * every article in its newest version, or with `needsReview` the published articles whose cited
 * figures changed or whose validity ended.
 */
export async function findArticles(ctx: CommandContext, query: ArticleListQuery): Promise<{ items: ArticleSummary[]; total: number }> {
  const isEditor = isArticleEditor(ctx.actor);
  const link = linkOf(query);
  const filter: ArticleListFilter = {
    view: isEditor && !query.needsReview && !link ? 'latest' : 'published',
    ...(isEditor && query.status ? { status: query.status } : {}),
    ...(query.topic ? { topic: query.topic } : {}),
    ...(link ? { link } : {}),
  };
  const offset = (query.page - 1) * query.pageSize;
  let rows: ArticleListRow[];
  let total: number;
  if (query.needsReview) {
    // Few articles cite figures; the check is code (the rule data), so filter here, then page.
    const candidates = (await findAllArticles(ctx.db, { ...filter, reviewCandidates: true })).filter(
      (row) => reviewReasonsOf(ctx, row.version).length > 0,
    );
    total = candidates.length;
    rows = candidates.slice(offset, offset + query.pageSize);
  } else {
    ({ rows, total } = await findArticleRows(ctx.db, filter, { offset, limit: query.pageSize, sort: query.sort }));
  }
  const reads = ctx.actor ? await findReadVersions(ctx.db, ctx.actor.userId, rows.map((row) => row.article.id)) : new Map<string, number>();
  const items = rows.map((row) => {
    const read = reads.get(row.article.id);
    const published = row.article.publishedVersion;
    return {
      ...row,
      reviewReasons: reviewReasonsOf(ctx, row.version),
      changedSinceRead: read !== undefined && published !== null && read < published,
    };
  });
  return { items, total };
}
