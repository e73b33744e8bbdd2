import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { documentMediaTypes, maxDocumentBytes } from '../../../contract/documents';
import type { MyCase, MyChecklistEntry, MyDocument } from '../../../contract/portal';
import { ApiError } from '../../api/client';
import { saveFile } from '../../api/pathways';
import { myCaseApi } from '../../api/portal-journey';
import { PortalLayout } from './portal-layout';
import { CaseStateMessage } from './my-journey-page';
import { dayOf, longDate, useMyCase } from './use-my-case';

const megabytes = Math.round(maxDocumentBytes / (1024 * 1024));
// image/* lets a phone offer its camera; the server checks the actual type and content.
const accept = ['image/*', 'application/pdf'].join(',');

type ErrorKey = 'noFile' | 'tooLarge' | 'type' | 'failed';
function uploadErrorKey(error: unknown): ErrorKey {
  if (error instanceof ApiError && error.status === 413) return 'tooLarge';
  if (error instanceof ApiError && error.status === 415) return 'type';
  return 'failed';
}

/** /mein-weg/unterlagen: the checklist with the status of each item, upload (also from the phone) and downloads. */
export function MyDocumentsPage() {
  const { state, reload } = useMyCase();
  const { t } = useTranslation();
  return (
    <PortalLayout section="documents">
      {() =>
        state.status !== 'ready' ? (
          <CaseStateMessage state={state} />
        ) : (
          <div className="my-documents" data-testid="my-documents">
            <p>{t('portal.checklist.intro')}</p>
            {state.data.checklist.length === 0 ? (
              <p>{t('portal.checklist.empty')}</p>
            ) : (
              <ul className="portal-checklist" data-testid="my-checklist">
                {state.data.checklist.map((entry) => (
                  <ChecklistEntry key={entry.requestId ?? `${entry.checklistItemId ?? ''}`} entry={entry} data={state.data} onChanged={reload} />
                ))}
              </ul>
            )}
            {state.data.otherDocuments.length > 0 && (
              <section aria-labelledby="other-documents">
                <KolHeading _level={2} id="other-documents" _label={t('portal.checklist.otherTitle')} />
                <DocumentList documents={state.data.otherDocuments} />
              </section>
            )}
          </div>
        )
      }
    </PortalLayout>
  );
}

function useEntryName(entry: MyChecklistEntry): string {
  const { t, i18n } = useTranslation();
  if (entry.kind === 'request') return entry.title ?? '';
  const fallback = entry.name ? (i18n.language === 'de' ? entry.name.de : entry.name.en) : (entry.checklistItemId ?? '');
  // Document names per language come from the Wegweiser catalogue when it has them.
  return t(`wegweiserDocuments.${entry.checklistItemId ?? ''}` as 'portal.openJourney', { defaultValue: fallback });
}

function ChecklistEntry({ entry, data, onChanged }: { entry: MyChecklistEntry; data: MyCase; onChanged(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const name = useEntryName(entry);
  const fileRef = useRef<HTMLInputElement>(null);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const key = entry.requestId ?? entry.checklistItemId ?? 'entry';
  const person = data.persons.find((candidate) => candidate.id === entry.personId);
  const showPerson = data.persons.length > 1 && person;

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    setDone(null);
    const file = fileRef.current?.files?.[0];
    let problem: ErrorKey | null = null;
    if (!file) problem = 'noFile';
    else if (file.size > maxDocumentBytes) problem = 'tooLarge';
    else if (file.type && !(documentMediaTypes as readonly string[]).includes(file.type)) problem = 'type';
    if (problem || !file) {
      setError(t(`portal.checklist.errors.${problem ?? 'noFile'}`, { size: megabytes }));
      fileRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await myCaseApi.upload(file, { checklistItemId: entry.checklistItemId, requestId: entry.requestId, personId: entry.personId });
      if (fileRef.current) fileRef.current.value = '';
      setDone(t('portal.checklist.uploaded', { name }));
      await onChanged();
    } catch (failure) {
      setError(t(`portal.checklist.errors.${uploadErrorKey(failure)}`, { size: megabytes }));
      fileRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const newest = entry.documents[0];
  const needsUpload = entry.status === 'missing' || entry.status === 'rejected';
  return (
    <li className={`portal-card portal-checklist__item portal-checklist__item--${entry.status}`} data-testid="checklist-entry" data-status={entry.status}>
      <h2 className="portal-card__title" dir="auto">
        {name}
      </h2>
      <p className="portal-checklist__meta">
        {entry.kind === 'checklist' ? t('portal.checklist.fromWegweiser') : entry.requestedAt ? t('portal.checklist.requested', { date: longDate(dayOf(entry.requestedAt), i18n.language) }) : null}
        {showPerson && <> · {t('portal.checklist.forPerson', { name: person.givenName })}</>}
      </p>
      {entry.note && <p dir="auto">{entry.note}</p>}
      <p className="portal-checklist__status" data-testid="checklist-status">
        <span aria-hidden="true">{statusMark[entry.status]} </span>
        {t('portal.checklist.statusLabel')}: <strong>{t(`portal.checklist.status.${entry.status}`)}</strong>
      </p>
      {entry.status === 'rejected' && newest?.reviewReason && (
        <p className="portal-checklist__reason" data-testid="checklist-reason" dir="auto">
          {t('portal.checklist.reason', { reason: newest.reviewReason })}
        </p>
      )}
      {entry.documents.length > 0 && <DocumentList documents={entry.documents} />}
      <form className="portal-upload" noValidate onSubmit={(event) => void upload(event)} data-testid="checklist-upload">
        <div className={error ? 'file-field file-field--error' : 'file-field'}>
          <label htmlFor={`file-${key}`} className="file-field__label">
            {t('portal.checklist.file', { name })}
          </label>
          <p id={`file-hint-${key}`} className="file-field__hint">
            {t('portal.checklist.fileHint', { size: megabytes })}
          </p>
          <input
            ref={fileRef}
            id={`file-${key}`}
            type="file"
            accept={accept}
            data-testid="checklist-file"
            aria-describedby={error ? `file-hint-${key} file-error-${key}` : `file-hint-${key}`}
            aria-invalid={error ? true : undefined}
            onChange={() => setError(null)}
          />
          <p id={`file-error-${key}`} className="file-field__error" role="alert">
            {error && (
              <>
                <span aria-hidden="true">⚠ </span>
                {error}
              </>
            )}
          </p>
        </div>
        <KolButton
          data-testid="checklist-submit"
          _type="submit"
          _variant={needsUpload ? 'primary' : 'secondary'}
          _disabled={isBusy}
          _label={isBusy ? t('portal.checklist.uploading') : t('portal.checklist.uploadFor', { name })}
        />
        <p className="action-status" role="status" data-testid="checklist-uploaded">
          {done && (
            <>
              <span aria-hidden="true">✓ </span>
              {done}
            </>
          )}
        </p>
      </form>
    </li>
  );
}

const statusMark: Record<MyChecklistEntry['status'], string> = { missing: '○', received: '◔', accepted: '✓', rejected: '✗' };

function DocumentList({ documents }: { documents: MyDocument[] }) {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState(false);
  const download = async (document: MyDocument) => {
    setFailed(false);
    try {
      saveFile(await myCaseApi.download(document));
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <ul className="portal-files" aria-label={t('portal.checklist.yourFiles')}>
        {documents.map((document) => (
          <li key={document.id} className="portal-files__item">
            <span dir="auto" className="portal-files__name">
              {document.fileName}
            </span>
            <span className="portal-files__meta">
              {t('portal.checklist.uploadedOn', { date: longDate(dayOf(document.uploadedAt), i18n.language) })} · {t(`portal.checklist.status.${document.reviewStatus}`)}
            </span>
            <KolButton _variant="tertiary" _label={t('portal.checklist.download')} _ariaDescription={t('portal.checklist.downloadFor', { name: document.fileName })} _on={{ onClick: () => void download(document) }} />
          </li>
        ))}
      </ul>
      {failed && (
        <KolAlert _type="error" _variant="msg" _label={t('portal.checklist.errors.title')}>
          {t('portal.checklist.errors.download')}
        </KolAlert>
      )}
    </>
  );
}
