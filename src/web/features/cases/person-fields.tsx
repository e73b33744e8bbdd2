import { useTranslation } from 'react-i18next';
import { DateInput, SelectInput, TextInput, type Focusable } from '../../components/form-fields';
import { countryOptions } from '../wegweiser/options';
import type { PersonFields } from './person-form';

type PersonFieldsProps = {
  form: string;
  values: PersonFields;
  set<K extends keyof PersonFields>(key: K, value: PersonFields[K]): void;
  message(name: keyof PersonFields): string | undefined;
  register(name: string): (element: Focusable | null) => void;
  today: string;
};

/** The labels of the person fields, also for the error summary. */
export function usePersonLabels(): Record<keyof PersonFields, string> {
  const { t } = useTranslation();
  return {
    givenName: t('cases.form.givenName'),
    familyName: t('cases.form.familyName'),
    birthDate: t('cases.form.birthDate'),
    citizenship: t('cases.form.citizenship'),
    citizenshipOther: t('cases.form.citizenshipCode'),
  };
}

/** Given and family name, date of birth and citizenship (a listed country or another code). */
export function PersonFieldsGroup({ form, values, set, message, register, today }: PersonFieldsProps) {
  const { t, i18n } = useTranslation();
  const labels = usePersonLabels();
  const countries = [...countryOptions(i18n.language), { value: 'other', label: t('cases.form.citizenshipOther') }];
  const common = (name: keyof PersonFields) => ({ form, name, label: labels[name], error: message(name), fieldRef: register(name) });
  return (
    <>
      <TextInput {...common('givenName')} required autoComplete="off" value={values.givenName} onChange={(value) => set('givenName', value)} />
      <TextInput {...common('familyName')} required autoComplete="off" value={values.familyName} onChange={(value) => set('familyName', value)} />
      <DateInput {...common('birthDate')} required min="1900-01-01" max={today} value={values.birthDate} onChange={(value) => set('birthDate', value)} />
      <SelectInput
        {...common('citizenship')}
        required
        options={countries}
        placeholder={t('cases.form.pleaseChoose')}
        value={values.citizenship}
        onChange={(value) => set('citizenship', value)}
      />
      {values.citizenship === 'other' && (
        <TextInput
          {...common('citizenshipOther')}
          required
          hint={t('cases.form.citizenshipCodeHint')}
          value={values.citizenshipOther}
          onChange={(value) => set('citizenshipOther', value)}
        />
      )}
    </>
  );
}
