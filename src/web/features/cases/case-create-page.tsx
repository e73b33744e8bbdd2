import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { casesApi } from '../../api/cases';
import { AppLink } from '../../components/app-link';
import { FormErrorSummary } from '../../components/form-error-summary';
import { SelectInput, TextInput } from '../../components/form-fields';
import { usePageTitle } from '../../components/use-page-title';
import { casePath, paths } from '../../routes/paths';
import { countryOptions } from '../wegweiser/options';
import { formatDate, germanToday, titleOptions } from './format';
import { readHandoff, type CreatedCaseState, type WegweiserHandoff } from './handoff';
import { PersonFieldsGroup, usePersonLabels } from './person-fields';
import { emptyCreateForm, serverErrors, toCreateBody, validateCreateForm, type CreateForm, type FormErrors } from './person-form';
import { RequireCaseStaff } from './require-case-staff';
import { useErrorTexts, useFieldRegistry } from './use-field-registry';

const form = 'create-case';
const fieldOrder = ['givenName', 'familyName', 'birthDate', 'citizenship', 'citizenshipOther', 'email', 'phone', 'languages', 'targetTitleId'] as const;

/** The form prefilled from a Wegweiser result: its citizenship, birth date and best open path. */
function initialForm(handoff: WegweiserHandoff | null): CreateForm {
  if (!handoff) return emptyCreateForm;
  const code = handoff.profile.citizenship;
  const listed = countryOptions('de').some((option) => option.value === code);
  return {
    ...emptyCreateForm,
    citizenship: code ? (listed ? code : 'other') : '',
    citizenshipOther: code && !listed ? code : '',
    birthDate: handoff.birthDate ?? '',
    targetTitleId: handoff.targetTitleId ?? '',
  };
}

/** `/faelle/neu`: open a case for a person, optionally from a Wegweiser result (router state). */
export function CaseCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.create.title'));
  return <RequireCaseStaff>{() => <CreateCase />}</RequireCaseStaff>;
}

function CreateCase() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [handoff] = useState(() => readHandoff(location.state));
  const [values, setValues] = useState<CreateForm>(() => initialForm(handoff));
  const [errors, setErrors] = useState<FormErrors<keyof CreateForm>>({});
  const [failed, setFailed] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = useRef(false);
  const { fields, register } = useFieldRegistry();
  const today = germanToday();

  const personLabels = usePersonLabels();
  const labels: Record<keyof CreateForm, string> = {
    ...personLabels,
    email: t('cases.form.email'),
    phone: t('cases.form.phone'),
    languages: t('cases.form.languages'),
    targetTitleId: t('cases.form.targetTitle'),
  };
  const { message, summary } = useErrorTexts(errors, labels);

  useEffect(() => {
    if (!focusSummary.current) return;
    focusSummary.current = false;
    summaryRef.current?.focus();
  });

  const set = <K extends keyof CreateForm>(key: K, value: CreateForm[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _removed, ...rest }) => rest as FormErrors<keyof CreateForm>);
  };

  const showErrors = (found: FormErrors<keyof CreateForm>) => {
    setErrors(found);
    focusSummary.current = true;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSubmitting) return;
    setFailed(false);
    const found = validateCreateForm(values, today);
    if (Object.keys(found).length > 0) return showErrors(found);
    setSubmitting(true);
    try {
      const created = await casesApi.create(toCreateBody(values, handoff?.profile));
      const state: CreatedCaseState = { createdReference: created.reference };
      await navigate(casePath(created.id), { state });
    } catch (error) {
      const mapped = error instanceof ApiError && error.fields ? serverErrors(error.fields, fieldOrder, values.citizenship === 'other') : {};
      if (Object.keys(mapped).length > 0) showErrors(mapped);
      else setFailed(true);
      setSubmitting(false);
    }
  };

  const common = (name: 'email' | 'phone' | 'languages') => ({ form, name, label: labels[name], error: message(name), fieldRef: register(name) });
  return (
    <div className="page case-create-page">
      <KolHeading _level={1} _label={t('cases.create.title')} />
      <p>{t('cases.create.intro')}</p>
      {handoff && (
        <KolAlert data-testid="create-from-wegweiser" _type="info" _variant="card" _level={2} _label={t('cases.create.fromWegweiserTitle')}>
          {t('cases.create.fromWegweiser', { date: formatDate(handoff.profile.evaluationDate ?? today, i18n.language) })}
        </KolAlert>
      )}
      {failed && (
        <KolAlert data-testid="create-case-failed" _type="error" _variant="msg" _alert>
          {t('cases.create.failed')}
        </KolAlert>
      )}
      <FormErrorSummary ref={summaryRef} form={form} errors={summary} fields={fields} />
      <form className="case-form" aria-labelledby="create-person-title" noValidate onSubmit={(event) => void submit(event)} data-testid="create-case-form">
        <fieldset className="case-form__group">
          <legend id="create-person-title">{t('cases.create.personTitle')}</legend>
          <PersonFieldsGroup form={form} values={values} set={set} message={message} register={register} today={today} />
        </fieldset>
        <fieldset className="case-form__group">
          <legend>{t('cases.create.contactTitle')}</legend>
          <TextInput {...common('email')} autoComplete="off" value={values.email} onChange={(value) => set('email', value)} />
          <TextInput {...common('phone')} autoComplete="off" value={values.phone} onChange={(value) => set('phone', value)} />
          <TextInput {...common('languages')} hint={t('cases.form.languagesHint')} value={values.languages} onChange={(value) => set('languages', value)} />
        </fieldset>
        <fieldset className="case-form__group">
          <legend>{t('cases.create.pathTitle')}</legend>
          <SelectInput
            form={form}
            name="targetTitleId"
            label={labels.targetTitleId}
            hint={handoff?.targetTitleId ? t('cases.create.targetTitleHint') : undefined}
            error={message('targetTitleId')}
            fieldRef={register('targetTitleId')}
            options={titleOptions(i18n.language, 'profile')}
            placeholder={t('cases.form.targetTitleNone')}
            value={values.targetTitleId}
            onChange={(value) => set('targetTitleId', value)}
          />
        </fieldset>
        <div className="case-form__actions">
          <KolButton
            data-testid="create-case-submit"
            _type="submit"
            _variant="primary"
            _disabled={isSubmitting}
            _label={isSubmitting ? t('cases.create.submitting') : t('cases.create.submit')}
          />
          <AppLink to={paths.cases} label={t('cases.form.cancel')} />
        </div>
      </form>
      <p className="visually-hidden" role="status">
        {isSubmitting ? t('cases.create.submitting') : ''}
      </p>
    </div>
  );
}
