import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { ifMatchHeadersSchema } from '../../../../contract/cases';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  articleDiffQuerySchema,
  articleDiffResponseSchema,
  articleListQuerySchema,
  articleListResponseSchema,
  articleParamsSchema,
  articleQuerySchema,
  articleReadBodySchema,
  articleSchema,
  articleTransitions,
  type ArticleTransition,
  articleVersionsResponseSchema,
  createArticleBodySchema,
  markdownPreviewBodySchema,
  markdownPreviewResponseSchema,
  patchArticleBodySchema,
  transitionBodySchema,
} from '../../../../contract/knowledge';
import { diffArticleVersions, findArticleVersionList } from '../../../commands/article-history';
import { createArticle } from '../../../commands/create-article';
import { editArticle } from '../../../commands/edit-article';
import { findArticles } from '../../../commands/find-articles';
import { getArticleDetail } from '../../../commands/get-article';
import { previewMarkdown } from '../../../commands/preview-markdown';
import { recordArticleRead } from '../../../commands/record-article-read';
import { transitionArticle } from '../../../commands/transition-article';
import { articleEditorRoles } from '../../../policies/article.policy';
import { publicIdentified, rolesOnly, signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { articleEtag, presentArticle, presentArticleDiff, presentArticleListItem, presentArticleVersion } from '../../presenters/article';
import { requestedVersion } from '../cases/if-match';

const tags = ['knowledge'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const changeErrors = { ...errors, 409: errorResponseSchema, 428: errorResponseSchema };
const editors = rolesOnly(...articleEditorRoles);

const transitionSummaries: Record<ArticleTransition, string> = {
  submit: 'Submit the newest version for review (If-Match: "<newest version>")',
  approve: 'Approve and publish the version under review (not by an author of the revision: four eyes)',
  'request-changes': 'Send the version under review back to draft with a note (not by an author of the revision)',
  archive: 'Withdraw the article from readers, search and links',
  restore: 'Bring an archived article back as a draft',
};

/**
 * Knowledge articles: published ones are open to anyone (a signed-in reader also learns what
 * changed since they last read); editors write, review and see drafts. A draft is 404 for others.
 */
export const articleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/articles',
    {
      schema: { tags, summary: 'Articles: published ones for readers, all with their newest version for editors', querystring: articleListQuerySchema, response: { 200: articleListResponseSchema, ...errors } },
      config: { policy: publicIdentified },
    },
    async (request) => {
      const page = await findArticles(contextOf(request), request.query);
      return { total: page.total, items: page.items.map(presentArticleListItem) };
    },
  );

  app.post(
    '/api/v1/articles',
    {
      schema: { tags, summary: 'Write a new article (a draft, version 1)', body: createArticleBodySchema, response: { 201: articleSchema, ...changeErrors } },
      config: { policy: editors },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const article = await createArticle(ctx, request.body);
      const detail = await getArticleDetail(ctx, article.id);
      return reply.status(201).header('etag', articleEtag(article.latestVersion)).header('location', `/api/v1/articles/${article.id}`).send(presentArticle(detail));
    },
  );

  app.post(
    '/api/v1/articles/preview',
    {
      schema: { tags, summary: 'Render Markdown exactly as an article page would (sanitised HTML)', body: markdownPreviewBodySchema, response: { 200: markdownPreviewResponseSchema, ...errors } },
      config: { policy: editors },
    },
    async (request) => ({ html: previewMarkdown(request.body.body) }),
  );

  app.get(
    '/api/v1/articles/:id',
    {
      schema: { tags, summary: 'One article (ETag: its newest version); ?version=N for an earlier one', params: articleParamsSchema, querystring: articleQuerySchema, response: { 200: articleSchema, ...errors } },
      config: { policy: publicIdentified },
    },
    async (request, reply) => {
      const detail = await getArticleDetail(contextOf(request), request.params.id, request.query.version ? { version: request.query.version } : {});
      return reply.header('etag', articleEtag(detail.article.latestVersion)).send(presentArticle(detail));
    },
  );

  app.patch(
    '/api/v1/articles/:id',
    {
      schema: { tags, summary: 'Write a new version (needs If-Match: "<newest version>")', params: articleParamsSchema, headers: ifMatchHeadersSchema, body: patchArticleBodySchema, response: { 200: articleSchema, ...changeErrors } },
      config: { policy: editors },
    },
    async (request, reply) => {
      const { version: bodyVersion, ...changes } = request.body;
      const ctx = contextOf(request);
      const article = await editArticle(ctx, request.params.id, { ...changes, version: requestedVersion(request.headers['if-match'], bodyVersion) });
      const detail = await getArticleDetail(ctx, article.id);
      return reply.header('etag', articleEtag(article.latestVersion)).send(presentArticle(detail));
    },
  );

  for (const transition of articleTransitions) {
    app.post(
      `/api/v1/articles/:id/${transition}`,
      {
        schema: {
          tags,
          summary: transitionSummaries[transition],
          params: articleParamsSchema,
          headers: ifMatchHeadersSchema,
          body: transitionBodySchema,
          response: { 200: articleSchema, ...changeErrors },
        },
        config: { policy: editors },
      },
      async (request, reply) => {
        const body = request.body ?? {};
        const ctx = contextOf(request);
        const version = requestedVersion(request.headers['if-match'], body.version);
        const article = await transitionArticle(ctx, request.params.id, transition, { version, note: body.note });
        const detail = await getArticleDetail(ctx, article.id);
        return reply.header('etag', articleEtag(article.latestVersion)).send(presentArticle(detail));
      },
    );
  }

  app.get(
    '/api/v1/articles/:id/versions',
    {
      schema: { tags, summary: 'The versions of an article, newest first (readers: the approved ones)', params: articleParamsSchema, response: { 200: articleVersionsResponseSchema, ...errors } },
      config: { policy: publicIdentified },
    },
    async (request) => {
      const { article, versions } = await findArticleVersionList(contextOf(request), request.params.id);
      return { items: versions.map((version) => presentArticleVersion(article, version)) };
    },
  );

  app.get(
    '/api/v1/articles/:id/diff',
    {
      schema: { tags, summary: 'What changed between two versions: changed fields and a line diff of the text', params: articleParamsSchema, querystring: articleDiffQuerySchema, response: { 200: articleDiffResponseSchema, ...errors } },
      config: { policy: publicIdentified },
    },
    async (request) => {
      const { from, to } = request.query;
      return presentArticleDiff(from, to, await diffArticleVersions(contextOf(request), request.params.id, from, to));
    },
  );

  app.post(
    '/api/v1/articles/:id/read',
    {
      schema: { tags, summary: 'Remember that you have read this version ("changed since you last read")', params: articleParamsSchema, body: articleReadBodySchema, response: { 204: z.null(), ...errors } },
      config: { policy: signedIn },
    },
    async (request, reply) => {
      await recordArticleRead(contextOf(request), request.params.id, request.body.version);
      return reply.status(204).send(null);
    },
  );
};
