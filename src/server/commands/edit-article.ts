import type { PatchArticleBody } from '../../contract/knowledge';
import { decideTransition, isParameterKey, type ParameterKey } from '../../domain/knowledge/index';
import { canonicalJson } from '../../domain/audit/canonical-json';
import { recordAudit } from '../audit/record-audit';
import { getArticleVersion, insertArticleVersion, updateArticle, type ArticleRow, type ArticleVersionRow } from '../db/repositories/articles.repository';
import { AppError } from '../errors';
import { loadArticleForChange, requireActor, todayOf, workflowStateOf } from './article-access';
import type { CommandContext } from './context';
import { versionContent, type ArticleContent } from './create-article';
import { workflowRefusal } from './transition-article';

export type EditArticleInput = Omit<PatchArticleBody, 'version'> & { version: number };

function contentOf(version: ArticleVersionRow): ArticleContent {
  return {
    language: version.language === 'en' ? 'en' : 'de',
    title: version.title,
    summary: version.summary,
    body: version.body,
    topics: version.topics as ArticleContent['topics'],
    legalRefs: version.legalRefs,
    validFrom: version.validFrom,
    validUntil: version.validUntil,
    wegweiserTitles: version.wegweiserTitles,
    wegweiserConditions: version.wegweiserConditions,
    caseStages: version.caseStages as ArticleContent['caseStages'],
    parameters: version.citedParameters.map((cited) => cited.key).filter((key): key is ParameterKey => isParameterKey(key)),
  };
}

/**
 * Writes a new version from the newest one with the given fields changed (optimistic concurrency:
 * `version` is the newest version the caller saw). Editing a published article starts a draft
 * revision while readers keep the published version; editing one under review returns it to draft.
 */
export async function editArticle(ctx: CommandContext, articleId: string, input: EditArticleInput): Promise<ArticleRow> {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const row = await loadArticleForChange(tx, articleId, input.version);
    const decision = decideTransition(await workflowStateOf(tx, row), 'edit', actor.userId);
    if (!decision.ok) throw workflowRefusal(decision.error);
    const latest = await getArticleVersion(tx, row.id, row.latestVersion);
    if (!latest) throw new Error(`article ${row.id} has no version ${row.latestVersion}`);
    const { version: _version, changeNote, ...changes } = input;
    const before = contentOf(latest);
    const after: ArticleContent = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) };
    if (after.validUntil !== null && after.validUntil < after.validFrom) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { validUntil: 'must not be before validFrom' });
    }
    // Saving unchanged content makes no version: the history shows only real changes.
    if (canonicalJson(after) === canonicalJson(before)) return row;
    const number = row.latestVersion + 1;
    const now = ctx.clock.now();
    await insertArticleVersion(tx, {
      articleId: row.id,
      number,
      ...versionContent(after, todayOf(ctx)),
      changeNote: changeNote ?? null,
      authorUserId: actor.userId,
      createdAt: now,
    });
    const updated = await updateArticle(tx, row.id, { latestVersion: number, status: decision.status, updatedAt: now });
    await recordAudit(tx, ctx, {
      action: 'article.edited',
      subjectType: 'article',
      subjectId: row.id,
      details: { version: number, fields: Object.keys(changes).filter((key) => (changes as Record<string, unknown>)[key] !== undefined).sort() },
    });
    return updated;
  });
}
