import { useTranslation } from 'react-i18next';
import type { EmployerStep } from '../../../contract/employer';
import { formatDate, localized } from '../wegweiser/format';

/**
 * The statutory steps of a §81a procedure as a numbered list (not a table: it stays readable at
 * 390 px): the step, who acts, its status and date, the period in words with its legal basis.
 */
export function EmployerSteps({ steps, label, testId }: { steps: EmployerStep[]; label: string; testId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <ol className="employer-steps" aria-label={label} data-testid={testId}>
      {steps.map((step) => (
        <li key={step.id} className={`employer-step employer-step--${step.status}`} data-step={step.id} data-status={step.status}>
          <p className="employer-step__title">
            <strong>{localized(step.title, language)}</strong>
          </p>
          <dl className="employer-facts">
            <dt>{t('employer.steps.who')}</dt>
            <dd>{t(`employer.steps.actors.${step.actor}`)}</dd>
            <dt>{t('employer.steps.status')}</dt>
            <dd data-testid={`${testId}-${step.id}-status`}>
              {t(`employer.steps.statuses.${step.status}`)}
              {step.status === 'done' && step.completedOn ? ` – ${t('employer.steps.doneOn', { date: formatDate(step.completedOn, language) })}` : ''}
              {step.status !== 'done' && step.dueOn ? ` – ${t('employer.steps.dueOn', { date: formatDate(step.dueOn, language) })}` : ''}
              {step.isOverdue ? <strong className="employer-step__overdue"> ({t('employer.steps.overdue')})</strong> : null}
            </dd>
            <dt>{t('employer.steps.deadline')}</dt>
            <dd>
              {localized(step.deadline, language)} ({step.legalRef})
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
