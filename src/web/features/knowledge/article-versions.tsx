import { KolButton } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleDiff } from '../../../contract/knowledge';
import { knowledgeApi } from '../../api/knowledge';
import { AppLink } from '../../components/app-link';
import { useLoad } from '../../components/use-load';
import { articlePagePath } from './knowledge-paths';
import { DiffView, formatDate, LoadState } from './knowledge-ui';

/** The version history of an article; each version can be opened and compared with the one before. */
export function ArticleVersions({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const { loaded } = useLoad(() => knowledgeApi.versions(article.id), `versions:${article.id}:${article.latestVersion}:${article.status}`);
  const [diff, setDiff] = useState<ArticleDiff | null>(null);
  const compare = async (number: number) => setDiff(await knowledgeApi.diff(article.id, number - 1, number));
  return (
    <section className="article-versions" aria-labelledby="article-versions-title" data-testid="article-versions">
      <h2 id="article-versions-title">{t('knowledge.versions.title')}</h2>
      <LoadState loaded={loaded} missing={t('knowledge.versions.none')}>
        {({ items }) => (
          <ol className="version-list" reversed>
            {items.map((version, index) => {
              const previous = items[index + 1];
              return (
                <li key={version.number} data-version={version.number}>
                  <span className="version-list__title">
                    {t('knowledge.versions.line', { number: version.number, date: formatDate(version.createdAt, i18n.language), author: version.author?.name ?? '–' })}
                    {version.isPublished && ` · ${t('knowledge.versions.published')}`}
                    {version.number === article.version && ` · ${t('knowledge.versions.shown')}`}
                  </span>
                  {version.changeNote && <span className="version-list__note"> — {version.changeNote}</span>}{' '}
                  {version.number !== article.version && (
                    <AppLink to={`${articlePagePath(article.id)}?version=${version.number}`} label={t('knowledge.versions.open', { number: version.number })} />
                  )}{' '}
                  {previous && previous.number === version.number - 1 && (
                    <KolButton
                      data-testid={`compare-${version.number}`}
                      _label={t('knowledge.versions.compare', { number: version.number, previous: previous.number })}
                      _variant="tertiary"
                      _on={{ onClick: () => void compare(version.number) }}
                    />
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </LoadState>
      {diff && <DiffView diff={diff} />}
    </section>
  );
}
