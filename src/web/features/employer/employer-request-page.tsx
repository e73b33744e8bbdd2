import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { searchOccupations } from '../../../contract/employer';
import { ApiError } from '../../api/client';
import { employerApi } from '../../api/employer';
import { AppLink } from '../../components/app-link';
import { FormErrorSummary } from '../../components/form-error-summary';
import { DateInput, RadioInput, SelectInput, TextInput, fieldId } from '../../components/form-fields';
import { PlaceCombobox } from '../../components/place-combobox';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { germanToday } from '../cases/format';
import { useFieldRegistry } from '../cases/use-field-registry';
import { countryOptions } from '../wegweiser/options';
import { ConfirmDialog, type Confirmation } from './confirm-dialog';
import { EmployerFrame } from './employer-frame';
import type { CreatedState } from './employer-page';
import {
  emptyRequestForm,
  requestFields,
  serverRequestErrors,
  toRequestBody,
  validateRequestForm,
  type RequestErrors,
  type RequestField,
  type RequestForm,
} from './request-form';

const form = 'employer-request';

/** `/arbeitgeber/81a/neu`: the guided §81a request (person, job offer, qualification), confirmed before it is sent. */
export function EmployerRequestPage() {
  const { t } = useTranslation();
  usePageTitle(t('employer.form.title'));
  return <EmployerFrame>{() => <RequestFormView />}</EmployerFrame>;
}

function RequestFormView() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const navigate = useNavigate();
  const [values, setValues] = useState<RequestForm>(emptyRequestForm);
  const [errors, setErrors] = useState<RequestErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = useRef(false);
  const { fields, register } = useFieldRegistry();
  const today = germanToday();

  useEffect(() => {
    if (!focusSummary.current) return;
    focusSummary.current = false;
    summaryRef.current?.focus();
  });

  const labels: Record<RequestField, string> = {
    givenName: t('employer.form.givenName'),
    familyName: t('employer.form.familyName'),
    birthDate: t('employer.form.birthDate'),
    citizenship: t('employer.form.citizenship'),
    email: t('employer.form.email'),
    occupationId: t('employer.form.occupation'),
    salary: t('employer.form.salary'),
    startOn: t('employer.form.startOn'),
    place: t('employer.form.place'),
    qualificationKind: t('employer.form.qualificationKind'),
    qualificationCountry: t('employer.form.qualificationCountry'),
  };
  const message = (name: RequestField): string | undefined => {
    const key = errors[name];
    return key ? t(`employer.form.errors.${key}`) : undefined;
  };
  const summary = requestFields.filter((name) => errors[name]).map((name): [string, string, string] => [name, labels[name], message(name) ?? '']);

  const set = <K extends keyof RequestForm>(key: K, value: RequestForm[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors(({ [key as RequestField]: _removed, ...rest }) => rest);
  };
  const showErrors = (found: RequestErrors) => {
    setErrors(found);
    focusSummary.current = true;
  };

  const countries = useMemo(() => countryOptions(language), [language]);
  const matching = useMemo(() => searchOccupations(values.occupationQuery, language), [values.occupationQuery, language]);
  const occupationOptions = matching.map((occupation) => ({ value: occupation.id, label: occupation.name[language] }));
  // A chosen occupation stays in the list even when the search no longer matches it.
  if (values.occupationId && !matching.some((occupation) => occupation.id === values.occupationId)) {
    const chosen = searchOccupations('', language).find((occupation) => occupation.id === values.occupationId);
    if (chosen) occupationOptions.unshift({ value: chosen.id, label: chosen.name[language] });
  }

  const send = async () => {
    setFailure(null);
    try {
      const created = await employerApi.create(toRequestBody(values));
      const state: CreatedState = { createdRequestId: created.id, abhName: created.abh.name };
      await navigate(paths.employer, { state });
    } catch (error) {
      const mapped = error instanceof ApiError && error.fields ? serverRequestErrors(error.fields, error.status) : {};
      if (Object.keys(mapped).length > 0) showErrors(mapped);
      else setFailure(t('employer.form.errors.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validateRequestForm(values, today);
    if (Object.keys(found).length > 0) return showErrors(found);
    setConfirmation({
      title: t('employer.form.confirmTitle'),
      text: t('employer.form.confirmText', { place: values.place?.name ?? '', name: `${values.givenName.trim()} ${values.familyName.trim()}` }),
      confirmLabel: t('employer.form.confirm'),
      cancelLabel: t('employer.form.cancel'),
      run: send,
    });
  };

  const common = (name: RequestField) => ({ form, name, label: labels[name], error: message(name), fieldRef: register(name) });
  return (
    <div className="employer-page employer-form">
      <KolHeading _level={1} _label={t('employer.form.title')} />
      <p>{t('employer.form.intro')}</p>
      <p>
        <AppLink to={paths.employer} label={t('employer.form.back')} />
      </p>
      {failure && (
        <KolAlert data-testid="employer-request-failed" _type="error" _variant="msg" _alert>
          {failure}
        </KolAlert>
      )}
      {errors.place === 'outside' && (
        <KolAlert data-testid="employer-request-outside" _type="error" _variant="msg" _alert>
          {t('employer.form.errors.outside')}
        </KolAlert>
      )}
      <FormErrorSummary ref={summaryRef} form={form} errors={summary} fields={fields} />
      <form noValidate onSubmit={submit} data-testid="employer-request-form" aria-label={t('employer.form.title')}>
        <fieldset>
          <legend>{t('employer.form.person')}</legend>
          <TextInput {...common('givenName')} required autoComplete="off" value={values.givenName} onChange={(value) => set('givenName', value)} />
          <TextInput {...common('familyName')} required autoComplete="off" value={values.familyName} onChange={(value) => set('familyName', value)} />
          <DateInput {...common('birthDate')} required max={today} value={values.birthDate} onChange={(value) => set('birthDate', value)} />
          <SelectInput {...common('citizenship')} required options={countries} placeholder={t('employer.form.citizenshipPlaceholder')} value={values.citizenship} onChange={(value) => set('citizenship', value)} />
          <TextInput {...common('email')} hint={t('employer.form.emailHint')} autoComplete="off" value={values.email} onChange={(value) => set('email', value)} />
        </fieldset>
        <fieldset>
          <legend>{t('employer.form.job')}</legend>
          <TextInput form={form} name="occupationQuery" label={t('employer.form.occupationSearch')} hint={t('employer.form.occupationSearchHint')} autoComplete="off" value={values.occupationQuery} onChange={(value) => set('occupationQuery', value)} />
          <p className="visually-hidden" role="status">
            {values.occupationQuery ? t('employer.form.occupationCount', { count: matching.length }) : ''}
          </p>
          <SelectInput {...common('occupationId')} required options={occupationOptions} placeholder={t('employer.form.occupationPlaceholder')} value={values.occupationId} onChange={(value) => set('occupationId', value)} />
          <TextInput {...common('salary')} required hint={t('employer.form.salaryHint')} autoComplete="off" value={values.salary} onChange={(value) => set('salary', value)} />
          <DateInput {...common('startOn')} required min={today} value={values.startOn} onChange={(value) => set('startOn', value)} />
          <div className="form-field">
            <PlaceCombobox
              id={fieldId(form, 'place')}
              name="place"
              label={labels.place}
              hint={t('employer.form.placeHint')}
              query={values.placeQuery}
              chosen={values.place}
              errorText={message('place')}
              register={(element) => register('place')(element)}
              onQuery={(query) => {
                set('placeQuery', query);
                set('place', null);
              }}
              onChoose={(place) => {
                set('place', { ags: place.ags, name: place.name });
                set('placeQuery', place.name);
              }}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('employer.form.qualification')}</legend>
          <RadioInput
            {...common('qualificationKind')}
            required
            options={[
              { value: 'vocational', label: t('employer.form.kinds.vocational') },
              { value: 'academic', label: t('employer.form.kinds.academic') },
            ]}
            value={values.qualificationKind}
            onChange={(value) => set('qualificationKind', value)}
          />
          <SelectInput
            {...common('qualificationCountry')}
            required
            options={countries}
            placeholder={t('employer.form.citizenshipPlaceholder')}
            value={values.qualificationCountry}
            onChange={(value) => set('qualificationCountry', value)}
          />
        </fieldset>
        <div className="employer-actions">
          <KolButton data-testid="employer-request-submit" _type="submit" _variant="primary" _label={t('employer.form.submit')} />
          <AppLink to={paths.employer} label={t('employer.form.cancel')} />
        </div>
      </form>
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} testId="employer-request-confirm" />
    </div>
  );
}
