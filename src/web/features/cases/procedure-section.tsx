import { KolButton } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AcceleratedProcedureResponse, ProcedureStepResponse } from '../../../contract/procedures';
import { ActionFeedback } from '../../components/action-feedback';
import { DateInput, RadioInput } from '../../components/form-fields';
import { procedureApi } from '../../api/procedure';
import { useSession } from '../../session/session-context';
import { localized } from '../wegweiser/format';
import { formatDate, germanToday } from './format';
import { isIsoDate } from './person-form';
import { SectionHeading, useSectionFeedback, type SectionProps } from './section-kit';
import type { ChangeOutcome } from './use-case-record';

type BaChoice = 'auto' | 'yes' | 'no';

const statusIcons: Record<ProcedureStepResponse['status'], string> = { open: '●', pending: '○', done: '✓', not_applicable: '–' };

/** The step's due date in words: a date, "without delay", "no period", or how the period will run. */
function DueText({ step }: { step: ProcedureStepResponse }) {
  const { t, i18n } = useTranslation();
  if (step.status === 'not_applicable') return <>–</>;
  if (step.dueOn) return <span data-due-on={step.dueOn}>{formatDate(step.dueOn, i18n.language)}</span>;
  if (step.deadline.kind === 'none') return <>{t('procedure.noPeriod')}</>;
  if (step.deadline.kind === 'without_delay') return <>{t('procedure.withoutDelay')}</>;
  return <>{localized(step.deadline.description, i18n.language)}</>;
}

/** Status as a sign and a word (not colour alone); an overdue open step says so. */
function StatusText({ step }: { step: ProcedureStepResponse }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span aria-hidden="true">{statusIcons[step.status]} </span>
      {t(`procedure.status.${step.status}`)}
      {step.status === 'done' && step.completedOn && ` ${t('procedure.doneOn', { date: formatDate(step.completedOn, i18n.language) })}`}
      {step.isOverdue && (
        <strong className="overdue-mark" data-testid="step-overdue">
          {' '}
          <span aria-hidden="true">⚠ </span>
          {t('procedure.overdue')}
        </strong>
      )}
    </>
  );
}

function StepsTable({ procedure }: { procedure: AcceleratedProcedureResponse }) {
  const { t, i18n } = useTranslation();
  const caption = t('procedure.stepsCaption');
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table procedure-table" data-testid="procedure-steps">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('procedure.columns.number')}</th>
            <th scope="col">{t('procedure.columns.step')}</th>
            <th scope="col">{t('procedure.columns.actor')}</th>
            <th scope="col">{t('procedure.columns.legalRef')}</th>
            <th scope="col">{t('procedure.columns.due')}</th>
            <th scope="col">{t('procedure.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {procedure.steps.map((step) => (
            <tr key={step.id} data-step-id={step.id} data-status={step.status} data-overdue={step.isOverdue ? 'true' : undefined}>
              <td>{step.number}</td>
              <th scope="row">{localized(step.title, i18n.language)}</th>
              <td>{step.actorOrganisation ? `${t(`procedure.actors.${step.actor}`)} (${step.actorOrganisation.name})` : t(`procedure.actors.${step.actor}`)}</td>
              <td>{step.legalRef}</td>
              <td data-testid="step-due">
                <DueText step={step} />
              </td>
              <td data-testid="step-status">
                <StatusText step={step} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Done on" for the open step: a date (not before it opened, not after today) and the button. */
function CompleteStepForm({ step, onSubmit }: { step: ProcedureStepResponse; onSubmit(completedOn: string): Promise<ChangeOutcome> }) {
  const { t, i18n } = useTranslation();
  const today = germanToday();
  const min = step.openedOn ?? undefined;
  const [value, setValue] = useState(today);
  const [error, setError] = useState<string | undefined>();
  const [isBusy, setBusy] = useState(false);
  const title = localized(step.title, i18n.language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    if (!value) return setError(t('procedure.errors.required'));
    if (!isIsoDate(value)) return setError(t('procedure.errors.date'));
    if (value > today) return setError(t('procedure.errors.future'));
    if (min && value < min) return setError(t('procedure.errors.beforeOpened', { date: formatDate(min, i18n.language) }));
    setError(undefined);
    setBusy(true);
    const outcome = await onSubmit(value);
    setBusy(false);
    if (!outcome.ok && outcome.reason === 'invalid') setError(outcome.fields.completedOn ?? t('procedure.errors.date'));
  };

  return (
    <form className="case-form" aria-labelledby="procedure-complete-title" noValidate onSubmit={(event) => void submit(event)} data-testid="procedure-complete-form">
      <h3 id="procedure-complete-title" className="case-section__subtitle">
        {t('procedure.completeTitle', { number: step.number, title })}
      </h3>
      <DateInput form="procedure-complete" name="completedOn" label={t('procedure.completedOn')} required min={min} max={today} error={error} value={value} onChange={(next) => { setValue(next); setError(undefined); }} />
      <div className="case-form__actions">
        <KolButton data-testid="procedure-complete" _type="submit" _variant="primary" _disabled={isBusy} _label={t('procedure.complete', { number: step.number })} />
      </div>
    </form>
  );
}

/** Start: the day of the employer–ABH agreement and whether the BA has to approve. */
function StartForm({ onSubmit }: { onSubmit(agreedOn: string, ba: BaChoice): Promise<ChangeOutcome> }) {
  const { t } = useTranslation();
  const today = germanToday();
  const [agreedOn, setAgreedOn] = useState(today);
  const [ba, setBa] = useState<BaChoice>('auto');
  const [error, setError] = useState<string | undefined>();
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    if (!agreedOn) return setError(t('procedure.errors.required'));
    if (!isIsoDate(agreedOn)) return setError(t('procedure.errors.date'));
    if (agreedOn > today) return setError(t('procedure.errors.future'));
    setError(undefined);
    setBusy(true);
    const outcome = await onSubmit(agreedOn, ba);
    setBusy(false);
    if (!outcome.ok && outcome.reason === 'invalid') setError(outcome.fields.agreedOn ?? t('procedure.errors.date'));
  };

  return (
    <form className="case-form" aria-labelledby="procedure-start-title" noValidate onSubmit={(event) => void submit(event)} data-testid="procedure-start-form">
      <h3 id="procedure-start-title" className="case-section__subtitle">
        {t('procedure.startTitle')}
      </h3>
      <DateInput form="procedure-start" name="agreedOn" label={t('procedure.agreedOn')} hint={t('procedure.agreedOnHint')} required max={today} error={error} value={agreedOn} onChange={(next) => { setAgreedOn(next); setError(undefined); }} />
      <RadioInput
        form="procedure-start"
        name="baApproval"
        label={t('procedure.baApproval')}
        options={[
          { value: 'auto', label: t('procedure.baAuto') },
          { value: 'yes', label: t('procedure.baYes') },
          { value: 'no', label: t('procedure.baNo') },
        ]}
        value={ba}
        onChange={(next) => setBa(next === 'yes' || next === 'no' ? next : 'auto')}
      />
      <div className="case-form__actions">
        <KolButton data-testid="procedure-start" _type="submit" _variant="primary" _disabled={isBusy} _label={t('procedure.start')} />
      </div>
    </form>
  );
}

/** The §81a accelerated skilled-worker procedure: start it (case workers), or its steps, dates and fee. */
export function ProcedureSection({ record, change }: SectionProps) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const isCaseworker = session.status === 'signed-in' && session.me.user.roles.includes('caseworker');
  const { headingRef, feedback, setFeedback, succeed, fail } = useSectionFeedback();
  const procedure = record.acceleratedProcedure ?? null;
  const openStep = procedure?.steps.find((step) => step.status === 'open');

  const start = async (agreedOn: string, ba: BaChoice) => {
    setFeedback(null);
    const outcome = await change(() => procedureApi.start(record.id, { agreedOn, ...(ba === 'auto' ? {} : { isBaApprovalRequired: ba === 'yes' }) }));
    if (outcome.ok) succeed(t('procedure.started'));
    else if (outcome.reason !== 'invalid') fail(outcome);
    return outcome;
  };

  const complete = async (step: ProcedureStepResponse, completedOn: string) => {
    if (!procedure) return { ok: false, reason: 'failed' } as const;
    setFeedback(null);
    const outcome = await change(() => procedureApi.completeStep(record.id, step.id, completedOn, procedure.version));
    if (outcome.ok) succeed(t('procedure.completed', { number: step.number, title: localized(step.title, i18n.language) }));
    else if (outcome.reason !== 'invalid') fail(outcome);
    return outcome;
  };

  return (
    <section className="case-section case-section--wide" aria-labelledby="procedure-title" data-testid="procedure-section">
      <SectionHeading id="procedure-title" ref={headingRef}>
        {t('procedure.title')}
      </SectionHeading>
      {procedure ? (
        <>
          <p data-testid="procedure-summary">
            {t('procedure.agreedOnText', { date: formatDate(procedure.agreedOn, i18n.language) })}{' '}
            <span data-testid="procedure-fee">{t('procedure.fee', { amount: new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(procedure.fee.euros), legalRef: procedure.fee.legalRef })}</span>
          </p>
          <StepsTable procedure={procedure} />
          <ActionFeedback feedback={feedback} testId="procedure-feedback" />
          {isCaseworker && openStep && <CompleteStepForm key={`${openStep.id}-${procedure.version}`} step={openStep} onSubmit={(date) => complete(openStep, date)} />}
          {!openStep && <p>{t('procedure.finished')}</p>}
        </>
      ) : (
        <>
          <p>{t('procedure.none')}</p>
          <ActionFeedback feedback={feedback} testId="procedure-feedback" />
          {isCaseworker && <StartForm onSubmit={start} />}
        </>
      )}
    </section>
  );
}
