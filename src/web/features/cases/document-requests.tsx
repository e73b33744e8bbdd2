import { KolButton } from '@public-ui/react-v19';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../contract/cases';
import type { DocumentRequest } from '../../../contract/portal';
import { ActionFeedback, type Feedback } from '../../components/action-feedback';
import { SelectInput, TextareaInput, TextInput, type Focusable } from '../../components/form-fields';
import { documentReviewApi } from '../../api/portal-journey';
import { DecisionDialog, type Decision } from './decision-dialog';
import { formatDateTime } from './format';
import { ItemButton, type SectionProps } from './section-kit';

/** The case's document requests, loaded again whenever the case changes (its version). */
export function useDocumentRequests(record: Case) {
  const [requests, setRequests] = useState<DocumentRequest[] | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(async () => {
    try {
      setRequests(await documentReviewApi.requests(record.id));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [record.id]);
  useEffect(() => {
    void reload();
  }, [reload, record.version]);
  return { requests, failed, reload };
}

/** The names of the people of a case, by person id (the main person first). */
export function personNames(record: Case): Map<string, string> {
  return new Map([record.person, ...record.members].map((person) => [person.id, `${person.givenName} ${person.familyName}`]));
}

type Props = SectionProps & { requests: DocumentRequest[] | null; failed: boolean; reload(): Promise<void> };

/** Open requests with "withdraw", and the form that asks the person for a further document. */
export function DocumentRequests({ record, change, requests, failed, reload }: Props) {
  const { t, i18n } = useTranslation();
  const names = personNames(record);
  const nameOf = (personId: string | null) => names.get(personId ?? record.person.id) ?? names.get(record.person.id) ?? '';
  const [decision, setDecision] = useState<Decision | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [personId, setPersonId] = useState(record.person.id);
  const [titleError, setTitleError] = useState<string | undefined>(undefined);
  const titleRef = useRef<Focusable | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const open = (requests ?? []).filter((request) => request.withdrawnAt === null);

  const withdraw = (request: DocumentRequest) => {
    setFeedback(null);
    setDecision({
      title: t('documentReview.requests.withdrawDialog.title'),
      text: t('documentReview.requests.withdrawDialog.text', { title: request.title, name: nameOf(request.personId) }),
      confirmLabel: t('documentReview.requests.withdrawDialog.confirm'),
      cancelLabel: t('documentReview.cancel'),
      run: async () => {
        const outcome = await change(() => documentReviewApi.withdraw(record.id, request.id));
        await reload();
        setFeedback(outcome.ok ? { kind: 'success', text: t('documentReview.requests.withdrawn', { title: request.title }) } : { kind: 'error', text: t('documentReview.requests.withdrawFailed') });
        headingRef.current?.focus();
      },
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    const wanted = title.trim();
    if (!wanted) {
      setTitleError(t('documentReview.requestForm.titleMissing'));
      void titleRef.current?.focus();
      return;
    }
    setTitleError(undefined);
    setDecision({
      title: t('documentReview.requestForm.confirmTitle'),
      text: t('documentReview.requestForm.confirmText', { title: wanted, name: nameOf(personId) }),
      confirmLabel: t('documentReview.requestForm.confirm'),
      cancelLabel: t('documentReview.cancel'),
      run: async () => {
        const outcome = await change(() => documentReviewApi.request(record.id, { title: wanted, ...(note.trim() ? { note: note.trim() } : {}), personId }));
        await reload();
        if (outcome.ok) {
          setTitle('');
          setNote('');
          setFeedback({ kind: 'success', text: t('documentReview.requestForm.done', { title: wanted }) });
        } else setFeedback({ kind: 'error', text: t('documentReview.requestForm.failed') });
        headingRef.current?.focus();
      },
    });
  };

  const answered = (request: DocumentRequest) =>
    request.documentIds.length > 0 ? t('documentReview.requests.answered', { count: request.documentIds.length }) : t('documentReview.requests.notAnswered');

  return (
    <div data-testid="document-requests">
      <h3 id="document-requests-title" ref={headingRef} tabIndex={-1} className="case-section__subtitle">
        {t('documentReview.requests.title')}
      </h3>
      {failed ? (
        <p>{t('documentReview.requests.loadFailed')}</p>
      ) : open.length === 0 ? (
        <p data-testid="document-requests-none">{t('documentReview.requests.none')}</p>
      ) : (
        <ul className="case-items" data-testid="document-request-list">
          {open.map((request) => (
            <li key={request.id} className="case-item case-item--with-action" data-request-id={request.id} data-testid="document-request">
              <div className="case-item__body">
                <p className="case-item__title">{request.title}</p>
                {request.note && <p className="case-item__meta">{request.note}</p>}
                <p className="case-item__meta">
                  {[
                    t('documentReview.requests.forPerson', { name: nameOf(request.personId) }),
                    t('documentReview.requests.requestedAt', { date: formatDateTime(request.requestedAt, i18n.language) }),
                    answered(request),
                  ].join(' · ')}
                </p>
              </div>
              <div className="document-actions">
                <ItemButton
                  testId="document-request-withdraw"
                  visible={t('documentReview.requests.withdraw')}
                  accessible={t('documentReview.requests.withdrawFor', { title: request.title })}
                  onClick={() => withdraw(request)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <ActionFeedback feedback={feedback} testId="document-requests-feedback" />

      <form className="case-form" aria-labelledby="document-request-form-title" noValidate onSubmit={submit} data-testid="document-request-form">
        <h3 id="document-request-form-title" className="case-section__subtitle">
          {t('documentReview.requestForm.title')}
        </h3>
        <p>{t('documentReview.requestForm.intro')}</p>
        <TextInput
          form="document-request"
          name="title"
          label={t('documentReview.requestForm.documentTitle')}
          hint={t('documentReview.requestForm.documentTitleHint')}
          required
          error={titleError}
          value={title}
          fieldRef={(element) => {
            titleRef.current = element;
          }}
          onChange={(next) => {
            setTitle(next);
            if (next.trim()) setTitleError(undefined);
          }}
        />
        <TextareaInput form="document-request" name="note" label={t('documentReview.requestForm.note')} value={note} onChange={setNote} />
        <SelectInput
          form="document-request"
          name="personId"
          label={t('documentReview.requestForm.person')}
          options={[...names].map(([value, label]) => ({ value, label }))}
          value={personId}
          onChange={setPersonId}
        />
        <div className="case-form__actions">
          <KolButton data-testid="document-request-submit" _type="submit" _variant="primary" _label={t('documentReview.requestForm.submit')} />
        </div>
      </form>
      <DecisionDialog decision={decision} onClose={() => setDecision(null)} testId="document-request-dialog" />
    </div>
  );
}
