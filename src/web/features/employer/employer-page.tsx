import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { EmployerRequest, Hire } from '../../../contract/employer';
import { employerApi } from '../../api/employer';
import { AppLink } from '../../components/app-link';
import { LoadState } from '../../components/load-state';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { formatDate, formatEuro, localized } from '../wegweiser/format';
import { EmployerFrame } from './employer-frame';
import { EmployerGuideSection } from './employer-guide';
import { EmployerSteps } from './employer-steps';

/** Where the request form sends the employer after a request was sent: the ABH's name for the confirmation. */
export type CreatedState = { createdRequestId: string; abhName: string };

/** `/arbeitgeber`: my hires (status only) and my §81a requests with their statutory steps. */
export function EmployerPage() {
  const { t } = useTranslation();
  usePageTitle(t('employer.title'));
  return (
    <EmployerFrame>
      {() => (
        <div className="employer-page">
          <KolHeading _level={1} _label={t('employer.title')} />
          <p>{t('employer.intro')}</p>
          <EmployerContent />
        </div>
      )}
    </EmployerFrame>
  );
}

function EmployerContent() {
  const { t } = useTranslation();
  const location = useLocation();
  const created = (location.state as CreatedState | null) ?? null;
  const { loaded } = useLoad(
    async () => {
      const [hires, requests, guide] = await Promise.all([employerApi.hires(), employerApi.requests(), employerApi.guide()]);
      return { hires: hires.items, requests: requests.items, guide };
    },
    `employer:${created?.createdRequestId ?? ''}`,
  );
  const createdRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (created && loaded.status === 'ready') createdRef.current?.focus();
  }, [created, loaded.status]);

  return (
    <LoadState loaded={loaded} missing={t('employer.failed')} failed={t('employer.failed')} testId="employer-missing">
      {({ hires, requests, guide }) => (
        <>
          {created && (
            <div ref={createdRef} tabIndex={-1} data-testid="employer-created">
              <KolAlert _type="success" _variant="msg">
                {t('employer.requests.created', { abh: created.abhName })}
              </KolAlert>
            </div>
          )}
          <HiresSection hires={hires} />
          <RequestsSection requests={requests} />
          <EmployerGuideSection guide={guide} />
        </>
      )}
    </LoadState>
  );
}

function HiresSection({ hires }: { hires: Hire[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section aria-labelledby="employer-hires-title" data-testid="employer-hires">
      <h2 id="employer-hires-title">{t('employer.hires.title')}</h2>
      <p>{t('employer.hires.intro')}</p>
      {hires.length === 0 ? (
        <p data-testid="employer-hires-none">{t('employer.hires.none')}</p>
      ) : (
        <ul className="employer-list">
          {hires.map((hire) => (
            <li key={hire.caseId} className="employer-card" data-testid="employer-hire">
              <h3>{hire.personName}</h3>
              <dl className="employer-facts">
                <dt>{t('employer.hires.stage')}</dt>
                <dd data-testid="employer-hire-stage">{t(`employer.stages.${hire.stage}`)}</dd>
                <dt>{t('employer.hires.nextStep')}</dt>
                <dd data-testid="employer-hire-next">
                  {hire.nextStep
                    ? `${localized(hire.nextStep.title, language)}${hire.nextStep.dueOn ? ` – ${t('employer.steps.dueOn', { date: formatDate(hire.nextStep.dueOn, language) })}` : ''}`
                    : hire.procedure
                      ? t('employer.hires.noNextStep')
                      : t('employer.hires.noProcedure')}
                </dd>
              </dl>
              <p>{hire.consentValidThrough ? t('employer.hires.consentUntil', { date: formatDate(hire.consentValidThrough, language) }) : t('employer.hires.consentUntilWithdrawn')}</p>
              {hire.procedure && (
                <details>
                  <summary>{t('employer.steps.title')}</summary>
                  <EmployerSteps steps={hire.procedure.steps} label={t('employer.steps.caption', { name: hire.personName })} testId={`hire-steps-${hire.caseId}`} />
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestsSection({ requests }: { requests: EmployerRequest[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section aria-labelledby="employer-requests-title" data-testid="employer-requests">
      <h2 id="employer-requests-title">{t('employer.requests.title')}</h2>
      <div className="employer-actions">
        <AppLink to={paths.employerNewRequest} label={t('employer.requests.new')} variant="primary" />
      </div>
      {requests.length === 0 ? (
        <p data-testid="employer-requests-none">{t('employer.requests.none')}</p>
      ) : (
        <ul className="employer-list">
          {requests.map((request) => (
            <li key={request.id} className="employer-card" data-testid="employer-request" data-request={request.id}>
              <h3>{request.personName}</h3>
              <p>{t('employer.requests.sentTo', { date: formatDate(request.createdAt.slice(0, 10), language), abh: request.abh.name })}</p>
              <dl className="employer-facts">
                <dt>{t('employer.requests.job')}</dt>
                <dd>
                  {request.job.title}
                  {request.job.annualGrossSalaryEur !== null ? `, ${t('employer.requests.salary', { amount: formatEuro(request.job.annualGrossSalaryEur, language) })}` : ''}
                </dd>
                <dt>{t('employer.requests.placeOfWork')}</dt>
                <dd>{request.placeOfWork.name}</dd>
                <dt>{t('employer.requests.contact')}</dt>
                <dd>{[request.abh.name, request.abh.email, request.abh.phone].filter(Boolean).join(' · ')}</dd>
              </dl>
              {request.procedure ? (
                <>
                  <p>{t('employer.requests.agreedOn', { date: formatDate(request.procedure.agreedOn, language) })}</p>
                  <EmployerSteps steps={request.procedure.steps} label={t('employer.steps.caption', { name: request.personName })} testId={`request-steps-${request.id}`} />
                </>
              ) : (
                <p data-testid="employer-request-waiting">{t('employer.requests.waiting')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
