import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { knowledgeTopics } from '../../../contract/knowledge';
import type { SearchResponse } from '../../../contract/search';
import { knowledgeApi, type SearchParams } from '../../api/knowledge';
import { AppLink } from '../../components/app-link';
import { SelectInput, TextInput } from '../../components/form-fields';
import { usePageTitle } from '../../components/use-page-title';
import '../../styles/knowledge.css';

/** Wait this long after the last keystroke before searching (search as you type). */
const DEBOUNCE_MS = 250;
const types = ['article', 'course', 'question'] as const;

type State = { status: 'idle' } | { status: 'loading' } | { status: 'failed' } | { status: 'ready'; response: SearchResponse; q: string };

/** `/suche`: search as you type over articles, courses and (later) questions, with highlighted snippets. */
export function SearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledge.search.title'));
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const type = types.find((candidate) => candidate === params.get('typ')) ?? '';
  const topic = knowledgeTopics.find((candidate) => candidate === params.get('thema')) ?? '';
  const [state, setState] = useState<State>({ status: 'idle' });
  const latest = useRef(0);

  // Keep the address in step with the query (replace: typing is not a history of pages).
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params);
      if (q.trim()) next.set('q', q);
      else next.delete('q');
      if (next.toString() !== params.toString()) setParams(next, { replace: true });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, params, setParams]);

  const committed = params.get('q') ?? '';
  useEffect(() => {
    if (!committed.trim()) {
      setState({ status: 'idle' });
      return;
    }
    // Only the answer to the newest request is shown, whatever order answers arrive in.
    const request = ++latest.current;
    setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    const query: SearchParams = { q: committed, ...(type ? { type } : {}), ...(topic ? { topic } : {}) };
    knowledgeApi.search(query).then(
      (response) => request === latest.current && setState({ status: 'ready', response, q: committed }),
      () => request === latest.current && setState({ status: 'failed' }),
    );
  }, [committed, type, topic]);

  const setFilter = (key: 'typ' | 'thema', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div className="page knowledge-page search-page">
      <KolHeading _level={1} _label={t('knowledge.search.title')} />
      <form className="search-form" role="search" aria-label={t('knowledge.search.title')} noValidate onSubmit={(event) => event.preventDefault()}>
        <TextInput form="search" name="q" label={t('knowledge.search.label')} hint={t('knowledge.search.hintLive')} value={q} onChange={setQ} />
        <SelectInput
          form="search"
          name="type"
          label={t('knowledge.search.type')}
          placeholder={t('knowledge.search.allTypes')}
          options={types.map((value) => ({ value, label: t(`knowledge.search.types.${value}`) }))}
          value={type}
          onChange={(value) => setFilter('typ', value)}
        />
        <SelectInput
          form="search"
          name="topic"
          label={t('knowledge.search.topic')}
          placeholder={t('knowledge.search.allTopics')}
          options={knowledgeTopics.map((value) => ({ value, label: t(`knowledge.topics.${value}`) }))}
          value={topic}
          onChange={(value) => setFilter('thema', value)}
        />
      </form>
      <p className="search-status" role="status" data-testid="search-status">
        {state.status === 'ready'
          ? state.response.results.length === 0
            ? t('knowledge.search.none', { q: state.q })
            : t('knowledge.search.count', { count: state.response.results.length })
          : state.status === 'loading'
            ? t('knowledge.search.searching')
            : ''}
      </p>
      {state.status === 'failed' && (
        <KolAlert _type="error" _variant="msg" _alert>
          {t('knowledge.loadFailed')}
        </KolAlert>
      )}
      {state.status === 'ready' && state.response.correctedQuery && <p data-testid="search-corrected">{t('knowledge.search.corrected', { q: state.response.correctedQuery })}</p>}
      {state.status === 'ready' && state.response.results.length > 0 && (
        <ol className="search-results" data-testid="search-results">
          {state.response.results.map((result) => (
            <li key={`${result.type}:${result.id}`} className="search-result" data-result-id={result.id} data-type={result.type}>
              <AppLink to={result.path} label={result.title} />
              <span className="search-result__type">{t(`knowledge.search.resultTypes.${result.type}`)}</span>
              {/* The server escapes the snippet; only its <mark> highlights are markup. */}
              <p className="search-result__snippet" dangerouslySetInnerHTML={{ __html: result.snippet }} />
              {result.legalRefs.length > 0 && <p className="search-result__refs">{result.legalRefs.join(' · ')}</p>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
