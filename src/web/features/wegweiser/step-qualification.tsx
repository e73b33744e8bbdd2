import { useTranslation } from 'react-i18next';
import { occupationAreas, type Answers, type TriState } from './answers';
import { DateField, NumberField, RadioField, SelectField } from './field-controls';
import { regulatedAreas } from './options';
import { bind, triStateOptions, type StepProps } from './step-props';

const recognitionChoices = ['full', 'comparable', 'partial', 'none', 'not_applied'] as const;

/** Step 2: the qualification, its recognition and the occupational field. */
export function StepQualification(props: StepProps) {
  const { t } = useTranslation();
  const { answers, set, today } = props;
  const hasQualification = answers.qualificationType === 'vocational' || answers.qualificationType === 'academic';
  const isRegulated = answers.occupation !== '' && regulatedAreas.includes(answers.occupation);

  return (
    <>
      <RadioField
        {...bind(props, 'qualificationType')}
        label={t('wegweiser.fields.qualificationType')}
        required
        options={[
          { value: 'academic', label: t('wegweiser.fields.qualificationAcademic') },
          { value: 'vocational', label: t('wegweiser.fields.qualificationVocational') },
          { value: 'none', label: t('wegweiser.fields.qualificationNone') },
        ]}
        value={answers.qualificationType}
        onChange={(value) => set('qualificationType', value as Answers['qualificationType'])}
      />
      {hasQualification && (
        <>
          <RadioField
            {...bind(props, 'obtainedIn')}
            label={t('wegweiser.fields.obtainedIn')}
            horizontal
            options={[
              { value: 'abroad', label: t('wegweiser.fields.obtainedAbroad') },
              { value: 'germany', label: t('wegweiser.fields.obtainedGermany') },
            ]}
            value={answers.obtainedIn}
            onChange={(value) => set('obtainedIn', value as Answers['obtainedIn'])}
          />
          <DateField
            {...bind(props, 'completedOn')}
            label={t('wegweiser.fields.completedOn')}
            hint={t('wegweiser.fields.completedOnHint')}
            max={today}
            value={answers.completedOn}
            onChange={(value) => set('completedOn', value)}
          />
          {answers.qualificationType === 'vocational' && (
            <NumberField
              {...bind(props, 'trainingYears')}
              label={t('wegweiser.fields.trainingYears')}
              hint={t('wegweiser.fields.trainingYearsHint')}
              min={0}
              max={15}
              step={0.5}
              value={answers.trainingYears}
              onChange={(value) => set('trainingYears', value)}
            />
          )}
          <SelectField
            {...bind(props, 'germanRecognition')}
            label={t('wegweiser.fields.germanRecognition')}
            required
            placeholder={t('wegweiser.choice.pleaseChoose')}
            options={recognitionChoices.map((id) => ({ value: id, label: t(`wegweiser.recognition.${id === 'not_applied' ? 'notApplied' : id}`) }))}
            value={answers.germanRecognition}
            onChange={(value) => set('germanRecognition', value as Answers['germanRecognition'])}
          />
          {answers.germanRecognition === 'partial' && (
            <RadioField
              {...bind(props, 'measurePlace')}
              label={t('wegweiser.fields.measurePlace')}
              horizontal
              options={triStateOptions(t)}
              value={answers.measurePlace}
              onChange={(value) => set('measurePlace', value as TriState)}
            />
          )}
          <RadioField
            {...bind(props, 'stateRecognisedAbroad')}
            label={t('wegweiser.fields.stateRecognisedAbroad')}
            horizontal
            options={triStateOptions(t)}
            value={answers.stateRecognisedAbroad}
            onChange={(value) => set('stateRecognisedAbroad', value as TriState)}
          />
        </>
      )}
      <SelectField
        {...bind(props, 'occupation')}
        label={t('wegweiser.fields.occupation')}
        hint={t('wegweiser.fields.occupationHint')}
        placeholder={t('wegweiser.choice.pleaseChoose')}
        options={occupationAreas.map((id) => ({ value: id, label: t(`wegweiser.occupations.${id}`) }))}
        value={answers.occupation}
        onChange={(value) => set('occupation', value as Answers['occupation'])}
      />
      {hasQualification && isRegulated && (
        <RadioField
          {...bind(props, 'professionalLicence')}
          label={t('wegweiser.fields.professionalLicence')}
          horizontal
          options={triStateOptions(t)}
          value={answers.professionalLicence}
          onChange={(value) => set('professionalLicence', value as TriState)}
        />
      )}
    </>
  );
}
