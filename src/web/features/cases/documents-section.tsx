import { KolButton } from '@public-ui/react-v19';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { documentMediaTypes, maxDocumentBytes, type CaseDocument } from '../../../contract/documents';
import { ActionFeedback } from '../../components/action-feedback';
import { SelectInput } from '../../components/form-fields';
import { ApiError } from '../../api/client';
import { saveFile } from '../../api/pathways';
import { documentsApi, isAcceptedMediaType } from '../../api/procedure';
import { documentReviewApi } from '../../api/portal-journey';
import { DecisionDialog, type Decision } from './decision-dialog';
import { DocumentRequests, useDocumentRequests } from './document-requests';
import { localized } from '../wegweiser/format';
import { formatDateTime } from './format';
import { ItemButton, SectionHeading, useSectionFeedback, type SectionProps } from './section-kit';

const megabytes = Math.round(maxDocumentBytes / (1024 * 1024));

/** A file size in words: "12 KB", "1,4 MB". */
function formatSize(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB` : `${format.format(bytes / (1024 * 1024))} MB`;
}

/** The failure of an upload in words: too big (413), a type the server refuses (415), or anything else. */
function uploadErrorKey(error: unknown): 'documents.errors.tooLarge' | 'documents.errors.type' | 'documents.errors.failed' {
  if (error instanceof ApiError && error.status === 413) return 'documents.errors.tooLarge';
  if (error instanceof ApiError && error.status === 415) return 'documents.errors.type';
  return 'documents.errors.failed';
}

/** The checklist from the stored Wegweiser evaluation, the upload and the uploaded documents. */
export function DocumentsSection({ record, change }: SectionProps) {
  const { t, i18n } = useTranslation();
  const { headingRef, feedback, setFeedback, succeed } = useSectionFeedback();
  const checklist = record.checklist ?? [];
  const documents = record.documents;
  const fileRef = useRef<HTMLInputElement>(null);
  const [itemId, setItemId] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  const requestState = useDocumentRequests(record);
  const requestTitle = (id: string | null) => (id ? requestState.requests?.find((request) => request.id === id)?.title : undefined);

  const itemName = (id: string | null) => {
    const item = id ? checklist.find((candidate) => candidate.id === id) : undefined;
    return item ? localized(item.name, i18n.language) : null;
  };

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    setFeedback(null);
    const file = fileRef.current?.files?.[0];
    let problem: string | null = null;
    if (!file) problem = t('documents.errors.noFile');
    else if (file.size > maxDocumentBytes) problem = t('documents.errors.tooLarge', { size: megabytes });
    else if (!isAcceptedMediaType(file.type)) problem = t('documents.errors.type');
    setFileError(problem);
    if (problem || !file) return fileRef.current?.focus();
    setBusy(true);
    let failure: unknown = null;
    const outcome = await change(async () => {
      try {
        return await documentsApi.upload(record.id, file, itemId || undefined);
      } catch (error) {
        failure = error;
        throw error;
      }
    });
    setBusy(false);
    if (outcome.ok) {
      if (fileRef.current) fileRef.current.value = '';
      setItemId('');
      succeed(t('documents.uploaded', { name: file.name }));
    } else {
      setFileError(t(uploadErrorKey(failure), { size: megabytes }));
      fileRef.current?.focus();
    }
  };

  const download = async (document: CaseDocument) => {
    setFeedback(null);
    try {
      saveFile(await documentsApi.download(record.id, document));
      setFeedback({ kind: 'success', text: t('documents.downloaded', { name: document.fileName }) });
    } catch {
      setFeedback({ kind: 'error', text: t('documents.errors.download') });
    }
  };

  const remove = async (document: CaseDocument) => {
    setFeedback(null);
    if (!window.confirm(t('documents.confirmDelete', { name: document.fileName }))) return;
    const outcome = await change(() => documentsApi.remove(record.id, document.id));
    if (outcome.ok) succeed(t('documents.deleted', { name: document.fileName }));
    else setFeedback({ kind: 'error', text: t('documents.errors.delete') });
  };

  /** Accept or reject (with a reason the person reads); a review can be changed the same way. */
  const review = (document: CaseDocument, status: 'accepted' | 'rejected') => {
    setFeedback(null);
    const key = status === 'accepted' ? 'acceptDialog' : 'rejectDialog';
    setDecision({
      title: t(`documentReview.${key}.title`),
      text: t(`documentReview.${key}.text`, { name: document.fileName }),
      confirmLabel: t(`documentReview.${key}.confirm`),
      cancelLabel: t('documentReview.cancel'),
      reason:
        status === 'rejected'
          ? { label: t('documentReview.rejectDialog.reason'), hint: t('documentReview.rejectDialog.reasonHint'), missing: t('documentReview.rejectDialog.reasonMissing') }
          : undefined,
      run: async (reason) => {
        const body = status === 'rejected' ? { status, reason } : { status };
        const outcome = await change(() => documentReviewApi.review(record.id, document.id, body));
        if (outcome.ok) succeed(t(status === 'accepted' ? 'documentReview.accepted' : 'documentReview.rejected', { name: document.fileName }));
        else setFeedback({ kind: 'error', text: t('documentReview.reviewFailed') });
      },
    });
  };

  const reviewText = (document: CaseDocument) =>
    document.reviewStatus === 'rejected' ? t('documentReview.status.rejected', { reason: document.reviewReason ?? '' }) : t(`documentReview.status.${document.reviewStatus}`);

  return (
    <section className="case-section case-section--wide" aria-labelledby="documents-title" data-testid="documents-section">
      <SectionHeading id="documents-title" ref={headingRef}>
        {t('documents.title')}
      </SectionHeading>
      <h3 className="case-section__subtitle">{t('documents.checklistTitle')}</h3>
      {checklist.length === 0 ? (
        <p>{t('documents.noChecklist')}</p>
      ) : (
        <ul className="case-items document-checklist" data-testid="document-checklist">
          {checklist.map((item) => (
            <li key={item.id} className="case-item" data-item-id={item.id} data-uploaded={item.uploaded ? 'true' : 'false'}>
              <span aria-hidden="true">{item.uploaded ? '✓ ' : '○ '}</span>
              {localized(item.name, i18n.language)}: <strong>{item.uploaded ? t('documents.itemUploaded') : t('documents.itemMissing')}</strong>
            </li>
          ))}
        </ul>
      )}

      <h3 className="case-section__subtitle">{t('documents.listTitle')}</h3>
      {documents.length === 0 ? (
        <p>{t('documents.none')}</p>
      ) : (
        <ul className="case-items" data-testid="document-list">
          {documents.map((document) => (
            <li key={document.id} className="case-item case-item--with-action" data-document-id={document.id} data-review={document.reviewStatus}>
              <div className="case-item__body">
                <p className="case-item__title">{document.fileName}</p>
                <p className="case-item__meta">
                  {[
                    itemName(document.checklistItemId),
                    requestTitle(document.requestId) ? t('documentReview.forRequest', { title: requestTitle(document.requestId) }) : null,
                    formatSize(document.sizeBytes, i18n.language),
                    t('documents.uploadedAt', { date: formatDateTime(document.uploadedAt, i18n.language) }),
                    document.uploadedBy ? t('documents.uploadedBy', { name: document.uploadedBy.name }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p className="case-item__meta" data-testid="document-review-status">
                  {t('documentReview.statusLabel')}: <strong>{reviewText(document)}</strong>
                </p>
              </div>
              <div className="document-actions">
                <ItemButton testId="document-accept" visible={t('documentReview.accept')} accessible={t('documentReview.acceptFor', { name: document.fileName })} onClick={() => review(document, 'accepted')} />
                <ItemButton testId="document-reject" visible={t('documentReview.reject')} accessible={t('documentReview.rejectFor', { name: document.fileName })} onClick={() => review(document, 'rejected')} />
                <ItemButton testId="document-download" visible={t('documents.download')} accessible={t('documents.downloadFor', { name: document.fileName })} onClick={() => void download(document)} />
                <ItemButton testId="document-delete" visible={t('documents.delete')} accessible={t('documents.deleteFor', { name: document.fileName })} onClick={() => void remove(document)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <ActionFeedback feedback={feedback} testId="documents-feedback" />
      <DecisionDialog decision={decision} onClose={() => setDecision(null)} testId="document-review-dialog" />

      <DocumentRequests record={record} change={change} {...requestState} />

      <form className="case-form" aria-labelledby="document-upload-title" noValidate onSubmit={(event) => void upload(event)} data-testid="document-upload-form">
        <h3 id="document-upload-title" className="case-section__subtitle">
          {t('documents.uploadTitle')}
        </h3>
        {checklist.length > 0 && (
          <SelectInput
            form="document-upload"
            name="checklistItemId"
            label={t('documents.item')}
            placeholder={t('documents.noItem')}
            options={checklist.map((item) => ({ value: item.id, label: localized(item.name, i18n.language) }))}
            value={itemId}
            onChange={setItemId}
          />
        )}
        <div className={fileError ? 'file-field file-field--error' : 'file-field'}>
          <label htmlFor="document-file" className="file-field__label">
            {t('documents.file')}
          </label>
          <p id="document-file-hint" className="file-field__hint">
            {t('documents.fileHint', { size: megabytes })}
          </p>
          <input
            ref={fileRef}
            id="document-file"
            data-testid="document-file"
            type="file"
            accept={documentMediaTypes.join(',')}
            aria-describedby={fileError ? 'document-file-hint document-file-error' : 'document-file-hint'}
            aria-invalid={fileError ? true : undefined}
            onChange={() => setFileError(null)}
          />
          <p id="document-file-error" className="file-field__error" role="alert" data-testid="document-file-error">
            {fileError && (
              <>
                <span aria-hidden="true">⚠ </span>
                {fileError}
              </>
            )}
          </p>
        </div>
        <div className="case-form__actions">
          <KolButton data-testid="document-submit" _type="submit" _variant="primary" _disabled={isBusy} _label={isBusy ? t('documents.uploading') : t('documents.upload')} />
        </div>
      </form>
    </section>
  );
}
