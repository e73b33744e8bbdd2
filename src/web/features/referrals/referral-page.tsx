import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Referral } from '../../../contract/referrals';
import { ApiError } from '../../api/client';
import { referralsApi, type ReferralActionBody } from '../../api/referrals';
import { ActionFeedback, type Feedback } from '../../components/action-feedback';
import { AppLink } from '../../components/app-link';
import { TextareaInput } from '../../components/form-fields';
import { Loading } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { DueCountdown } from './due-countdown';
import { formatDue, formatInstant } from './format';
import { referralsPath } from './paths';
import { ReferredCaseView } from './referred-case-view';
import { RequireReferralStaff } from './require-referral-staff';

/** `/weiterleitungen/:id`: one referral, its history, what the caller may do next, and (for the recipient) the consented case data. */
export function ReferralPage() {
  const { id = '' } = useParams();
  return <RequireReferralStaff>{() => <ReferralView key={id} id={id} />}</RequireReferralStaff>;
}

function ReferralView({ id }: { id: string }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<{ state: 'loading' } | { state: 'missing' } | { state: 'ready'; referral: Referral; loadedAt: Date }>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(async () => {
    try {
      const referral = await referralsApi.referral(id);
      setLoad({ state: 'ready', referral, loadedAt: new Date() });
      setVersion((value) => value + 1);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setLoad({ state: 'missing' });
      else throw error;
    }
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (load.state === 'loading') return <Loading />;
  if (load.state === 'missing') {
    return (
      <div className="page text-page" data-testid="referral-not-found">
        <KolHeading _level={1} _label={t('referrals.title')} />
        <p>{t('referrals.detail.notFound')}</p>
        <AppLink to={referralsPath} label={t('referrals.detail.back')} />
      </div>
    );
  }
  return <ReferralContent referral={load.referral} now={load.loadedAt} reload={reload} version={version} />;
}

function ReferralContent({ referral, now, reload, version }: { referral: Referral; now: Date; reload(): Promise<void>; version: number }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('referrals.detail.pageTitle', { reference: referral.caseReference }));
  const isRecipient = referral.side !== 'sender';
  return (
    <div className="page referral-page" data-testid="referral-page" data-status={referral.status}>
      <p>
        <AppLink to={referralsPath} label={t('referrals.detail.back')} />
      </p>
      <KolHeading _level={1} _label={t('referrals.detail.pageTitle', { reference: referral.caseReference })} />
      <section className="case-section" aria-labelledby="referral-facts-title">
        <h2 id="referral-facts-title" className="case-section__title">
          {t('referrals.detail.facts')}
        </h2>
        <dl className="referral-facts" data-testid="referral-facts">
          <dt>{t('referrals.board.purpose')}</dt>
          <dd>{t(`referrals.purposes.${referral.purpose}`)}</dd>
          <dt>{t('referrals.board.from')}</dt>
          <dd>
            {referral.from.organisation.name} ({referral.from.user.name})
          </dd>
          <dt>{t('referrals.board.to')}</dt>
          <dd>{referral.to.name}</dd>
          <dt>{t('referrals.board.status')}</dt>
          <dd data-testid="referral-status">{t(`referrals.status.${referral.status}`)}</dd>
          <dt>{t('referrals.board.due')}</dt>
          <dd data-testid="referral-due" data-due-date={referral.dueDate}>
            {formatDue(referral.dueAt, referral.dueDate, i18n.language)} · <DueCountdown referral={referral} now={now} />
          </dd>
          <dt>{t('referrals.detail.message')}</dt>
          <dd className="referral-text">{referral.message}</dd>
          {referral.answer !== null && (
            <>
              <dt>{t('referrals.detail.answer')}</dt>
              <dd className="referral-text" data-testid="referral-answer">
                {referral.answer}
              </dd>
            </>
          )}
          {referral.reason !== null && (
            <>
              <dt>{t('referrals.detail.reason')}</dt>
              <dd>{referral.reason}</dd>
            </>
          )}
        </dl>
      </section>
      {referral.allowedActions.length > 0 && <ReferralActions referral={referral} reload={reload} />}
      {isRecipient && <ReferredCaseView referralId={referral.id} version={version} />}
      <section className="case-section" aria-labelledby="referral-timeline-title">
        <h2 id="referral-timeline-title" className="case-section__title">
          {t('referrals.detail.timeline')}
        </h2>
        <ol className="referral-timeline" data-testid="referral-timeline">
          {(referral.events ?? []).map((event) => {
            const type = t(`referrals.detail.events.${event.type}`, { defaultValue: event.type });
            const date = formatInstant(event.at, i18n.language);
            return (
              <li key={event.id} data-event={event.type}>
                <p>{event.actor ? t('referrals.detail.eventBy', { type, date, name: event.actor.name }) : t('referrals.detail.eventBySystem', { type, date })}</p>
                {event.text && <p className="referral-text">{event.text}</p>}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

type TextAction = 'answer' | 'query' | 'reject' | 'reply';
const textActions: TextAction[] = ['answer', 'query', 'reply', 'reject'];

function ReferralActions({ referral, reload }: { referral: Referral; reload(): Promise<void> }) {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [isBusy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const allowed = new Set(referral.allowedActions);

  const run = async (body: ReferralActionBody) => {
    if (isBusy) return false;
    setBusy(true);
    try {
      await referralsApi.act(referral.id, body);
      await reload();
      setFeedback({ kind: 'success', text: t('referrals.detail.done') });
      headingRef.current?.focus();
      return true;
    } catch (error) {
      setFeedback({ kind: 'error', text: t('referrals.detail.failed', { message: (error as Error).message }) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="case-section" aria-labelledby="referral-actions-title" data-testid="referral-actions">
      <h2 id="referral-actions-title" className="case-section__title" tabIndex={-1} ref={headingRef}>
        {t('referrals.detail.actions')}
      </h2>
      <ActionFeedback feedback={feedback} testId="referral-action-feedback" />
      <div className="case-form__actions">
        {allowed.has('accept') && <KolButton data-testid="referral-accept" _label={t('referrals.detail.accept')} _variant="primary" _disabled={isBusy} _on={{ onClick: () => void run({ action: 'accept' }) }} />}
        {allowed.has('close') && <KolButton data-testid="referral-close" _label={t('referrals.detail.close')} _variant="primary" _disabled={isBusy} _on={{ onClick: () => void run({ action: 'close' }) }} />}
        {allowed.has('revoke') && <KolButton data-testid="referral-revoke" _label={t('referrals.detail.revoke')} _variant="secondary" _disabled={isBusy} _on={{ onClick: () => void run({ action: 'revoke' }) }} />}
      </div>
      {textActions
        .filter((action) => allowed.has(action))
        .map((action) => (
          <TextActionForm key={action} action={action} isBusy={isBusy} run={run} />
        ))}
    </section>
  );
}

function TextActionForm({ action, isBusy, run }: { action: TextAction; isBusy: boolean; run(body: ReferralActionBody): Promise<boolean> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value) return setError(t('referrals.detail.required'));
    const body: ReferralActionBody =
      action === 'answer' ? { action, answer: value } : action === 'query' ? { action, question: value } : action === 'reply' ? { action, message: value } : { action, reason: value };
    if (await run(body)) setText('');
  };
  return (
    <form className="case-form" noValidate aria-label={t(`referrals.detail.${action}Label`)} onSubmit={(event) => void submit(event)} data-testid={`referral-${action}-form`}>
      <TextareaInput
        form={`referral-${action}`}
        name="text"
        label={t(`referrals.detail.${action}Label`)}
        required
        rows={3}
        value={text}
        error={error}
        onChange={(value) => {
          setText(value);
          setError(undefined);
        }}
      />
      <div className="case-form__actions">
        <KolButton data-testid={`referral-${action}-submit`} _type="submit" _variant={action === 'reject' ? 'secondary' : 'primary'} _disabled={isBusy} _label={t(`referrals.detail.${action}Submit`)} />
      </div>
    </form>
  );
}

