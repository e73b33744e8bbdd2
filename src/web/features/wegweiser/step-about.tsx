import { useTranslation } from 'react-i18next';
import { currentTitleChoices, type Answers } from './answers';
import { DateField, NumberField, RadioField, SelectField, TextField } from './field-controls';
import { countryOptions } from './options';
import { bind, type StepProps } from './step-props';

/** Step 1: citizenship, age, where the person lives now and, in Germany, their title. */
export function StepAbout(props: StepProps) {
  const { t, i18n } = useTranslation();
  const { answers, set, today } = props;
  const countries = [...countryOptions(i18n.language), { value: 'other', label: t('wegweiser.fields.citizenshipOtherOption') }];

  return (
    <>
      <SelectField
        {...bind(props, 'citizenship')}
        label={t('wegweiser.fields.citizenship')}
        required
        placeholder={t('wegweiser.choice.pleaseChoose')}
        options={countries}
        value={answers.citizenship}
        onChange={(value) => set('citizenship', value)}
      />
      {answers.citizenship === 'other' && (
        <TextField
          {...bind(props, 'citizenshipOther')}
          label={t('wegweiser.fields.citizenshipOther')}
          hint={t('wegweiser.fields.citizenshipOtherHint')}
          required
          value={answers.citizenshipOther}
          onChange={(value) => set('citizenshipOther', value)}
        />
      )}
      <RadioField
        {...bind(props, 'ageMode')}
        label={t('wegweiser.fields.ageMode')}
        options={[
          { value: 'age', label: t('wegweiser.fields.ageModeAge') },
          { value: 'birthDate', label: t('wegweiser.fields.ageModeBirthDate') },
        ]}
        value={answers.ageMode}
        onChange={(value) => set('ageMode', value as Answers['ageMode'])}
      />
      {answers.ageMode === 'age' ? (
        <NumberField
          {...bind(props, 'age')}
          label={t('wegweiser.fields.age')}
          required
          min={0}
          max={130}
          step={1}
          value={answers.age}
          onChange={(value) => set('age', value === null ? null : Math.trunc(value))}
        />
      ) : (
        <DateField
          {...bind(props, 'birthDate')}
          label={t('wegweiser.fields.birthDate')}
          required
          max={today}
          value={answers.birthDate}
          onChange={(value) => set('birthDate', value)}
        />
      )}
      <RadioField
        {...bind(props, 'location')}
        label={t('wegweiser.fields.location')}
        required
        options={[
          { value: 'abroad', label: t('wegweiser.fields.locationAbroad') },
          { value: 'germany', label: t('wegweiser.fields.locationGermany') },
        ]}
        value={answers.location}
        onChange={(value) => set('location', value as Answers['location'])}
      />
      {answers.location === 'germany' && (
        <SelectField
          {...bind(props, 'currentTitle')}
          label={t('wegweiser.fields.currentTitle')}
          hint={t('wegweiser.fields.currentTitleHint')}
          placeholder={t('wegweiser.choice.pleaseChoose')}
          options={currentTitleChoices.map((id) => ({ value: id, label: t(`wegweiser.currentTitles.${id}`) }))}
          value={answers.currentTitle}
          onChange={(value) => set('currentTitle', value as Answers['currentTitle'])}
        />
      )}
    </>
  );
}
