import { KolButton } from '@public-ui/react-v19';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LawYear, LawYearsResponse, SetLawYearBody } from '../../../contract/law';
import { ApiError } from '../../api/client';
import { FormErrorSummary } from '../../components/form-error-summary';
import { DateInput, TextareaInput, TextInput, type Focusable } from '../../components/form-fields';
import { formatDate, formatEuro } from '../wegweiser/format';
import { saveErrorText } from './law-figures-page';
import { parseAmount } from './parse-amount';

type Rule = LawYearsResponse['figureRules'][number];
type FigureDraft = { value: string; source: string; publishedOn: string };
const THRESHOLD_IDS = ['blueCardStandard', 'blueCardReduced', 'firstTitleAge45', 'experienceBased'] as const;

type Draft = {
  figures: Record<string, FigureDraft>;
  thresholds: Record<string, string>;
  thresholdsSource: string;
  note: string;
};

function initialDraft(rules: readonly Rule[], current: LawYear | undefined, language: string): Draft {
  const locale = language === 'en' ? 'en-GB' : 'de-DE';
  const show = (value: number, unit: 'euro' | 'count') =>
    unit === 'euro' ? value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(value);
  const figures: Record<string, FigureDraft> = {};
  for (const rule of rules) {
    const figure = current?.figures.find((item) => item.id === rule.id);
    figures[rule.id] = figure
      ? { value: show(figure.value, rule.unit), source: figure.source, publishedOn: figure.publishedOn ?? '' }
      : { value: '', source: '', publishedOn: '' };
  }
  const thresholds: Record<string, string> = {};
  for (const id of THRESHOLD_IDS) {
    const published = current?.thresholds.find((item) => item.id === id)?.publishedEur;
    thresholds[id] = published == null ? '' : show(published, 'euro');
  }
  return { figures, thresholds, thresholdsSource: current?.publishedThresholdsSource ?? '', note: current?.note ?? '' };
}

type Errors = Record<string, string>;

/** Checks the draft as the server will; returns the body or the problems per field. */
function check(draft: Draft, year: number, rules: readonly Rule[], t: TFunction):
  | { ok: true; figures: SetLawYearBody['figures'] }
  | { ok: false; errors: Errors } {
  const errors: Errors = {};
  const figures: Record<string, unknown> = { year };
  for (const rule of rules) {
    const draftFigure = draft.figures[rule.id] as FigureDraft;
    const amount = parseAmount(draftFigure.value);
    if (draftFigure.value.trim() === '') errors[`${rule.id}.value`] = t('law.errors.required');
    else if (amount === null) errors[`${rule.id}.value`] = t('law.errors.number');
    else if (rule.unit === 'count' && !Number.isInteger(amount)) errors[`${rule.id}.value`] = t('law.errors.whole');
    else if (Math.round(amount * 100) !== amount * 100 && Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) errors[`${rule.id}.value`] = t('law.errors.cents');
    else if (amount < rule.min || amount > rule.max) errors[`${rule.id}.value`] = t('law.errors.range', { min: rule.min.toLocaleString('de-DE'), max: rule.max.toLocaleString('de-DE') });
    if (draftFigure.source.trim() === '') errors[`${rule.id}.source`] = t('law.errors.required');
    if (draftFigure.publishedOn === '') errors[`${rule.id}.publishedOn`] = t('law.errors.required');
    else if (Number(draftFigure.publishedOn.slice(0, 4)) > year) errors[`${rule.id}.publishedOn`] = t('law.errors.publishedAfter', { year });
    figures[rule.id] = { value: amount ?? 0, source: draftFigure.source.trim(), publishedOn: draftFigure.publishedOn };
  }
  const thresholds: Record<string, number> = {};
  for (const id of THRESHOLD_IDS) {
    const text = draft.thresholds[id] ?? '';
    if (text.trim() === '') continue;
    const amount = parseAmount(text);
    if (amount === null) errors[`publishedThresholds.${id}`] = t('law.errors.number');
    else thresholds[id] = amount;
  }
  if (Object.keys(thresholds).length > 0) {
    figures.publishedThresholds = thresholds;
    if (draft.thresholdsSource.trim() === '') errors.publishedThresholdsSource = t('law.errors.required');
    else figures.publishedThresholdsSource = draft.thresholdsSource.trim();
  }
  if (draft.note.trim() !== '') figures.note = draft.note.trim();
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, figures: figures as SetLawYearBody['figures'] };
}

/**
 * Entering or correcting a year: every figure with the publication it comes from and its date,
 * checked when the form is sent; then a confirmation that says what will happen.
 */
export function YearForm({
  year,
  current,
  rules,
  save,
  cancel,
}: {
  year: number;
  current: LawYear | undefined;
  rules: readonly Rule[];
  save(body: SetLawYearBody): Promise<void>;
  cancel(): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const [draft, setDraft] = useState<Draft>(() => initialDraft(rules, current, language));
  const [errors, setErrors] = useState<Errors>({});
  const [confirming, setConfirming] = useState<SetLawYearBody['figures'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const fields = useRef(new Map<string, Focusable>()).current;
  const form = 'law-year';

  useEffect(() => {
    if (Object.keys(errors).length > 0) summaryRef.current?.focus();
  }, [errors]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const labelOf = (name: string): string => {
    const [figureId, part] = name.split('.') as [string, string | undefined];
    if (figureId === 'publishedThresholds' && part) return t(`law.thresholdNames.${part as (typeof THRESHOLD_IDS)[number]}`);
    if (figureId === 'publishedThresholdsSource') return t('law.thresholdsSource');
    const rule = rules.find((item) => item.id === figureId);
    const figureName = rule ? rule.name[language] : figureId;
    return part === 'value' ? figureName : `${figureName}: ${t(`law.fields.${(part ?? 'value') as 'value' | 'source' | 'publishedOn' | 'note'}`)}`;
  };

  const setFigure = (id: string, part: keyof FigureDraft, value: string) =>
    setDraft((previous) => ({ ...previous, figures: { ...previous.figures, [id]: { ...(previous.figures[id] as FigureDraft), [part]: value } } }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const result = check(draft, year, rules, t);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setConfirming(result.figures);
  }

  async function confirm() {
    if (!confirming) return;
    setBusy(true);
    setFailure(null);
    try {
      await save({ figures: confirming, expectedRevision: current?.revision ?? null });
    } catch (error) {
      setConfirming(null);
      if (error instanceof ApiError && error.fields) {
        const mapped: Errors = {};
        // The server's field messages are for API clients (English); the page names the problem in its own words.
        for (const field of Object.keys(error.fields)) {
          const name = field.replace(/^figures\./, '');
          mapped[name] = name === 'year' ? t('law.errors.yearOrder') : name.startsWith('publishedThresholds.') ? t('law.errors.thresholdMismatch') : t('law.errors.fieldRefused');
        }
        setErrors(mapped);
      }
      setFailure(saveErrorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  const errorList: [string, string, string][] = Object.entries(errors).map(([name, message]) => [name, labelOf(name), message]);
  const bind = (name: string) => ({ form, name, error: errors[name], fieldRef: (element: Focusable | null) => (element ? fields.set(name, element) : fields.delete(name)) });

  if (confirming) {
    return (
      <div ref={confirmRef} tabIndex={-1} className="law-confirm" role="region" aria-labelledby="law-confirm-title" data-testid="law-confirm">
        <h2 id="law-confirm-title">{t(current ? 'law.confirmCorrectTitle' : 'law.confirmTitle', { year })}</h2>
        <p>{t('law.confirmText', { year })}</p>
        <ul className="law-confirm__list">
          {rules.map((rule) => {
            const figure = (confirming as unknown as Record<string, { value: number; source: string; publishedOn: string }>)[rule.id];
            if (!figure) return null;
            return (
              <li key={rule.id}>
                {rule.name[language]}: <strong>{rule.unit === 'euro' ? formatEuro(figure.value, language) : figure.value.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE')}</strong>{' '}
                ({figure.source}, {formatDate(figure.publishedOn, language)})
              </li>
            );
          })}
        </ul>
        <p>{t('law.confirmAudit')}</p>
        <div className="case-form__actions">
          <KolButton data-testid="law-confirm-save" _label={t('law.confirmSave', { year })} _variant="primary" _disabled={isBusy} _on={{ onClick: () => void confirm() }} />
          <KolButton _label={t('law.back')} _variant="secondary" _disabled={isBusy} _on={{ onClick: () => setConfirming(null) }} />
        </div>
      </div>
    );
  }

  return (
    <form className="case-form law-form" noValidate onSubmit={submit} aria-labelledby="law-form-title" data-testid="law-form">
      <h2 id="law-form-title">{t(current ? 'law.correctTitle' : 'law.enterTitle', { year })}</h2>
      <p>{t('law.formIntro')}</p>
      {failure && (
        <p className="law-form__failure" role="alert" data-testid="law-failure">
          {failure}
        </p>
      )}
      <FormErrorSummary ref={summaryRef} form={form} errors={errorList} fields={fields} />
      {rules.map((rule) => {
        const figure = draft.figures[rule.id] as FigureDraft;
        return (
          <fieldset key={rule.id} className="law-form__figure" data-figure={rule.id}>
            <legend>{rule.name[language]}</legend>
            <p className="law-form__rule">{t('law.ruleHint', { ref: rule.legalRef })}</p>
            <TextInput
              {...bind(`${rule.id}.value`)}
              label={rule.unit === 'euro' ? t('law.fields.amount') : t('law.fields.count')}
              hint={t('law.rangeHint', { min: rule.min.toLocaleString('de-DE'), max: rule.max.toLocaleString('de-DE') })}
              required
              value={figure.value}
              onChange={(value) => setFigure(rule.id, 'value', value)}
            />
            <TextInput {...bind(`${rule.id}.source`)} label={t('law.fields.source')} hint={t('law.sourceHint')} required value={figure.source} onChange={(value) => setFigure(rule.id, 'source', value)} />
            <DateInput {...bind(`${rule.id}.publishedOn`)} label={t('law.fields.publishedOn')} required value={figure.publishedOn} onChange={(value) => setFigure(rule.id, 'publishedOn', value)} />
          </fieldset>
        );
      })}
      <fieldset className="law-form__figure">
        <legend>{t('law.thresholdsLegend')}</legend>
        <p className="law-form__rule">{t('law.thresholdsHint')}</p>
        {THRESHOLD_IDS.map((id) => (
          <TextInput
            key={id}
            {...bind(`publishedThresholds.${id}`)}
            label={t(`law.thresholdNames.${id}`)}
            value={draft.thresholds[id] ?? ''}
            onChange={(value) => setDraft((previous) => ({ ...previous, thresholds: { ...previous.thresholds, [id]: value } }))}
          />
        ))}
        <TextInput
          {...bind('publishedThresholdsSource')}
          label={t('law.thresholdsSource')}
          value={draft.thresholdsSource}
          onChange={(value) => setDraft((previous) => ({ ...previous, thresholdsSource: value }))}
        />
      </fieldset>
      <TextareaInput {...bind('note')} label={t('law.fields.note')} value={draft.note} onChange={(value) => setDraft((previous) => ({ ...previous, note: value }))} />
      <div className="case-form__actions">
        <KolButton _type="submit" data-testid="law-check" _label={t('law.check')} _variant="primary" />
        <KolButton _label={t('law.cancel')} _variant="secondary" _on={{ onClick: cancel }} />
      </div>
    </form>
  );
}
