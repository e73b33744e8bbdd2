import { KolButton } from '@public-ui/react-v19';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { closeReasonSchema, type CaseStage, type CloseReason } from '../../../contract/cases';
import { ActionFeedback } from '../../components/action-feedback';
import { SelectInput, type Focusable } from '../../components/form-fields';
import { casesApi } from '../../api/cases';
import { JourneyStepper, stageOrder } from './journey-stepper';
import { SectionHeading, useSectionFeedback, type SectionProps } from './section-kit';

/** "On to", "back to" or "reopen": the direction of a move, for its button. */
export function moveKind(from: CaseStage, to: CaseStage): 'forward' | 'back' | 'reopen' {
  if (from === 'closed') return 'reopen';
  return stageOrder.indexOf(to) > stageOrder.indexOf(from) ? 'forward' : 'back';
}

/** The journey stepper and the moves the stage table allows from here; closing asks for a reason. */
export function JourneySection({ record, change }: SectionProps) {
  const { t } = useTranslation();
  const { headingRef, feedback, setFeedback, succeed, fail } = useSectionFeedback();
  const [isClosing, setClosing] = useState(false);
  const [reason, setReason] = useState<CloseReason | ''>('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const reasonRef = useRef<Focusable | null>(null);
  const closeButtonRef = useRef<HTMLKolButtonElement>(null);
  const moves = record.allowedTransitions.filter((stage) => stage !== 'closed');
  const canClose = record.allowedTransitions.includes('closed');
  // The usual next step stands out; skips and corrections are there, but secondary.
  const isUsual = (stage: CaseStage) => moveKind(record.stage, stage) === 'reopen' || stageOrder.indexOf(stage) === stageOrder.indexOf(record.stage) + 1;

  useEffect(() => {
    if (isClosing) void reasonRef.current?.focus();
  }, [isClosing]);

  const move = async (stage: CaseStage, closeReason?: CloseReason) => {
    if (isBusy) return;
    setBusy(true);
    setFeedback(null);
    const outcome = await change(() => casesApi.changeStage(record, stage, closeReason));
    setBusy(false);
    if (!outcome.ok) return fail(outcome);
    setClosing(false);
    setReason('');
    succeed(t('cases.journey.changed', { stage: t(`cases.stages.${stage}`) }));
  };

  const confirmClose = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setReasonMissing(true);
      void reasonRef.current?.focus();
      return;
    }
    void move('closed', reason);
  };

  const cancelClose = () => {
    setClosing(false);
    setReasonMissing(false);
    void closeButtonRef.current?.focus();
  };

  return (
    <section className="case-section journey-section" aria-labelledby="journey-title" data-testid="journey-section">
      <SectionHeading id="journey-title" ref={headingRef}>
        {t('cases.journey.title')}: {t(`cases.stages.${record.stage}`)}
      </SectionHeading>
      <JourneyStepper stage={record.stage} allowedTransitions={record.allowedTransitions} label={t('cases.journey.listLabel')} />
      {record.stage === 'closed' && record.closeReason && <p>{t('cases.journey.closedBecause', { reason: t(`cases.closeReasons.${record.closeReason}`) })}</p>}
      <h3 className="case-section__subtitle">{t('cases.journey.movesTitle')}</h3>
      {moves.length === 0 && !canClose && <p>{t('cases.journey.noMoves')}</p>}
      <div className="journey-moves" data-testid="journey-moves">
        {moves.map((stage) => (
          <KolButton
            // A new element when the emphasis changes: no colour transition half-way through.
            key={`${stage}-${isUsual(stage)}`}
            data-move={stage}
            _label={t(`cases.journey.${moveKind(record.stage, stage)}`, { stage: t(`cases.stages.${stage}`) })}
            _variant={isUsual(stage) ? 'primary' : 'secondary'}
            _disabled={isBusy}
            _on={{ onClick: () => void move(stage) }}
          />
        ))}
        {canClose && !isClosing && (
          <KolButton ref={closeButtonRef} data-move="closed" _label={t('cases.journey.close')} _variant="secondary" _on={{ onClick: () => setClosing(true) }} />
        )}
      </div>
      {isClosing && (
        <form className="case-form case-form--inline" aria-label={t('cases.journey.close')} noValidate onSubmit={confirmClose} data-testid="close-case-form">
          <SelectInput
            form="close-case"
            name="closeReason"
            label={t('cases.journey.closeReason')}
            required
            error={reasonMissing ? t('cases.errors.required') : undefined}
            fieldRef={(element) => (reasonRef.current = element)}
            options={closeReasonSchema.options.map((value) => ({ value, label: t(`cases.closeReasons.${value}`) }))}
            placeholder={t('cases.form.pleaseChoose')}
            value={reason}
            onChange={(value) => {
              setReason(closeReasonSchema.safeParse(value).data ?? '');
              setReasonMissing(false);
            }}
          />
          <div className="case-form__actions">
            <KolButton data-testid="close-case-confirm" _type="submit" _variant="primary" _disabled={isBusy} _label={t('cases.journey.closeConfirm')} />
            <KolButton _label={t('cases.form.cancel')} _variant="ghost" _on={{ onClick: cancelClose }} />
          </div>
        </form>
      )}
      <ActionFeedback feedback={feedback} testId="journey-feedback" />
    </section>
  );
}
