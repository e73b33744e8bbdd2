import { KolAlert, KolHeading, KolLinkButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { MeResponse } from '../../../contract/auth';
import type { StatsResponse } from '../../../contract/steering';
import { ApiError } from '../../api/client';
import { fetchStats, fetchStatsOptions, statsUrl } from '../../api/steering';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { paths, steeringViewPath } from '../../routes/paths';
import { formatDate, localized } from '../wegweiser/format';
import { SteeringFilters } from './steering-filters';
import { SteeringTabs } from './steering-tabs';
import { dashboardViews, draftFromSearch, filterValues, searchFromDraft, viewBySlug, type DashboardView, type FilterDraft } from './steering-views';
import { dateAndTime } from './stats-format';
import { StatsTableView } from './stats-table-view';
import '../../styles/steering.css';

/** Steering and administration see the network; an Ausländerbehörde's case workers their own authority. */
export const maySeeSteering = (me: MeResponse): boolean =>
  me.user.roles.some((role) => role === 'admin' || role === 'steering') || (me.user.roles.includes('caseworker') && me.user.organisation?.kind === 'abh');

/** `/steuerung`: the first view, with the selection kept. */
export function SteeringIndexPage() {
  const location = useLocation();
  return <Navigate to={`${steeringViewPath(dashboardViews[0].slug)}${location.search}`} replace />;
}

/** `/steuerung/<view>`: one dashboard with its tabs, selection, downloads, charts and tables. */
export function SteeringPage() {
  const { t } = useTranslation();
  const { view: slug } = useParams();
  const view = viewBySlug(slug);
  usePageTitle(view ? `${t(`steering.views.${view.labelKey}`)} – ${t('steering.title')}` : t('steering.title'));
  if (!view) return <Navigate to={paths.steering} replace />;
  return <RequireSession>{(me) => (maySeeSteering(me) ? <Dashboard view={view} /> : <NotAllowed />)}</RequireSession>;
}

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <div className="page steering">
      <KolHeading _level={1} _label={t('steering.title')} />
      <KolAlert _type="warning" _variant="msg" data-testid="steering-not-allowed">
        {t('steering.notAllowed')}
      </KolAlert>
    </div>
  );
}

/** Figures of a view, or null when the server refuses this person (403). */
async function loadFigures(view: DashboardView, draft: FilterDraft): Promise<StatsResponse | null> {
  try {
    return await fetchStats(view.view, filterValues(draft));
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return null;
    throw error;
  }
}

function Dashboard({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const applied = draftFromSearch(search);
  const query = searchFromDraft(applied).toString();
  const figures = useLoad(() => loadFigures(view, applied), `steering-${view.view}-${query}`).loaded;
  const options = useLoad(() => fetchStatsOptions().catch(() => null), 'steering-options').loaded;

  const apply = (draft: FilterDraft) => {
    const next = searchFromDraft(draft).toString();
    void navigate(`${steeringViewPath(view.slug)}${next ? `?${next}` : ''}`);
  };

  return (
    <div className="page steering">
      <KolHeading _level={1} _label={t('steering.title')} />
      <p>{t('steering.intro')}</p>
      <SteeringTabs current={view.slug} search={query} />
      <SteeringFilters applied={applied} options={options.status === 'ready' ? options.data : null} onApply={apply} />
      <LoadState loaded={figures} missing={t('steering.notAllowed')} failed={t('steering.loadFailed')} testId="steering-not-allowed">
        {(response) => <Figures view={view} response={response} applied={applied} />}
      </LoadState>
    </div>
  );
}

function Figures({ view, response, applied }: { view: DashboardView; response: StatsResponse; applied: FilterDraft }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const asOf = dateAndTime(response.asOf, language);
  // The files in the reader's language (German, else English).
  const filters = { ...filterValues(applied), language: language === 'de' ? ('de' as const) : ('en' as const) };
  const fileName = (tableId: string) => `steuerung-${view.slug}-${tableId}-${response.period.from}-${response.period.to}`;
  return (
    <section className="steering__figures" aria-labelledby="steering-view-title" data-testid="steering-figures">
      <h2 id="steering-view-title" className="steering__view-title">
        {t(`steering.views.${view.labelKey}`)}
      </h2>
      <div className="steering__facts" role="status" data-testid="steering-facts">
        <p data-testid="steering-scope">
          {response.scope.kind === 'organisation' ? t('steering.scopeOrganisation', { name: response.scope.organisationName ?? '' }) : t('steering.scopeNetwork')}
        </p>
        <p data-testid="steering-period">{t('steering.period', { from: formatDate(response.period.from, language), to: formatDate(response.period.to, language) })}</p>
        {response.filters.length > 0 && (
          <p data-testid="steering-applied">
            {t('steering.appliedFilters')}: {response.filters.map((filter) => `${localized(filter.label, language)}: ${localized(filter.value, language)}`).join(' · ')}
          </p>
        )}
        <p data-testid="steering-as-of">{t('steering.asOf', asOf)}</p>
      </div>
      <div className="steering__downloads" data-testid="steering-downloads">
        <p className="steering__downloads-intro">{t('steering.downloadsIntro')}</p>
        <KolLinkButton data-testid="steering-csv" _href={statsUrl(view.view, filters, 'csv')} _download={`${fileName('tabellen')}.csv`} _label={t('steering.csv')} _variant="secondary" />
        <KolLinkButton data-testid="steering-xlsx" _href={statsUrl(view.view, filters, 'xlsx')} _download={`${fileName('tabellen')}.xlsx`} _label={t('steering.xlsx')} _variant="secondary" />
      </div>
      {response.tables.length === 0 ? (
        <p data-testid="stats-empty">{t('steering.empty')}</p>
      ) : (
        response.tables.map((table) => <StatsTableView key={table.id} table={table} level={3} fileName={fileName(table.id)} />)
      )}
    </section>
  );
}
