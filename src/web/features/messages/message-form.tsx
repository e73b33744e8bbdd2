import { KolButton } from '@public-ui/react-v19';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { documentMediaTypes, maxDocumentBytes } from '../../../contract/documents';
import { maxMessageLength, messageTextSchema } from '../../../contract/messages';
import { TextareaInput, type Focusable } from '../../components/form-fields';

const megabytes = Math.round(maxDocumentBytes / (1024 * 1024));
const isAccepted = (type: string) => (documentMediaTypes as readonly string[]).includes(type);

export type SendOutcome = { ok: true } | { ok: false; reason: 'tooLarge' | 'type' | 'text' | 'failed' };

/** Textarea and an optional file (on a phone: a photo or a PDF); checks what it can before sending. */
export function MessageForm({ idPrefix, headingLevel, onSend }: { idPrefix: string; headingLevel: 2 | 3; onSend(body: string, file: File | null): Promise<SendOutcome> }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string | undefined>();
  const [fileError, setFileError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<Focusable | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const fileId = `${idPrefix}-file`;

  const textProblem = (text: string): string | undefined => {
    const parsed = messageTextSchema.safeParse(text);
    if (parsed.success) return undefined;
    if (text.trim() === '') return t('messages.errors.empty');
    if (text.trim().length > maxMessageLength) return t('messages.errors.tooLong', { max: maxMessageLength });
    return t('messages.errors.plainText');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const file = fileRef.current?.files?.[0] ?? null;
    const problem = textProblem(body);
    let fileProblem: string | null = null;
    if (file && file.size > maxDocumentBytes) fileProblem = t('messages.errors.fileTooLarge', { size: megabytes });
    else if (file && !isAccepted(file.type)) fileProblem = t('messages.errors.fileType');
    setBodyError(problem);
    setFileError(fileProblem);
    if (problem) return void bodyRef.current?.focus();
    if (fileProblem) return fileRef.current?.focus();
    setBusy(true);
    const outcome = await onSend(body, file);
    setBusy(false);
    if (outcome.ok) {
      setBody('');
      if (fileRef.current) fileRef.current.value = '';
      return;
    }
    if (outcome.reason === 'tooLarge' || outcome.reason === 'type') {
      setFileError(outcome.reason === 'tooLarge' ? t('messages.errors.fileTooLarge', { size: megabytes }) : t('messages.errors.fileType'));
      fileRef.current?.focus();
    } else if (outcome.reason === 'text') {
      setBodyError(t('messages.errors.plainText'));
    }
  };

  return (
    <form className="msg-form" aria-labelledby={`${idPrefix}-form-title`} noValidate onSubmit={(event) => void submit(event)} data-testid="message-form">
      <Heading id={`${idPrefix}-form-title`} className="msg-form__title">
        {t('messages.form.title')}
      </Heading>
      <TextareaInput
        form={idPrefix}
        name="body"
        label={t('messages.form.body')}
        hint={t('messages.form.bodyHint', { max: maxMessageLength })}
        value={body}
        rows={4}
        error={bodyError}
        required
        fieldRef={(element) => {
          bodyRef.current = element;
        }}
        onChange={(next) => {
          setBody(next);
          setBodyError(undefined);
        }}
      />
      <div className="msg-file">
        <label htmlFor={fileId} className="msg-file__label">
          {t('messages.form.file')}
        </label>
        <p id={`${fileId}-hint`} className="msg-file__hint">
          {t('messages.form.fileHint', { size: megabytes })}
        </p>
        <input
          ref={fileRef}
          id={fileId}
          data-testid="message-file"
          type="file"
          accept={documentMediaTypes.join(',')}
          aria-describedby={fileError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
          aria-invalid={fileError ? true : undefined}
          onChange={() => setFileError(null)}
        />
        <p id={`${fileId}-error`} className="msg-file__error" role="alert" data-testid="message-file-error">
          {fileError && (
            <>
              <span aria-hidden="true">⚠ </span>
              {fileError}
            </>
          )}
        </p>
      </div>
      <KolButton data-testid="message-send" _type="submit" _variant="primary" _disabled={isBusy} _label={isBusy ? t('messages.form.sending') : t('messages.form.send')} />
    </form>
  );
}
