import { useTranslation } from 'react-i18next';
import type { Answers } from './answers';
import { NumberField, SelectField } from './field-controls';
import { levelChoices } from './options';
import { bind, type StepProps } from './step-props';

/** Step 4: years of relevant experience, German and English. */
export function StepExperience(props: StepProps) {
  const { t } = useTranslation();
  const { answers, set } = props;
  const levels = levelChoices.map((level) => ({ value: level, label: t(`wegweiser.levels.${level}`) }));

  return (
    <>
      <NumberField
        {...bind(props, 'experienceYears')}
        label={t('wegweiser.fields.experienceYears')}
        hint={t('wegweiser.fields.experienceYearsHint')}
        min={0}
        max={60}
        step={0.5}
        value={answers.experienceYears}
        onChange={(value) => set('experienceYears', value)}
      />
      <SelectField
        {...bind(props, 'german')}
        label={t('wegweiser.fields.german')}
        hint={t('wegweiser.fields.languageHint')}
        options={levels}
        value={answers.german}
        onChange={(value) => set('german', value as Answers['german'])}
      />
      <SelectField
        {...bind(props, 'english')}
        label={t('wegweiser.fields.english')}
        hint={t('wegweiser.fields.languageHint')}
        options={levels}
        value={answers.english}
        onChange={(value) => set('english', value as Answers['english'])}
      />
    </>
  );
}
