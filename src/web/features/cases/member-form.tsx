import { KolButton } from '@public-ui/react-v19';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { familyRelationSchema } from '../../../contract/cases';
import { FormErrorSummary } from '../../components/form-error-summary';
import { SelectInput } from '../../components/form-fields';
import { countryOptions } from '../wegweiser/options';
import { germanToday } from './format';
import { PersonFieldsGroup, usePersonLabels } from './person-fields';
import { emptyPerson, serverErrors, validateMemberForm, type FormErrors, type MemberForm } from './person-form';
import { useErrorTexts, useFieldRegistry } from './use-field-registry';

const form = 'member';
const fieldOrder = ['relation', 'givenName', 'familyName', 'birthDate', 'citizenship', 'citizenshipOther'] as const;

type MemberFormProps = {
  /** The main person's citizenship, as the usual one of the family. */
  citizenship: string;
  /** Resolves with the server's field errors, or null when the member was added. */
  onSubmit(values: MemberForm): Promise<Record<string, string> | null>;
  onCancel(): void;
};

/** A family member: relation, name, date of birth, citizenship. Focus starts at the relation. */
export function MemberFormView({ citizenship, onSubmit, onCancel }: MemberFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<MemberForm>(() => {
    const listed = countryOptions('de').some((option) => option.value === citizenship);
    return { ...emptyPerson, citizenship: listed ? citizenship : 'other', citizenshipOther: listed ? '' : citizenship, relation: '' };
  });
  const [errors, setErrors] = useState<FormErrors<keyof MemberForm>>({});
  const [isBusy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = useRef(false);
  const { fields, register, focus } = useFieldRegistry();
  const labels = { relation: t('cases.members.relation'), ...usePersonLabels() };
  const { message, summary } = useErrorTexts(errors, labels);
  const today = germanToday();

  useEffect(() => focus('relation'), [focus]);
  useEffect(() => {
    if (!focusSummary.current) return;
    focusSummary.current = false;
    summaryRef.current?.focus();
  });

  const set = <K extends keyof MemberForm>(key: K, value: MemberForm[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _removed, ...rest }) => rest as FormErrors<keyof MemberForm>);
  };
  const showErrors = (found: FormErrors<keyof MemberForm>) => {
    setErrors(found);
    focusSummary.current = true;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const found = validateMemberForm(values, today);
    if (Object.keys(found).length > 0) return showErrors(found);
    setBusy(true);
    const fieldErrors = await onSubmit(values);
    setBusy(false);
    if (fieldErrors) showErrors(serverErrors(fieldErrors, fieldOrder, values.citizenship === 'other'));
  };

  return (
    <form className="case-form" aria-labelledby="member-form-title" noValidate onSubmit={(event) => void submit(event)} data-testid="member-form">
      <h3 id="member-form-title" className="case-section__subtitle">
        {t('cases.members.formTitle')}
      </h3>
      <FormErrorSummary ref={summaryRef} form={form} errors={summary} fields={fields} />
      <SelectInput
        form={form}
        name="relation"
        label={labels.relation}
        required
        error={message('relation')}
        fieldRef={register('relation')}
        options={familyRelationSchema.options.map((value) => ({ value, label: t(`cases.relations.${value}`) }))}
        placeholder={t('cases.form.pleaseChoose')}
        value={values.relation}
        onChange={(value) => set('relation', familyRelationSchema.safeParse(value).data ?? '')}
      />
      <PersonFieldsGroup form={form} values={values} set={set} message={message} register={register} today={today} />
      <div className="case-form__actions">
        <KolButton data-testid="member-submit" _type="submit" _variant="primary" _disabled={isBusy} _label={t('cases.members.save')} />
        <KolButton _label={t('cases.form.cancel')} _variant="ghost" _on={{ onClick: onCancel }} />
      </div>
    </form>
  );
}
