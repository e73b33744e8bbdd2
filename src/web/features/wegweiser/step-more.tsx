import { useTranslation } from 'react-i18next';
import { coveredRange } from '../../../contract/pathways';
import { formatDate } from './format';
import { CheckboxField, DateField, NumberField } from './field-controls';
import { bind, type StepProps } from './step-props';
import { isWestbalkanCitizen } from './to-profile';

/** Step 5: own means, earlier stays, the spouse, the Westbalkan questions and the reference date. */
export function StepMore(props: StepProps) {
  const { t, i18n } = useTranslation();
  const { answers, set } = props;

  return (
    <>
      <NumberField
        {...bind(props, 'fundsPerMonth')}
        label={t('wegweiser.fields.fundsPerMonth')}
        hint={t('wegweiser.fields.fundsPerMonthHint')}
        min={0}
        step={0.01}
        value={answers.fundsPerMonth}
        onChange={(value) => set('fundsPerMonth', value === null ? null : Math.round(value * 100) / 100)}
      />
      <NumberField
        {...bind(props, 'lawfulStayMonths')}
        label={t('wegweiser.fields.lawfulStayMonths')}
        hint={t('wegweiser.fields.lawfulStayMonthsHint')}
        min={0}
        max={60}
        step={1}
        value={answers.lawfulStayMonths}
        onChange={(value) => set('lawfulStayMonths', value === null ? null : Math.trunc(value))}
      />
      <CheckboxField
        {...bind(props, 'spouseJoins')}
        label={t('wegweiser.fields.spouseJoins')}
        checked={answers.spouseJoins}
        onChange={(checked) => set('spouseJoins', checked)}
      />
      {isWestbalkanCitizen(answers) && (
        <fieldset className="wegweiser-group" data-testid="westbalkan-questions">
          <legend>{t('wegweiser.fields.westbalkanTitle')}</legend>
          <CheckboxField
            {...bind(props, 'westbalkanMission')}
            label={t('wegweiser.fields.westbalkanMission')}
            checked={answers.westbalkanMission}
            onChange={(checked) => set('westbalkanMission', checked)}
          />
          <CheckboxField
            {...bind(props, 'westbalkanAsylblg')}
            label={t('wegweiser.fields.westbalkanAsylblg')}
            checked={answers.westbalkanAsylblg}
            onChange={(checked) => set('westbalkanAsylblg', checked)}
          />
        </fieldset>
      )}
      <DateField
        {...bind(props, 'evaluationDate')}
        label={t('wegweiser.fields.evaluationDate')}
        hint={t('wegweiser.fields.evaluationDateHint', {
          from: formatDate(coveredRange.from, i18n.language),
          until: formatDate(coveredRange.until, i18n.language),
        })}
        required
        min={coveredRange.from}
        max={coveredRange.until}
        value={answers.evaluationDate}
        onChange={(value) => set('evaluationDate', value)}
      />
    </>
  );
}
