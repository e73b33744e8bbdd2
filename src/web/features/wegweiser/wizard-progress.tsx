import { useTranslation } from 'react-i18next';
import { stepIds, type StepId } from './steps';

/**
 * "Schritt 2 von 5" with a bar (a native <progress>, named by that text) and, on wider
 * screens, the list of steps with the current one marked (aria-current="step").
 */
export function WizardProgress({ current }: { current: StepId }) {
  const { t } = useTranslation();
  const index = stepIds.indexOf(current);
  const total = stepIds.length;
  return (
    <div className="wizard-progress">
      <p id="wegweiser-progress-text" className="wizard-progress__text" data-testid="wegweiser-progress">
        {t('wegweiser.progress.step', { current: index + 1, total })}
      </p>
      <progress className="wizard-progress__bar" max={total} value={index + 1} aria-labelledby="wegweiser-progress-text" />
      <ol className="wizard-progress__steps" aria-label={t('wegweiser.progress.label')}>
        {stepIds.map((id, position) => {
          const state = position < index ? 'done' : position === index ? 'current' : 'todo';
          return (
            <li key={id} className={`wizard-progress__step wizard-progress__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="wizard-progress__number" aria-hidden="true">
                {state === 'done' ? '✓' : position + 1}
              </span>
              <span className="wizard-progress__name">{t(`wegweiser.steps.${id}`)}</span>
              {state === 'done' && <span className="visually-hidden"> ({t('wegweiser.progress.done')})</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
