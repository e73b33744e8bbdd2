import { useTranslation } from 'react-i18next';
import { occupationAreas, type Answers, type TriState } from './answers';
import { CheckboxField, NumberField, RadioField, SelectField } from './field-controls';
import { bind, triStateOptions, type StepProps } from './step-props';
import { ageOn } from './to-profile';

/** Age from which §18 Abs. 2 Nr. 5 AufenthG asks for a higher salary or a pension provision. */
const pensionQuestionAge = 45;

/** Step 3: the job offer, its salary and contract, and the employer. */
export function StepJob(props: StepProps) {
  const { t } = useTranslation();
  const { answers, set } = props;
  const age = ageOn(answers);

  return (
    <>
      <RadioField
        {...bind(props, 'hasJobOffer')}
        label={t('wegweiser.fields.hasJobOffer')}
        required
        horizontal
        options={[
          { value: 'yes', label: t('wegweiser.choice.yes') },
          { value: 'no', label: t('wegweiser.choice.no') },
        ]}
        value={answers.hasJobOffer}
        onChange={(value) => set('hasJobOffer', value as Answers['hasJobOffer'])}
      />
      {answers.hasJobOffer === 'yes' && (
        <>
          <NumberField
            {...bind(props, 'salary')}
            label={t('wegweiser.fields.salary')}
            hint={t('wegweiser.fields.salaryHint')}
            required
            min={0}
            step={0.01}
            value={answers.salary}
            onChange={(value) => set('salary', value === null ? null : Math.round(value * 100) / 100)}
          />
          <CheckboxField
            {...bind(props, 'unlimitedContract')}
            label={t('wegweiser.fields.unlimitedContract')}
            checked={answers.unlimitedContract}
            onChange={(checked) => set('unlimitedContract', checked)}
          />
          {!answers.unlimitedContract && (
            <NumberField
              {...bind(props, 'contractMonths')}
              label={t('wegweiser.fields.contractMonths')}
              required
              min={1}
              max={1200}
              step={1}
              value={answers.contractMonths}
              onChange={(value) => set('contractMonths', value === null ? null : Math.trunc(value))}
            />
          )}
          <SelectField
            {...bind(props, 'jobOccupation')}
            label={t('wegweiser.fields.jobOccupation')}
            options={[
              { value: 'same', label: t('wegweiser.fields.jobOccupationSame') },
              ...occupationAreas.map((id) => ({ value: id, label: t(`wegweiser.occupations.${id}`) })),
            ]}
            value={answers.jobOccupation}
            onChange={(value) => set('jobOccupation', value as Answers['jobOccupation'])}
          />
          <RadioField
            {...bind(props, 'employerTariffBound')}
            label={t('wegweiser.fields.employerTariffBound')}
            horizontal
            options={triStateOptions(t)}
            value={answers.employerTariffBound}
            onChange={(value) => set('employerTariffBound', value as TriState)}
          />
          <RadioField
            {...bind(props, 'recognitionPartnership')}
            label={t('wegweiser.fields.recognitionPartnership')}
            horizontal
            options={triStateOptions(t)}
            value={answers.recognitionPartnership}
            onChange={(value) => set('recognitionPartnership', value as TriState)}
          />
          {age !== undefined && age >= pensionQuestionAge && (
            <RadioField
              {...bind(props, 'pensionProvision')}
              label={t('wegweiser.fields.pensionProvision')}
              hint={t('wegweiser.fields.pensionProvisionHint')}
              horizontal
              options={triStateOptions(t)}
              value={answers.pensionProvision}
              onChange={(value) => set('pensionProvision', value as TriState)}
            />
          )}
        </>
      )}
    </>
  );
}
