import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../contract/auth';
import { obstacleCategories, type ObstacleReport } from '../../../contract/obstacle-reports';
import { obstacleReportsApi } from '../../api/obstacle-reports';
import { ApiError } from '../../api/client';
import { FormErrorSummary } from '../../components/form-error-summary';
import { SelectInput, TextareaInput, TextInput, type Focusable } from '../../components/form-fields';
import { RequireSession } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { AppLink } from '../../components/app-link';
import { paths } from '../../routes/paths';
import '../../styles/obstacle-reports.css';

const FORM = 'obstacle-report';
type Field = 'category' | 'description' | 'law' | 'section' | 'paragraph' | 'sentence';
type Draft = Record<Field, string>;
type ErrorKey = 'required' | 'tooShort' | 'tooLong' | 'lawRequired' | 'law' | 'sectionRequired' | 'citation';
const emptyDraft: Draft = { category: '', description: '', law: '', section: '', paragraph: '', sentence: '' };
const citationPart = /^[0-9A-Za-z .]{1,20}$/;
const lawPattern = /^[A-Za-zÄÖÜäöüß0-9][A-Za-zÄÖÜäöüß0-9 -]{0,29}$/;

/** `/hemmnis-melden`: a member of the network reports an obstacle for the Praxis-Check, without a case. */
export function ReportObstaclePage() {
  const { t } = useTranslation();
  usePageTitle(t('obstacleReports.report.title'));
  return <RequireSession>{(me) => <ReportObstacle me={me} />}</RequireSession>;
}

function ReportObstacle({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  if (me.user.roles.every((role) => role === 'applicant')) {
    return (
      <div className="page obstacle-report">
        <KolHeading _level={1} _label={t('obstacleReports.report.title')} />
        <KolAlert _type="warning" _variant="msg">
          {t('obstacleReports.report.notAllowed')}
        </KolAlert>
      </div>
    );
  }
  return <ReportForm />;
}

function validate(draft: Draft): Partial<Record<Field, ErrorKey>> {
  const errors: Partial<Record<Field, ErrorKey>> = {};
  if (!draft.category) errors.category = 'required';
  const description = draft.description.trim();
  if (!description) errors.description = 'required';
  else if (description.length < 10) errors.description = 'tooShort';
  else if (description.length > 4000) errors.description = 'tooLong';
  const anyReference = [draft.law, draft.section, draft.paragraph, draft.sentence].some((part) => part.trim());
  if (anyReference) {
    if (!draft.law.trim()) errors.law = 'lawRequired';
    else if (!lawPattern.test(draft.law.trim())) errors.law = 'law';
    if (!draft.section.trim()) errors.section = 'sectionRequired';
    else if (!citationPart.test(draft.section.trim())) errors.section = 'citation';
    for (const part of ['paragraph', 'sentence'] as const) if (draft[part].trim() && !citationPart.test(draft[part].trim())) errors[part] = 'citation';
  }
  return errors;
}

function ReportForm() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<Partial<Record<Field, ErrorKey>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState<ObstacleReport | null>(null);
  const [isBusy, setBusy] = useState(false);
  const fields = useRef(new Map<string, Focusable>()).current;
  const summaryRef = useRef<HTMLDivElement>(null);
  const register = (name: Field) => (element: Focusable | null) => {
    if (element) fields.set(name, element);
    else fields.delete(name);
  };
  const set = (name: Field) => (value: string) => {
    setDraft((current) => ({ ...current, [name]: value }));
    setErrors((current) => ({ ...current, [name]: undefined }));
  };
  const labels: Record<Field, string> = {
    category: t('obstacleReports.report.category'),
    description: t('obstacleReports.report.description'),
    law: t('obstacleReports.report.law'),
    section: t('obstacleReports.report.section'),
    paragraph: t('obstacleReports.report.paragraph'),
    sentence: t('obstacleReports.report.sentence'),
  };
  const message = (name: Field): string | undefined => {
    const key = errors[name];
    return key ? t(`obstacleReports.errors.${key}`) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const found = validate(draft);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const legalReference = draft.law.trim()
        ? {
            law: draft.law.trim(),
            section: draft.section.trim(),
            ...(draft.paragraph.trim() ? { paragraph: draft.paragraph.trim() } : {}),
            ...(draft.sentence.trim() ? { sentence: draft.sentence.trim() } : {}),
          }
        : undefined;
      const created = await obstacleReportsApi.report({
        category: draft.category as (typeof obstacleCategories)[number],
        description: draft.description.trim(),
        ...(legalReference ? { legalReference } : {}),
      });
      setSent(created);
      setDraft(emptyDraft);
    } catch (error) {
      setFailure(error instanceof ApiError && error.status === 400 ? t('obstacleReports.errors.rejected') : t('obstacleReports.errors.failed'));
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <div className="page obstacle-report">
        <KolHeading _level={1} _label={t('obstacleReports.report.title')} />
        <div className="obstacle-report__sent" role="status" data-testid="obstacle-report-sent">
          <p>
            <span aria-hidden="true">✓ </span>
            {t('obstacleReports.report.sent', { category: t(`cases.obstacleCategories.${sent.category}`) })}
          </p>
          <p>{t('obstacleReports.report.whatNext')}</p>
        </div>
        <div className="case-form__actions">
          <KolButton data-testid="obstacle-report-again" _label={t('obstacleReports.report.again')} _variant="secondary" _on={{ onClick: () => setSent(null) }} />
          <AppLink to={paths.start} label={t('obstacleReports.report.backToStart')} />
        </div>
      </div>
    );
  }

  const summary = (Object.keys(labels) as Field[]).flatMap((name) => (errors[name] ? [[name, labels[name], message(name) ?? ''] as [string, string, string]] : []));
  return (
    <div className="page obstacle-report">
      <KolHeading _level={1} _label={t('obstacleReports.report.title')} />
      <p>{t('obstacleReports.report.intro')}</p>
      <form className="case-form" aria-labelledby="obstacle-report-form-title" noValidate onSubmit={(event) => void submit(event)} data-testid="obstacle-report-form">
        <h2 id="obstacle-report-form-title" className="obstacle-report__subtitle">
          {t('obstacleReports.report.formTitle')}
        </h2>
        <FormErrorSummary ref={summaryRef} form={FORM} errors={summary} fields={fields} />
        <SelectInput
          form={FORM}
          name="category"
          label={labels.category}
          required
          error={message('category')}
          fieldRef={register('category')}
          options={obstacleCategories.map((value) => ({ value, label: t(`cases.obstacleCategories.${value}`) }))}
          placeholder={t('cases.form.pleaseChoose')}
          value={draft.category}
          onChange={set('category')}
        />
        <TextareaInput
          form={FORM}
          name="description"
          label={labels.description}
          hint={t('obstacleReports.report.descriptionHint')}
          required
          rows={6}
          error={message('description')}
          fieldRef={register('description')}
          value={draft.description}
          onChange={set('description')}
        />
        <fieldset className="obstacle-report__reference">
          <legend>{t('obstacleReports.report.reference')}</legend>
          <p className="obstacle-report__hint">{t('obstacleReports.report.referenceHint')}</p>
          <div className="obstacle-report__reference-fields">
            <TextInput form={FORM} name="law" label={labels.law} error={message('law')} fieldRef={register('law')} value={draft.law} onChange={set('law')} />
            <TextInput form={FORM} name="section" label={labels.section} error={message('section')} fieldRef={register('section')} value={draft.section} onChange={set('section')} />
            <TextInput form={FORM} name="paragraph" label={labels.paragraph} error={message('paragraph')} fieldRef={register('paragraph')} value={draft.paragraph} onChange={set('paragraph')} />
            <TextInput form={FORM} name="sentence" label={labels.sentence} error={message('sentence')} fieldRef={register('sentence')} value={draft.sentence} onChange={set('sentence')} />
          </div>
        </fieldset>
        {failure && (
          <KolAlert _type="error" _variant="msg" _alert data-testid="obstacle-report-failed">
            {failure}
          </KolAlert>
        )}
        <div className="case-form__actions">
          <KolButton data-testid="obstacle-report-submit" _type="submit" _variant="primary" _disabled={isBusy} _label={t('obstacleReports.report.submit')} />
        </div>
      </form>
    </div>
  );
}
