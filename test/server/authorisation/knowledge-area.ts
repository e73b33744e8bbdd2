import { articleInput, publishArticle, transition, writeArticle } from '../../support/knowledge';
import { everyone, signedIn, type Endpoint, type Expectation, type MatrixArea, type MatrixContext } from './matrix';

/** Writing and reviewing articles is for editors; published articles and search are open to anyone. */
const editorsOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { editor: status, otherwise: 403 } });
const published = { id: 'publishedArticleId' };

const endpoints: Endpoint[] = [
  { method: 'GET', url: '/api/v1/articles', expect: everyone(200) },
  { method: 'POST', url: '/api/v1/articles', payload: articleInput({ title: 'Matrix-Artikel' }), expect: editorsOnly(201) },
  { method: 'POST', url: '/api/v1/articles/preview', payload: { body: '# Vorschau' }, expect: editorsOnly(200) },
  { method: 'GET', url: '/api/v1/articles/{id}', params: published, expect: everyone(200) },
  // A draft is not revealed to readers: 404, not 403.
  { method: 'GET', url: '/api/v1/articles/{id}', params: { id: 'draftArticleId' }, expect: { anonymous: 404, signedIn: { editor: 200, otherwise: 404 } } },
  { method: 'PATCH', url: '/api/v1/articles/{id}', params: { id: 'draftArticleId' }, payload: { version: 1, summary: 'Geändert in der Matrix.' }, expect: editorsOnly(200) },
  { method: 'POST', url: '/api/v1/articles/{id}/submit', params: { id: 'submitArticleId' }, payload: { version: 1 }, expect: editorsOnly(200) },
  { method: 'POST', url: '/api/v1/articles/{id}/approve', params: { id: 'approveArticleId' }, payload: { version: 1 }, expect: editorsOnly(200) },
  { method: 'POST', url: '/api/v1/articles/{id}/request-changes', params: { id: 'returnArticleId' }, payload: { version: 1, note: 'Bitte prüfen.' }, expect: editorsOnly(200) },
  { method: 'POST', url: '/api/v1/articles/{id}/archive', params: { id: 'archiveArticleId' }, payload: { version: 1 }, expect: editorsOnly(200) },
  { method: 'POST', url: '/api/v1/articles/{id}/restore', params: { id: 'restoreArticleId' }, payload: { version: 1 }, expect: editorsOnly(200) },
  { method: 'GET', url: '/api/v1/articles/{id}/versions', params: published, expect: everyone(200) },
  { method: 'GET', url: '/api/v1/articles/{id}/diff?from=1&to=1', params: published, expect: everyone(200) },
  { method: 'POST', url: '/api/v1/articles/{id}/read', params: published, payload: { version: 1 }, expect: signedIn(204) },
  { method: 'GET', url: '/api/v1/search?q=Blaue%20Karten', expect: everyone(200) },
];

/**
 * One article per workflow step, in the state that step needs. Revisions awaiting review are
 * written by the second editor (reviewer@demo.example), so the editor account may review them.
 */
async function setup({ t, signIn }: MatrixContext): Promise<Record<string, string>> {
  const editor = await signIn('editor');
  const secondEditor = await t.signIn('reviewer@demo.example');
  const inReview = async () => {
    const article = await writeArticle(t, secondEditor);
    await transition(t, secondEditor, article, 'submit');
    return article.id;
  };
  const archived = await publishArticle(t, editor, secondEditor);
  await transition(t, editor, archived, 'archive');
  return {
    publishedArticleId: (await publishArticle(t, editor, secondEditor)).id,
    draftArticleId: (await writeArticle(t, editor)).id,
    submitArticleId: (await writeArticle(t, editor)).id,
    approveArticleId: await inReview(),
    returnArticleId: await inReview(),
    archiveArticleId: (await publishArticle(t, editor, secondEditor)).id,
    restoreArticleId: archived.id,
  };
}

export const knowledgeArea: MatrixArea = { name: 'knowledge', setup, endpoints };
