import { useTranslation } from 'react-i18next';
import { caseStageSchema, type CaseStage } from '../../../contract/cases';

export const stageOrder: readonly CaseStage[] = caseStageSchema.options;

type StepState = 'done' | 'current' | 'future';

/**
 * Where the journey stands. A closed journey counts as done up to the stage it was closed
 * from (the one it can be reopened to), so the stages before read as done.
 */
export function stepStates(stage: CaseStage, allowedTransitions: readonly CaseStage[]): StepState[] {
  const reference = stage === 'closed' ? (allowedTransitions.find((next) => next !== 'closed') ?? stage) : stage;
  const referenceIndex = stageOrder.indexOf(reference);
  return stageOrder.map((step, index) => {
    if (step === stage) return 'current';
    if (stage === 'closed') return index <= referenceIndex ? 'done' : 'future';
    return index < referenceIndex ? 'done' : 'future';
  });
}

const markers: Record<StepState, string> = { done: '✓', current: '●', future: '○' };

/**
 * The eight stages as an ordered list; the current one carries aria-current="step". Done,
 * current and future differ by a sign and a word, not by colour alone.
 */
export function JourneyStepper({ stage, allowedTransitions, label }: { stage: CaseStage; allowedTransitions: readonly CaseStage[]; label: string }) {
  const { t } = useTranslation();
  const states = stepStates(stage, allowedTransitions);
  return (
    <ol className="journey" aria-label={label} data-testid="journey">
      {stageOrder.map((step, index) => {
        const state = states[index] ?? 'future';
        return (
          <li key={step} className={`journey__step journey__step--${state}`} data-stage={step} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="journey__marker" aria-hidden="true">
              {markers[state]}
            </span>
            <span className="journey__name">{t(`cases.stages.${step}`)}</span>
            <span className={state === 'current' ? 'journey__state' : 'visually-hidden'}>{t(`cases.journey.${state}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
