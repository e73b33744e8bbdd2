import { KolButton, KolHeading, KolInputCheckbox, KolLinkButton } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { ShortageStatsResponse } from '../../../contract/shortage';
import { ApiError } from '../../api/client';
import { fetchShortageStats, shortageStatsUrl, type ShortageFilterValues } from '../../api/shortage';
import { fetchStatsOptions } from '../../api/steering';
import { SelectInput } from '../../components/form-fields';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { formatDate, localized } from '../wegweiser/format';
import { StatsTableView } from '../steering/stats-table-view';
import { dateAndTime } from '../steering/stats-format';
import { maySeeSteering } from '../steering/steering-page';
import { SteeringFilters } from '../steering/steering-filters';
import { SteeringTabs } from '../steering/steering-tabs';
import { draftFromSearch, filterValues, searchFromDraft, type FilterDraft } from '../steering/steering-views';
import { longDate } from './shortage-format';
import '../../styles/steering.css';
import '../../styles/shortage.css';

type ShortageChoice = '' | 'yes' | 'no';
type Own = { shortage: ShortageChoice; measure16d: boolean };

const ownFromSearch = (search: URLSearchParams): Own => {
  const shortage = search.get('shortage');
  return { shortage: shortage === 'yes' || shortage === 'no' ? shortage : '', measure16d: search.get('measure16d') === 'true' };
};

/** The page address's query: the shared selection, then this page's own two filters. */
const searchOf = (draft: FilterDraft, own: Own): string => {
  const search = searchFromDraft(draft);
  if (own.shortage) search.set('shortage', own.shortage);
  if (own.measure16d) search.set('measure16d', 'true');
  return search.toString();
};

const valuesOf = (draft: FilterDraft, own: Own): ShortageFilterValues => ({
  ...filterValues(draft),
  ...(own.shortage ? { shortage: own.shortage } : {}),
  ...(own.measure16d ? { measure16d: 'true' as const } : {}),
});

/** `/steuerung/engpassberufe`: shortage occupations × country of qualification. */
export function ShortagePage() {
  const { t } = useTranslation();
  usePageTitle(`${t('steering.views.shortage')} – ${t('steering.title')}`);
  return <RequireSession>{(me) => (maySeeSteering(me) ? <Shortage /> : <p data-testid="steering-not-allowed">{t('steering.notAllowed')}</p>)}</RequireSession>;
}

async function load(values: ShortageFilterValues): Promise<ShortageStatsResponse | null> {
  try {
    return await fetchShortageStats(values);
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return null;
    throw error;
  }
}

function Shortage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const applied = draftFromSearch(search);
  const own = ownFromSearch(search);
  const query = searchOf(applied, own);
  const figures = useLoad(() => load(valuesOf(applied, own)), `shortage-${query}`).loaded;
  const options = useLoad(() => fetchStatsOptions().catch(() => null), 'steering-options').loaded;
  const go = (draft: FilterDraft, next: Own) => {
    const nextQuery = searchOf(draft, next);
    void navigate(`${paths.shortage}${nextQuery ? `?${nextQuery}` : ''}`);
  };

  return (
    <div className="page steering">
      <KolHeading _level={1} _label={t('steering.title')} />
      <p>{t('steering.intro')}</p>
      <SteeringTabs current={paths.shortage} search={searchFromDraft(applied).toString()} />
      <SteeringFilters applied={applied} options={options.status === 'ready' ? options.data : null} onApply={(draft) => go(draft, own)} />
      <OwnFilters applied={own} onApply={(next) => go(applied, next)} />
      <LoadState loaded={figures} missing={t('steering.notAllowed')} failed={t('steering.loadFailed')} testId="steering-not-allowed">
        {(response) => <Figures response={response} values={valuesOf(applied, own)} />}
      </LoadState>
    </div>
  );
}

function OwnFilters({ applied, onApply }: { applied: Own; onApply(next: Own): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Own>(applied);
  const [appliedKey, setAppliedKey] = useState(JSON.stringify(applied));
  if (JSON.stringify(applied) !== appliedKey) {
    setAppliedKey(JSON.stringify(applied));
    setDraft(applied);
  }
  const choices = [
    { value: 'yes', label: t('steering-shortage.shortageYes') },
    { value: 'no', label: t('steering-shortage.shortageNo') },
  ];
  return (
    <form
      className="shortage__filters"
      aria-labelledby="shortage-filters-title"
      noValidate
      data-testid="shortage-filters"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <h2 id="shortage-filters-title" className="steering__subtitle">
        {t('steering-shortage.filtersTitle')}
      </h2>
      <SelectInput
        form="shortage"
        name="shortage"
        label={t('steering-shortage.shortage')}
        value={draft.shortage}
        options={choices}
        placeholder={t('steering-shortage.shortageAll')}
        onChange={(value) => setDraft((current) => ({ ...current, shortage: value === 'yes' || value === 'no' ? value : '' }))}
      />
      <KolInputCheckbox
        data-field="measure16d"
        _name="measure16d"
        _label={t('steering-shortage.measure16d')}
        _hint={t('steering-shortage.measure16dHint')}
        _checked={draft.measure16d}
        _value={true}
        _on={{ onInput: (_event: Event, next?: unknown) => setDraft((current) => ({ ...current, measure16d: next === true })) }}
      />
      <div>
        <KolButton data-testid="shortage-apply" _label={t('steering.apply')} _type="submit" _variant="primary" />
      </div>
    </form>
  );
}

function Figures({ response, values }: { response: ShortageStatsResponse; values: ShortageFilterValues }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const asOf = dateAndTime(response.asOf, language);
  const filters = { ...values, language: language === 'de' ? ('de' as const) : ('en' as const) };
  const fileName = (tableId: string) => `steuerung-engpassberufe-${tableId}-${response.period.from}-${response.period.to}`;
  const source = response.shortageImport;
  return (
    <section className="steering__figures" aria-labelledby="shortage-view-title" data-testid="steering-figures">
      <h2 id="shortage-view-title" className="steering__view-title">
        {t('steering-shortage.title')}
      </h2>
      <p>{t('steering-shortage.intro')}</p>
      {source?.isDemo && (
        <p className="shortage__demo-note" data-testid="shortage-demo-note">
          {t('steering-shortage.demoNote')}
        </p>
      )}
      <div className="steering__facts" role="status" data-testid="steering-facts">
        <p data-testid="shortage-source">{source ? t('steering-shortage.source', { source: source.source, date: longDate(source.importedAt, language) }) : t('steering-shortage.noImport')}</p>
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
        <KolLinkButton data-testid="steering-csv" _href={shortageStatsUrl(filters, 'csv')} _download={`${fileName('tabellen')}.csv`} _label={t('steering.csv')} _variant="secondary" />
        <KolLinkButton data-testid="steering-xlsx" _href={shortageStatsUrl(filters, 'xlsx')} _download={`${fileName('tabellen')}.xlsx`} _label={t('steering.xlsx')} _variant="secondary" />
      </div>
      {response.tables.length === 0 ? (
        <p data-testid="stats-empty">{t('steering.empty')}</p>
      ) : (
        response.tables.map((table) => <StatsTableView key={table.id} table={table} level={3} fileName={fileName(table.id)} />)
      )}
    </section>
  );
}
