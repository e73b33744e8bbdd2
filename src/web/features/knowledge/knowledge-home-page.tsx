import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { knowledgeTopics, type ArticleListItem } from '../../../contract/knowledge';
import { knowledgeApi } from '../../api/knowledge';
import { AppLink } from '../../components/app-link';
import { TextInput } from '../../components/form-fields';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { useSession } from '../../session/session-context';
import { useLoad } from '../../components/use-load';
import { articlePagePath, searchPagePath, topicPath } from './knowledge-paths';
import { formatDate, LoadState, StatusBadge, useIsEditor } from './knowledge-ui';

/** `/wissen`: search box, topics, recent changes; for editors also their work and the needs-review list. */
export function KnowledgeHomePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const topic = knowledgeTopics.find((candidate) => candidate === params.get('thema'));
  const isEditor = useIsEditor();
  const { session } = useSession();
  usePageTitle(t('knowledge.title'));
  // Reload when the session changes: signed-in readers see "changed since you last read".
  const sessionKey = session.status === 'signed-in' ? session.me.user.id : session.status;

  return (
    <div className="page knowledge-page">
      <KolHeading _level={1} _label={t('knowledge.title')} />
      <p>{t('knowledge.home.intro')}</p>
      <SearchBox />
      {isEditor && (
        <p>
          <AppLink to={paths.newArticle} label={t('knowledge.home.newArticle')} variant="primary" />
        </p>
      )}
      <section className="knowledge-topics" aria-labelledby="knowledge-topics-title">
        <h2 id="knowledge-topics-title">{t('knowledge.home.topics')}</h2>
        <ul className="topic-list">
          {knowledgeTopics.map((id) => (
            <li key={id} aria-current={id === topic ? 'true' : undefined}>
              <AppLink to={topicPath(id)} label={t(`knowledge.topics.${id}`)} />
            </li>
          ))}
        </ul>
        {topic && (
          <p>
            <AppLink to={paths.knowledge} label={t('knowledge.home.allTopics')} />
          </p>
        )}
      </section>
      {isEditor && !topic && (
        <>
          <ArticleSection
            id="needs-review"
            title={t('knowledge.home.needsReview')}
            empty={t('knowledge.home.needsReviewEmpty')}
            load={() => knowledgeApi.list({ needsReview: true, pageSize: 50 })}
            loadKey={`needs-review:${sessionKey}`}
          />
          <ArticleSection
            id="in-review"
            title={t('knowledge.home.inReview')}
            empty={t('knowledge.home.inReviewEmpty')}
            load={() => knowledgeApi.list({ status: 'in_review', pageSize: 50 })}
            loadKey={`in-review:${sessionKey}`}
          />
          <ArticleSection
            id="drafts"
            title={t('knowledge.home.drafts')}
            empty={t('knowledge.home.draftsEmpty')}
            load={() => knowledgeApi.list({ status: 'draft', pageSize: 50 })}
            loadKey={`drafts:${sessionKey}`}
          />
        </>
      )}
      <ArticleSection
        id="recent"
        title={topic ? t('knowledge.home.topicArticles', { topic: t(`knowledge.topics.${topic}`) }) : t('knowledge.home.recent')}
        empty={t('knowledge.home.recentEmpty')}
        load={() => knowledgeApi.list({ ...(topic ? { topic, sort: 'title' as const } : {}), ...(isEditor ? { status: 'published' as const } : {}), pageSize: topic ? 100 : 10 })}
        loadKey={`recent:${topic ?? ''}:${sessionKey}:${isEditor}`}
      />
    </div>
  );
}

function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(searchPagePath(q.trim()));
  };
  return (
    <form className="knowledge-search-box" role="search" aria-label={t('knowledge.search.label')} noValidate onSubmit={submit}>
      <TextInput form="knowledge-home" name="q" label={t('knowledge.search.label')} hint={t('knowledge.search.hint')} value={q} onChange={setQ} />
      <KolButton _label={t('knowledge.search.submit')} _type="submit" _variant="primary" />
    </form>
  );
}

function ArticleSection(props: { id: string; title: string; empty: string; load: () => Promise<{ items: ArticleListItem[] }>; loadKey: string }) {
  const { loaded } = useLoad(props.load, props.loadKey);
  return (
    <section className="knowledge-section" aria-labelledby={`${props.id}-title`} data-testid={`section-${props.id}`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <LoadState loaded={loaded} missing={props.empty}>
        {(page) => (page.items.length === 0 ? <p>{props.empty}</p> : <ArticleList items={page.items} />)}
      </LoadState>
    </section>
  );
}

/** Articles as a list: title link, status for drafts, summary, date and the "changed" note. */
export function ArticleList({ items }: { items: ArticleListItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="article-list">
      {items.map((item) => (
        <li key={item.id} className="article-list__item" data-article-id={item.id}>
          <AppLink to={articlePagePath(item.id)} label={item.title} />
          {item.status !== 'published' && <StatusBadge status={item.status} />}
          {item.needsReview && <span className="article-flag article-flag--review">{t('knowledge.flags.needsReview')}</span>}
          {item.changedSinceRead && <span className="article-flag article-flag--changed">{t('knowledge.flags.changedSinceRead')}</span>}
          <p className="article-list__summary">{item.summary}</p>
          <p className="article-list__meta">{t('knowledge.home.updated', { date: formatDate(item.updatedAt, i18n.language), version: item.version })}</p>
        </li>
      ))}
    </ul>
  );
}
