import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { ErrorSummary } from './error-summary';
import { FamilySection } from './family-section';
import { fieldLabel } from './field-label';
import { LegalStateLine } from './legal-state';
import { OfficesSection } from './offices-section';
import { contactsForReport } from '../network/responsibility-contacts';
import { ResultView } from './result-view';
import { StepAbout } from './step-about';
import { StepExperience } from './step-experience';
import { StepFamily } from './step-family';
import { StepJob } from './step-job';
import { StepMore } from './step-more';
import { StepPlace } from './step-place';
import type { StepProps } from './step-props';
import { StepQualification } from './step-qualification';
import { stepIds, type StepId } from './steps';
import { useWegweiser } from './use-wegweiser';
import { WizardProgress } from './wizard-progress';

const stepComponents: Record<StepId, (props: StepProps) => React.JSX.Element> = {
  about: StepAbout,
  qualification: StepQualification,
  job: StepJob,
  place: StepPlace,
  experience: StepExperience,
  more: StepMore,
  family: StepFamily,
};

/** `/wegweiser`: the public questionnaire (seven steps) and its result, no sign-in needed. */
export function WegweiserPage() {
  const { t } = useTranslation();
  const state = useWegweiser();
  const lastStep = stepIds[stepIds.length - 1];
  const { view, answers, errors, evaluation, isPending, isRestoring, problem, headingRef, summaryRef } = state;
  const viewName = view === 'result' ? t('wegweiser.result.title') : t(`wegweiser.steps.${view}`);
  usePageTitle(`${viewName} – ${t('wegweiser.title')}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    state.submitStep();
  };

  return (
    <div className="page wegweiser-page">
      <KolHeading _level={1} _label={t('wegweiser.title')} />
      <p className="wegweiser-page__intro">{t('wegweiser.intro')}</p>
      <LegalStateLine evaluationDate={view === 'result' && evaluation ? evaluation.evaluationDate : answers.evaluationDate} />
      {problem && (
        <KolAlert data-testid="wegweiser-problem" _type="error" _variant="card" _alert _level={2} _label={t('wegweiser.problems.title')}>
          {t(`wegweiser.problems.${problem}`)}
        </KolAlert>
      )}
      {isRestoring ? (
        <Loading />
      ) : view === 'result' && evaluation ? (
        <ResultView
          ref={headingRef}
          evaluation={evaluation}
          answers={answers}
          today={state.today}
          onEdit={state.edit}
          onRestart={state.restart}
          familySection={<FamilySection evaluation={evaluation} answers={answers} family={state.family} onChooseSponsor={state.chooseSponsorTitle} />}
          officesSection={<OfficesSection offices={state.offices} />}
          reportOffices={
            state.offices.status === 'ok'
              ? contactsForReport(state.offices.data)
              : undefined
          }
        />
      ) : view !== 'result' ? (
        <section className="wegweiser-step" aria-labelledby="wegweiser-step-title" data-step={view}>
          <WizardProgress current={view} />
          <h2 id="wegweiser-step-title" ref={headingRef} tabIndex={-1} className="wegweiser-step__title">
            {viewName}
          </h2>
          <ErrorSummary ref={summaryRef} errors={errors} onSelect={state.focusField} labelOf={(field) => fieldLabel(field, answers, t)} />
          <form className="wegweiser-form" noValidate aria-labelledby="wegweiser-step-title" onSubmit={submit}>
            {(() => {
              const Step = stepComponents[view];
              return <Step answers={answers} errors={errors} set={state.set} setFamilyMember={state.setFamilyMember} register={state.register} today={state.today} />;
            })()}
            <div className="wegweiser-form__actions">
              {view !== stepIds[0] && (
                <KolButton data-testid="wegweiser-back" _label={t('wegweiser.nav.back')} _variant="secondary" _on={{ onClick: state.back }} />
              )}
              <KolButton
                data-testid="wegweiser-next"
                _type="submit"
                _variant="primary"
                _disabled={isPending}
                _label={view === lastStep ? (isPending ? t('wegweiser.nav.evaluating') : t('wegweiser.nav.evaluate')) : t('wegweiser.nav.next')}
              />
            </div>
          </form>
          <p className="visually-hidden" role="status">
            {isPending ? t('wegweiser.nav.evaluating') : ''}
          </p>
        </section>
      ) : null}
      <p className="wegweiser-page__disclaimer">{t('wegweiser.disclaimer')}</p>
    </div>
  );
}
