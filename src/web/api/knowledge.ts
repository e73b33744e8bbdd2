import {
  articleDiffResponseSchema,
  articleListResponseSchema,
  articleSchema,
  articleVersionsResponseSchema,
  markdownPreviewResponseSchema,
  type Article,
  type ArticleDiff,
  type ArticleListResponse,
  type ArticleStatus,
  type ArticleTransition,
  type CreateArticleBody,
  type PatchArticleBody,
} from '../../contract/knowledge';
import { searchResponseSchema, type SearchResponse } from '../../contract/search';
import { orNullOn, request } from './client';

export type ArticleListParams = {
  status?: ArticleStatus;
  topic?: string;
  needsReview?: boolean;
  sort?: 'updated' | 'title';
  page?: number;
  pageSize?: number;
};

export type SearchParams = { q: string; type?: 'article' | 'course' | 'question'; topic?: string; law?: string; section?: string };

function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '' && value !== false) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const articlePath = (id: string) => `/api/v1/articles/${encodeURIComponent(id)}`;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** The knowledge endpoints (capability 4), typed by the shared contract. */
export const knowledgeApi = {
  list: (params: ArticleListParams = {}): Promise<ArticleListResponse> =>
    request('GET', `/api/v1/articles${queryString(params)}`, articleListResponseSchema),

  /** One article (a particular version if given), or null when it does not exist for the caller. */
  get: (id: string, version?: number): Promise<Article | null> =>
    orNullOn(404, request('GET', `${articlePath(id)}${queryString({ version })}`, articleSchema)),

  versions: (id: string) => request('GET', `${articlePath(id)}/versions`, articleVersionsResponseSchema),

  diff: (id: string, from: number, to: number): Promise<ArticleDiff> =>
    request('GET', `${articlePath(id)}/diff${queryString({ from, to })}`, articleDiffResponseSchema),

  create: (body: CreateArticleBody): Promise<Article> => request('POST', '/api/v1/articles', articleSchema, body),

  /** A new version based on the newest version the editor saw. */
  update: (id: string, latestVersion: number, body: Omit<PatchArticleBody, 'version'>): Promise<Article> =>
    request('PATCH', articlePath(id), articleSchema, body, ifMatch(latestVersion)),

  transition: (article: Pick<Article, 'id' | 'latestVersion'>, transition: ArticleTransition, note?: string): Promise<Article> =>
    request('POST', `${articlePath(article.id)}/${transition}`, articleSchema, note ? { note } : {}, ifMatch(article.latestVersion)),

  markRead: (id: string, version: number): Promise<void> => request('POST', `${articlePath(id)}/read`, null, { version }),

  /** The server's rendering of Markdown (the same sanitiser as the article page). */
  preview: async (body: string): Promise<string> => (await request('POST', '/api/v1/articles/preview', markdownPreviewResponseSchema, { body })).html,

  search: (params: SearchParams): Promise<SearchResponse> => request('GET', `/api/v1/search${queryString({ ...params, limit: 20 })}`, searchResponseSchema),
};
