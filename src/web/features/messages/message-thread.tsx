import { KolAlert } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageAttachment } from '../../../contract/messages';
import { ApiError } from '../../api/client';
import type { ThreadApi } from '../../api/messages';
import { saveFile } from '../../api/pathways';
import { Loading } from '../../components/require-session';
import { MessageForm, type SendOutcome } from './message-form';
import { MessageList, type Viewer } from './message-list';
import { useThread } from './use-thread';
import '../../styles/messages.css';

/** Why a send failed, for the form: the attachment (413/415), the text (400 on body), or anything else. */
function failureReason(error: unknown): Exclude<SendOutcome, { ok: true }>['reason'] {
  if (error instanceof ApiError && error.status === 413) return 'tooLarge';
  if (error instanceof ApiError && error.status === 415) return 'type';
  if (error instanceof ApiError && error.status === 400 && error.fields && Object.keys(error.fields).some((field) => field.includes('body'))) return 'text';
  return 'failed';
}

/**
 * One thread (staff on the case page, the person in the portal): the messages, then the form.
 * Updates without reload: after sending, every 30 s and on focus.
 */
export function MessageThread({ api, viewer, idPrefix, headingLevel }: { api: ThreadApi; viewer: Viewer; idPrefix: string; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const { load, refresh } = useThread(api);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const send = async (body: string, file: File | null): Promise<SendOutcome> => {
    setStatus('');
    setError(null);
    try {
      await api.send(body, file);
    } catch (failure) {
      const reason = failureReason(failure);
      if (reason === 'failed') setError(t('messages.errors.sendFailed'));
      return { ok: false, reason };
    }
    await refresh();
    setStatus(t('messages.sent'));
    return { ok: true };
  };

  const download = async (attachment: MessageAttachment) => {
    setError(null);
    try {
      saveFile(await api.download(attachment));
    } catch {
      setError(t('messages.errors.download'));
    }
  };

  return (
    <div className="msg-box" data-testid="message-thread" data-viewer={viewer}>
      {load.status === 'loading' && <Loading />}
      {load.status === 'failed' && (
        <KolAlert _type="error" _variant="msg" _alert>
          {t('messages.loadFailed')}
        </KolAlert>
      )}
      {load.status === 'ready' && <MessageList items={load.thread.items} viewer={viewer} onDownload={(attachment) => void download(attachment)} />}
      <p className={status ? 'msg-status msg-status--shown' : 'msg-status'} role="status" data-testid="message-status">
        {status && (
          <>
            <span aria-hidden="true">✓ </span>
            {status}
          </>
        )}
      </p>
      {error && (
        <KolAlert data-testid="message-error" _type="error" _variant="msg" _alert _label={t('messages.errors.title')}>
          {error}
        </KolAlert>
      )}
      {load.status !== 'failed' && <MessageForm idPrefix={idPrefix} headingLevel={headingLevel} onSend={send} />}
    </div>
  );
}
