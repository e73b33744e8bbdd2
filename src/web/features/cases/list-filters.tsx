import { KolButton, KolInputCheckbox } from '@public-ui/react-v19';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStageSchema } from '../../../contract/cases';
import { AppLink } from '../../components/app-link';
import { SelectInput, TextInput } from '../../components/form-fields';
import { paths } from '../../routes/paths';
import { navigatorFilters, sortOrders, type ListFilters } from './list-query';

type ListFiltersProps = { filters: ListFilters; onApply(filters: ListFilters): void };

const form = 'case-filters';

/**
 * Name search and filters. They apply on "Search" (not on every change, so nothing moves
 * while a keyboard or screen-reader user is still choosing); the form follows the address bar.
 */
export function ListFiltersForm({ filters, onApply }: ListFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const set = <K extends keyof ListFilters>(key: K, value: ListFilters[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };

  const stageOptions = caseStageSchema.options.map((stage) => ({ value: stage, label: t(`cases.stages.${stage}`) }));
  const navigatorLabels = { all: t('cases.list.navigatorAll'), me: t('cases.list.navigatorMe'), none: t('cases.list.navigatorNone') };
  const sortLabels = { updated: t('cases.list.sortUpdated'), created: t('cases.list.sortCreated'), name: t('cases.list.sortName') };

  return (
    <section className="case-filters" aria-labelledby="case-filters-title">
      <h2 id="case-filters-title">{t('cases.list.filtersTitle')}</h2>
      <form className="case-filters__form" role="search" aria-labelledby="case-filters-title" noValidate onSubmit={submit} data-testid="case-filters">
        <TextInput form={form} name="q" label={t('cases.list.search')} hint={t('cases.list.searchHint')} value={draft.q} onChange={(value) => set('q', value)} />
        <SelectInput
          form={form}
          name="stage"
          label={t('cases.list.stage')}
          options={stageOptions}
          placeholder={t('cases.list.allStages')}
          value={draft.stage}
          onChange={(value) => set('stage', caseStageSchema.safeParse(value).data ?? '')}
        />
        <SelectInput
          form={form}
          name="navigator"
          label={t('cases.list.navigator')}
          options={navigatorFilters.map((value) => ({ value, label: navigatorLabels[value] }))}
          value={draft.navigator}
          onChange={(value) => set('navigator', navigatorFilters.find((choice) => choice === value) ?? 'all')}
        />
        <SelectInput
          form={form}
          name="sort"
          label={t('cases.list.sort')}
          options={sortOrders.map((value) => ({ value, label: sortLabels[value] }))}
          value={draft.sort}
          onChange={(value) => set('sort', sortOrders.find((choice) => choice === value) ?? 'updated')}
        />
        <KolInputCheckbox
          className="case-filters__overdue"
          data-field="overdue"
          _name="overdue"
          _label={t('cases.list.overdue')}
          _checked={draft.overdue}
          _value={true}
          // KoliBri reports the checkbox's `_value` when checked and null when not.
          _on={{ onInput: (_event: Event, next?: unknown) => set('overdue', next === true) }}
        />
        <div className="case-filters__actions">
          <KolButton data-testid="case-filters-apply" _type="submit" _variant="primary" _label={t('cases.list.apply')} />
          <AppLink to={paths.cases} label={t('cases.list.reset')} />
        </div>
      </form>
    </section>
  );
}
