import { KolButton } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsFilterOptions } from '../../../contract/steering';
import { DateInput, SelectInput, type Option } from '../../components/form-fields';
import { localized } from '../wegweiser/format';
import { emptyDraft, isIsoDate, periodPresets, presetPeriod, type FilterDraft, type FilterName, type PeriodPreset } from './steering-views';

const FORM = 'steering';
const MIN_DATE = '2000-01-01';
const MAX_DATE = '2099-12-31';

/**
 * The selection of a dashboard: period (with three presets), Land, authority, residence title and
 * region of origin. Applying it changes the page address; the figures follow without a reload.
 */
export function SteeringFilters({ applied, options, onApply }: { applied: FilterDraft; options: StatsFilterOptions | null; onApply(draft: FilterDraft): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [draft, setDraft] = useState<FilterDraft>(applied);
  const [appliedKey, setAppliedKey] = useState(JSON.stringify(applied));
  const [errors, setErrors] = useState<Partial<Record<FilterName, string>>>({});
  // A new address (back button, a tab) brings its own selection into the form.
  if (JSON.stringify(applied) !== appliedKey) {
    setAppliedKey(JSON.stringify(applied));
    setDraft(applied);
    setErrors({});
  }

  const set = (name: FilterName) => (value: string) =>
    setDraft((current) => {
      const next = { ...current, [name]: value };
      // An authority of another Land no longer fits the chosen Land.
      if (name === 'land' && value && options?.authorities.find((authority) => authority.id === current.authority)?.land !== value) next.authority = '';
      return next;
    });

  const submit = (next: FilterDraft) => {
    const found: Partial<Record<FilterName, string>> = {};
    for (const name of ['from', 'to'] as const) if (next[name] && !isIsoDate(next[name])) found[name] = t('steering.badDate');
    if (!found.from && !found.to && next.from && next.to && next.from > next.to) found.from = t('steering.badPeriod');
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(next);
  };
  const preset = (which: PeriodPreset) => {
    const next = { ...draft, ...presetPeriod(which, new Date()) };
    setDraft(next);
    submit(next);
  };

  const sorted = (choices: Option[]) => [...choices].sort((a, b) => a.label.localeCompare(b.label, language));
  const laender = sorted((options?.laender ?? []).map((land) => ({ value: land.code, label: localized(land.name, language) })));
  const authorities = sorted(
    (options?.authorities ?? []).filter((authority) => !draft.land || authority.land === draft.land).map((authority) => ({ value: authority.id, label: authority.name })),
  );
  const titles = sorted((options?.titles ?? []).map((title) => ({ value: title.id, label: localized(title.name, language) })));
  // The regions keep their order (UN M49, "other" last).
  const groups = (options?.countryGroups ?? []).map((group) => ({ value: group.id, label: localized(group.name, language) }));
  const ownAuthorityOnly = options?.scope.kind === 'organisation';

  return (
    <form
      className="steering__filters"
      aria-labelledby="steering-filters-title"
      noValidate
      data-testid="steering-filters"
      onSubmit={(event) => {
        event.preventDefault();
        submit(draft);
      }}
    >
      <h2 id="steering-filters-title" className="steering__subtitle">
        {t('steering.filtersTitle')}
      </h2>
      <div className="steering__presets" role="group" aria-label={t('steering.presetsLabel')}>
        {periodPresets.map((which) => (
          <KolButton key={which} data-testid={`steering-preset-${which}`} _label={t(`steering.presets.${which}`)} _variant="tertiary" _on={{ onClick: () => preset(which) }} />
        ))}
      </div>
      <div className="steering__filter-fields">
        <DateInput form={FORM} name="from" label={t('steering.from')} hint={t('steering.periodHint')} value={draft.from} onChange={set('from')} error={errors.from} min={MIN_DATE} max={MAX_DATE} />
        <DateInput form={FORM} name="to" label={t('steering.to')} value={draft.to} onChange={set('to')} error={errors.to} min={MIN_DATE} max={MAX_DATE} />
        {options && (
          <>
            <SelectInput form={FORM} name="land" label={t('steering.land')} value={draft.land} onChange={set('land')} options={laender} placeholder={t('steering.all')} />
            {!ownAuthorityOnly && (
              <SelectInput form={FORM} name="authority" label={t('steering.authority')} value={draft.authority} onChange={set('authority')} options={authorities} placeholder={t('steering.all')} />
            )}
            <SelectInput form={FORM} name="title" label={t('steering.residenceTitle')} value={draft.title} onChange={set('title')} options={titles} placeholder={t('steering.all')} />
            <SelectInput form={FORM} name="countryGroup" label={t('steering.countryGroup')} value={draft.countryGroup} onChange={set('countryGroup')} options={groups} placeholder={t('steering.all')} />
          </>
        )}
      </div>
      <div className="steering__filter-actions">
        <KolButton data-testid="steering-apply" _label={t('steering.apply')} _type="submit" _variant="primary" />
        <KolButton
          data-testid="steering-reset"
          _label={t('steering.reset')}
          _variant="secondary"
          _on={{
            onClick: () => {
              setDraft(emptyDraft);
              submit(emptyDraft);
            },
          }}
        />
      </div>
    </form>
  );
}
