import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { CaseListResponse } from '../../../contract/cases';
import { casesApi } from '../../api/cases';
import { AppLink } from '../../components/app-link';
import { Pagination } from '../../components/pagination';
import { Loading } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { CaseTable } from './case-table';
import { ListFiltersForm } from './list-filters';
import { filtersFromSearch, pageCount, searchFromFilters, toListParams, type ListFilters } from './list-query';
import { RequireCaseStaff } from './require-case-staff';

type Result = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; data: CaseListResponse };

/** `/faelle`: the cases the signed-in person can see, searched, filtered, sorted and paged. */
export function CaseListPage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.title'));
  return <RequireCaseStaff>{() => <CaseList />}</RequireCaseStaff>;
}

function CaseList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const key = searchParams.toString();
  // The filters live in the address bar: back, forward and reload keep them.
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(key)), [key]);
  const [result, setResult] = useState<Result>({ status: 'loading' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);

  useEffect(() => {
    let isCurrent = true;
    setResult({ status: 'loading' });
    casesApi.list(toListParams(filters)).then(
      (data) => isCurrent && setResult({ status: 'ready', data }),
      () => isCurrent && setResult({ status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [filters]);

  // After a search or a change of page, continue at the results (their heading says how many).
  useEffect(() => {
    if (result.status === 'loading' || !focusResults.current) return;
    focusResults.current = false;
    headingRef.current?.focus();
  }, [result]);

  const apply = (next: ListFilters) => {
    focusResults.current = true;
    void navigate({ pathname: paths.cases, search: searchFromFilters(next) });
  };

  const pages = result.status === 'ready' ? pageCount(result.data.total) : 1;
  return (
    <div className="page cases-page">
      <KolHeading _level={1} _label={t('cases.title')} />
      <p>{t('cases.intro')}</p>
      <p>
        <AppLink to={paths.newCase} label={t('cases.newCase')} variant="primary" />
      </p>
      <ListFiltersForm filters={filters} onApply={apply} />
      <section className="case-results" aria-labelledby="case-results-title">
        <h2 id="case-results-title" ref={headingRef} tabIndex={-1} data-testid="case-count">
          {result.status !== 'ready'
            ? t('cases.list.results')
            : result.data.totalIsLowerBound
              ? t('cases.list.countAtLeast', { count: result.data.total })
              : t('cases.list.count', { count: result.data.total })}
        </h2>
        {result.status === 'loading' && <Loading />}
        {result.status === 'failed' && (
          <KolAlert _type="error" _variant="msg" _alert>
            {t('cases.loadFailed')}
          </KolAlert>
        )}
        {result.status === 'ready' &&
          (result.data.items.length === 0 ? (
            <p data-testid="case-list-empty">{t('cases.list.none')}</p>
          ) : (
            <CaseTable items={result.data.items} caption={t('cases.list.caption', { page: filters.page, pages })} />
          ))}
        {result.status === 'ready' && (
          <Pagination
            testId="case-pagination"
            page={filters.page}
            pages={pages}
            hrefOf={(page) => `${paths.cases}${searchFromFilters({ ...filters, page })}`}
            onNavigate={() => (focusResults.current = true)}
            hasMore={result.data.totalIsLowerBound}
          />
        )}
      </section>
    </div>
  );
}
