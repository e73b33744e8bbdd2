import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ContactRequestDetail } from '../../../contract/portal-entry';
import { ApiError } from '../../api/client';
import { portalEntryApi } from '../../api/portal-entry';
import { AppLink } from '../../components/app-link';
import { DateInput, SelectInput, TextareaInput, TextInput } from '../../components/form-fields';
import { Loading } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { casePath, paths } from '../../routes/paths';
import { countryName } from '../cases/format';
import { RequireCaseStaff } from '../cases/require-case-staff';
import { countryOptions } from '../wegweiser/options';
import { localized } from '../wegweiser/format';
import '../../styles/portal-entry.css';
import { AnswersSummary } from './answers-summary';
import { languageName, longDay } from './format';

type Load = { status: 'loading' } | { status: 'missing' } | { status: 'failed' } | { status: 'ready'; request: ContactRequestDetail };

/** `/eingang/anfragen/:id`: one contact request, its answers in words, accept (opens a case) or decline. */
export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('contactInbox.title'));
  return <RequireCaseStaff>{() => <RequestDetail key={id} id={id} />}</RequireCaseStaff>;
}

function RequestDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [dialog, setDialog] = useState<'accept' | 'decline' | null>(null);
  const [notice, setNotice] = useState('');

  const [version, setVersion] = useState(0);
  const reload = () => setVersion((current) => current + 1);
  useEffect(() => {
    let isCurrent = true;
    portalEntryApi.contactRequest(id).then(
      (request) => isCurrent && setLoad({ status: 'ready', request }),
      (error: unknown) => isCurrent && setLoad(error instanceof ApiError && error.status === 404 ? { status: 'missing' } : { status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [id, version]);

  if (load.status === 'loading') return <Loading />;
  if (load.status !== 'ready') {
    return (
      <div className="page">
        <KolHeading _level={1} _label={t('contactInbox.title')} />
        <KolAlert _type="error" _variant="msg">
          {t('contactInbox.failed')}
        </KolAlert>
        <AppLink to={paths.contactRequests} label={t('contactInbox.back')} />
      </div>
    );
  }
  const request = load.request;
  return (
    <div className="page request-detail" data-testid="contact-request-detail">
      <p>
        <AppLink to={paths.contactRequests} label={t('contactInbox.back')} />
      </p>
      <KolHeading _level={1} _label={request.name} />
      <p>
        {t(`contactInbox.status.${request.status}`)} · {t('contactInbox.received', { date: longDay(request.createdAt, language) })}
      </p>
      {notice && (
        <p role="status" data-testid="contact-request-notice">
          {notice}
        </p>
      )}
      <section aria-labelledby="request-contact">
        <h2 id="request-contact">{t('contactInbox.detail.contact')}</h2>
        <dl>
          <dt>{t('contactInbox.detail.email')}</dt>
          <dd>
            <a href={`mailto:${request.email}`}>{request.email}</a>
          </dd>
          <dt>{t('contactInbox.detail.place')}</dt>
          <dd>{request.place.name}</dd>
          <dt>{t('contactInbox.detail.language')}</dt>
          <dd>{languageName(request.language, language)}</dd>
          <dt>{t('contactInbox.detail.message')}</dt>
          <dd dir="auto">{request.message ?? t('contactInbox.detail.noMessage')}</dd>
        </dl>
      </section>
      <section aria-labelledby="request-answers">
        <h2 id="request-answers">{t('contactInbox.detail.answers')}</h2>
        <AnswersSummary profile={request.profile} />
        <h3>{t('contactInbox.detail.openPaths')}</h3>
        {request.openPaths.length === 0 ? (
          <p>{t('contactInbox.detail.noOpenPaths')}</p>
        ) : (
          <ul data-testid="contact-request-open-paths">
            {request.openPaths.map((path) => (
              <li key={path.id}>
                {localized(path.name, language)} ({path.legalRef})
              </li>
            ))}
          </ul>
        )}
        {request.needsInfoPaths.length > 0 && (
          <>
            <h3>{t('contactInbox.detail.needsInfo')}</h3>
            <ul>
              {request.needsInfoPaths.map((path) => (
                <li key={path.id}>
                  {localized(path.name, language)} ({path.legalRef})
                </li>
              ))}
            </ul>
          </>
        )}
        {request.ruleSetId && <p>{t('contactInbox.detail.ruleSet', { id: request.ruleSetId })}</p>}
      </section>
      <section aria-labelledby="request-consent">
        <h2 id="request-consent">{t('contactInbox.detail.consent')}</h2>
        <p>{t('contactInbox.detail.consentGiven', { date: longDay(request.consentedAt, language), version: request.consentVersion })}</p>
        {request.consentText && <p className="contact-consent">{localized(request.consentText, language)}</p>}
      </section>
      {request.status === 'open' ? (
        <div className="request-actions">
          <KolButton data-testid="contact-request-accept" _label={t('contactInbox.accept.button')} _variant="primary" _on={{ onClick: () => setDialog('accept') }} />
          <KolButton data-testid="contact-request-decline" _label={t('contactInbox.decline.button')} _variant="secondary" _on={{ onClick: () => setDialog('decline') }} />
        </div>
      ) : (
        <section aria-labelledby="request-handled">
          <h2 id="request-handled">{t(`contactInbox.status.${request.status}`)}</h2>
          {request.handledAt && <p>{t('contactInbox.detail.handled', { date: longDay(request.handledAt, language) })}</p>}
          {request.declineReason && <p dir="auto">{t('contactInbox.detail.declineReason', { reason: request.declineReason })}</p>}
          {request.caseId && <AppLink to={casePath(request.caseId)} label={t('contactInbox.detail.toCase')} />}
        </section>
      )}
      <AcceptDialog request={request} isOpen={dialog === 'accept'} onClose={() => setDialog(null)} />
      <DeclineDialog
        request={request}
        isOpen={dialog === 'decline'}
        onClose={() => setDialog(null)}
        onDeclined={() => {
          setNotice(t('contactInbox.decline.done'));
          reload();
        }}
      />
    </div>
  );
}

/** A native modal dialog: focus stays inside, Escape closes, focus returns to the opener. */
function useModal(isOpen: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return ref;
}

function AcceptDialog({ request, isOpen, onClose }: { request: ContactRequestDetail; isOpen: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const ref = useModal(isOpen);
  const [person, setPerson] = useState({
    givenName: request.prefill.givenName,
    familyName: request.prefill.familyName,
    birthDate: request.prefill.birthDate ?? '',
    citizenship: request.prefill.citizenship ?? '',
  });
  const [problem, setProblem] = useState('');
  const [isBusy, setBusy] = useState(false);
  const set = (field: keyof typeof person) => (value: string) => setPerson((current) => ({ ...current, [field]: value }));

  const confirm = async () => {
    if (Object.values(person).some((value) => value.trim() === '')) return setProblem(t('contactInbox.accept.required'));
    setBusy(true);
    setProblem('');
    try {
      const created = await portalEntryApi.accept(request.id, { person: { ...person, givenName: person.givenName.trim(), familyName: person.familyName.trim() } });
      onClose();
      void navigate(casePath(created.caseId), { state: { createdReference: created.reference } });
    } catch (error) {
      setProblem(t('contactInbox.accept.failed', { message: error instanceof ApiError && error.fields ? Object.entries(error.fields).map(([k, v]) => `${k}: ${v}`).join('; ') : error instanceof Error ? error.message : '' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="request-dialog" aria-labelledby="accept-title" data-testid="accept-dialog" onClose={onClose}>
      {isOpen && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <h2 id="accept-title">{t('contactInbox.accept.title')}</h2>
          <p>{t('contactInbox.accept.text')}</p>
          <TextInput form="accept" name="givenName" label={t('contactInbox.accept.givenName')} required value={person.givenName} onChange={set('givenName')} />
          <TextInput form="accept" name="familyName" label={t('contactInbox.accept.familyName')} required value={person.familyName} onChange={set('familyName')} />
          <DateInput form="accept" name="birthDate" label={t('contactInbox.accept.birthDate')} required value={person.birthDate} onChange={set('birthDate')} />
          <SelectInput
            form="accept"
            name="citizenship"
            label={t('contactInbox.accept.citizenship')}
            required
            value={person.citizenship}
            onChange={set('citizenship')}
            options={countryOptions(i18n.language).some((option) => option.value === person.citizenship) || !person.citizenship
              ? countryOptions(i18n.language)
              : [{ value: person.citizenship, label: countryName(person.citizenship, i18n.language) }, ...countryOptions(i18n.language)]}
            placeholder={t('wegweiser.choice.pleaseChoose')}
          />
          {problem && (
            <p role="alert" className="form-error">
              {problem}
            </p>
          )}
          <div className="request-actions">
            <KolButton data-testid="accept-confirm" _type="submit" _label={t('contactInbox.accept.confirm')} _variant="primary" _disabled={isBusy} />
            <KolButton data-testid="accept-cancel" _label={t('contactInbox.accept.cancel')} _variant="secondary" _on={{ onClick: onClose }} />
          </div>
        </form>
      )}
    </dialog>
  );
}

function DeclineDialog({ request, isOpen, onClose, onDeclined }: { request: ContactRequestDetail; isOpen: boolean; onClose(): void; onDeclined(): void }) {
  const { t } = useTranslation();
  const ref = useModal(isOpen);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const [isBusy, setBusy] = useState(false);

  const confirm = async () => {
    if (reason.trim() === '') return setProblem(t('contactInbox.decline.required'));
    setBusy(true);
    try {
      await portalEntryApi.decline(request.id, reason.trim());
      onClose();
      onDeclined();
    } catch {
      setProblem(t('contactInbox.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="request-dialog" aria-labelledby="decline-title" data-testid="decline-dialog" onClose={onClose}>
      {isOpen && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <h2 id="decline-title">{t('contactInbox.decline.title')}</h2>
          <p>{t('contactInbox.decline.text')}</p>
          <TextareaInput form="decline" name="reason" label={t('contactInbox.decline.reason')} required value={reason} onChange={setReason} error={problem || undefined} />
          <div className="request-actions">
            <KolButton data-testid="decline-confirm" _type="submit" _label={t('contactInbox.decline.confirm')} _variant="primary" _disabled={isBusy} />
            <KolButton data-testid="decline-cancel" _label={t('contactInbox.decline.cancel')} _variant="secondary" _on={{ onClick: onClose }} />
          </div>
        </form>
      )}
    </dialog>
  );
}
