import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Article, ArticleDiff, ArticleTransition } from '../../../contract/knowledge';
import { ApiError } from '../../api/client';
import { knowledgeApi } from '../../api/knowledge';
import { AppLink } from '../../components/app-link';
import { TextareaInput } from '../../components/form-fields';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { useSession } from '../../session/session-context';
import { useLoad } from '../../components/use-load';
import { ArticleVersions } from './article-versions';
import { articleEditPath, articlePagePath, topicPath } from './knowledge-paths';
import { DiffView, formatDate, LoadState, StatusBadge } from './knowledge-ui';

/** `/wissen/artikel/:id`: the article with its legal references, validity, links, versions and review actions. */
export function ArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const requested = Number(params.get('version')) || undefined;
  const { session } = useSession();
  const sessionKey = session.status === 'signed-in' ? session.me.user.id : session.status;
  const { loaded, reload } = useLoad(() => knowledgeApi.get(id, requested), `article:${id}:${requested ?? ''}:${sessionKey}`);
  usePageTitle(loaded.status === 'ready' ? loaded.data.title : t('knowledge.title'));
  return (
    <div className="page knowledge-page article-page">
      <p className="knowledge-back">
        <AppLink to={paths.knowledge} label={t('knowledge.article.back')} />
      </p>
      {loaded.status !== 'ready' && <KolHeading _level={1} _label={t('knowledge.title')} />}
      <LoadState loaded={loaded} missing={t('knowledge.article.notFound')}>
        {(article) => <ArticleView key={`${article.id}:${article.version}:${article.latestVersion}:${article.status}`} article={article} onChanged={reload} />}
      </LoadState>
    </div>
  );
}

function ArticleView({ article, onChanged }: { article: Article; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const isSignedIn = session.status === 'signed-in';
  const isPublishedVersion = article.version === article.publishedVersion;

  // Reading the published version counts as having read it; the banner stays for this visit.
  useEffect(() => {
    if (isSignedIn && isPublishedVersion) void knowledgeApi.markRead(article.id, article.version).catch(() => undefined);
  }, [article.id, article.version, isSignedIn, isPublishedVersion]);

  return (
    <article className="article" aria-labelledby="article-title" data-testid="article" data-version={article.version}>
      <h1 id="article-title" className="article__title">
        {article.title}
      </h1>
      <p className="article__meta">
        {article.status !== 'published' && <StatusBadge status={article.status} />}{' '}
        {t('knowledge.article.versionLine', { version: article.version, date: formatDate(article.createdAt, i18n.language) })}
        {article.author && ` · ${t('knowledge.article.author', { name: article.author.name })}`}
        {article.reviewer && ` · ${t('knowledge.article.reviewer', { name: article.reviewer.name })}`}
      </p>
      {!isPublishedVersion && article.publishedVersion !== null && (
        <KolAlert _type="info" _variant="msg">
          {t('knowledge.article.notPublishedVersion', { published: article.publishedVersion })}{' '}
          <AppLink to={articlePagePath(article.id)} label={t('knowledge.article.toPublished')} />
        </KolAlert>
      )}
      {article.changedSinceRead && article.lastReadVersion !== null && article.publishedVersion !== null && (
        <ChangedBanner article={article} from={article.lastReadVersion} to={article.publishedVersion} />
      )}
      {article.reviewReasons.length > 0 && <ReviewReasons article={article} />}
      {article.reviewNote && article.status === 'draft' && (
        <KolAlert _type="warning" _variant="msg" _label={t('knowledge.article.reviewNoteTitle')} _level={2}>
          {article.reviewNote}
        </KolAlert>
      )}
      {article.allowedActions.length > 0 && <ReviewActions article={article} onChanged={onChanged} />}
      <p className="article__summary">{article.summary}</p>
      <dl className="article__facts">
        <div>
          <dt>{t('knowledge.article.validity')}</dt>
          <dd data-testid="article-validity">
            {article.validUntil
              ? t('knowledge.article.validRange', { from: formatDate(article.validFrom, i18n.language), until: formatDate(article.validUntil, i18n.language) })
              : t('knowledge.article.validFrom', { from: formatDate(article.validFrom, i18n.language) })}
          </dd>
        </div>
        <div>
          <dt>{t('knowledge.article.topics')}</dt>
          <dd>
            <ul className="inline-list">
              {article.topics.map((topic) => (
                <li key={topic}>
                  <AppLink to={topicPath(topic)} label={t(`knowledge.topics.${topic}`, { defaultValue: topic })} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      {article.legalRefs.length > 0 && (
        <section className="article__refs" aria-labelledby="article-refs-title">
          <h2 id="article-refs-title">{t('knowledge.article.legalRefs')}</h2>
          <ul data-testid="article-legal-refs">
            {article.legalRefs.map((ref) => (
              <li key={ref.citation}>{ref.citation}</li>
            ))}
          </ul>
        </section>
      )}
      {/* Rendered from Markdown and sanitised on the server (no raw HTML, no scripts, safe links only). */}
      <div className="article__body" data-testid="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {(article.wegweiserTitles.length > 0 || article.caseStages.length > 0) && (
        <section className="article__links" aria-labelledby="article-links-title">
          <h2 id="article-links-title">{t('knowledge.article.linksTitle')}</h2>
          {article.wegweiserTitles.length > 0 && (
            <>
              <p>{t('knowledge.article.wegweiserTitles')}</p>
              <ul>
                {article.wegweiserTitles.map((title) => (
                  <li key={title.id}>
                    <AppLink to={paths.wegweiser} label={title.name} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {article.caseStages.length > 0 && (
            <p>{t('knowledge.article.caseStages', { stages: article.caseStages.map((stage) => t(`cases.stages.${stage}`, { defaultValue: stage })).join(', ') })}</p>
          )}
        </section>
      )}
      <ArticleVersions article={article} />
    </article>
  );
}

function ChangedBanner({ article, from, to }: { article: Article; from: number; to: number }) {
  const { t } = useTranslation();
  const [diff, setDiff] = useState<ArticleDiff | null>(null);
  const [hasFailed, setFailed] = useState(false);
  const show = async () => {
    try {
      setDiff(await knowledgeApi.diff(article.id, from, to));
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="changed-banner" data-testid="changed-banner">
      <KolAlert _type="info" _variant="card" _label={t('knowledge.article.changedTitle')} _level={2}>
        {t('knowledge.article.changedText', { from, to })}
      </KolAlert>
      {!diff && <KolButton _label={t('knowledge.article.showChanges')} _variant="secondary" _on={{ onClick: () => void show() }} />}
      {hasFailed && <p role="alert">{t('knowledge.loadFailed')}</p>}
      {diff && <DiffView diff={diff} />}
    </div>
  );
}

function ReviewReasons({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const amount = (value: number | null, unit: 'cents' | 'count') =>
    value === null
      ? '–'
      : unit === 'cents'
        ? new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE', { style: 'currency', currency: 'EUR' }).format(value / 100)
        : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE').format(value);
  return (
    <KolAlert _type="warning" _variant="card" _label={t('knowledge.review.title')} _level={2} data-testid="review-reasons">
      <ul>
        {article.reviewReasons.map((reason) => (
          <li key={reason.code === 'expired' ? 'expired' : reason.key}>
            {reason.code === 'expired'
              ? t('knowledge.review.expired', { date: formatDate(reason.validUntil, i18n.language) })
              : t('knowledge.review.parameterChanged', {
                  parameter: t(`knowledge.parameters.${reason.key}`),
                  cited: amount(reason.cited, reason.unit),
                  current: amount(reason.current, reason.unit),
                })}
          </li>
        ))}
      </ul>
    </KolAlert>
  );
}

const transitionOf: Partial<Record<Article['allowedActions'][number], ArticleTransition>> = {
  submit: 'submit',
  approve: 'approve',
  archive: 'archive',
  restore: 'restore',
};

function ReviewActions({ article, onChanged }: { article: Article; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const run = async (transition: ArticleTransition) => {
    setBusy(true);
    setError(null);
    try {
      await knowledgeApi.transition(article, transition, transition === 'request-changes' ? note : undefined);
      await onChanged();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : t('knowledge.loadFailed'));
      setBusy(false);
      status.current?.focus();
    }
  };
  const canRequestChanges = article.allowedActions.includes('request_changes');
  return (
    <section className="review-actions" aria-labelledby="review-actions-title" data-testid="review-actions">
      <h2 id="review-actions-title">{t('knowledge.actions.title')}</h2>
      {article.status === 'in_review' && !article.allowedActions.includes('approve') && <p>{t('knowledge.actions.fourEyes')}</p>}
      <div className="review-actions__buttons">
        {article.allowedActions.includes('edit') && <AppLink to={articleEditPath(article.id)} label={t('knowledge.actions.edit')} variant="secondary" />}
        {article.allowedActions.flatMap((action) => {
          const transition = transitionOf[action];
          if (!transition) return [];
          return [
            <KolButton
              key={action}
              data-testid={`action-${transition}`}
              _label={t(`knowledge.actions.${transition}`)}
              _variant={transition === 'approve' || transition === 'submit' ? 'primary' : 'secondary'}
              _disabled={isBusy}
              _on={{ onClick: () => void run(transition) }}
            />,
          ];
        })}
      </div>
      {canRequestChanges && (
        <div className="review-actions__return">
          <TextareaInput form="review" name="note" label={t('knowledge.actions.note')} hint={t('knowledge.actions.noteHint')} value={note} onChange={setNote} />
          <KolButton
            data-testid="action-request-changes"
            _label={t('knowledge.actions.request-changes')}
            _variant="secondary"
            _disabled={isBusy || note.trim() === ''}
            _on={{ onClick: () => void run('request-changes') }}
          />
        </div>
      )}
      <p ref={status} tabIndex={-1} role="status" className="review-actions__status">
        {error ?? ''}
      </p>
    </section>
  );
}
