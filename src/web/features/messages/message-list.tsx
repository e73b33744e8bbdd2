import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { CaseMessage, MessageAttachment } from '../../../contract/messages';
import { formatFileSize, formatMessageTime } from './format';

export type Viewer = 'staff' | 'person';

/** Who wrote a message, in words: "You", the person's name, or the staff member with their organisation. */
function authorOf(message: CaseMessage, words: { you: string; staff(name: string, organisation: string): string }): string {
  if (message.mine) return words.you;
  if (message.side === 'staff' && message.author.organisation) return words.staff(message.author.name, message.author.organisation);
  return message.author.name;
}

/** The thread, oldest first and newest at the bottom, with attachments and read receipts. */
export function MessageList({ items, viewer, onDownload }: { items: CaseMessage[]; viewer: Viewer; onDownload(attachment: MessageAttachment): void }) {
  const { t, i18n } = useTranslation();
  const words = { you: t('messages.you'), staff: (name: string, organisation: string) => t('messages.staffAuthor', { name, organisation }) };
  if (items.length === 0) return <p data-testid="messages-empty">{t('messages.empty')}</p>;
  return (
    <ol className="msg-thread" data-testid="message-list">
      {items.map((message) => {
        const ownSide = message.side === viewer;
        return (
          <li key={message.id} className={ownSide ? 'msg msg--own' : 'msg msg--other'} data-message-id={message.id} data-side={message.side}>
            <p className="msg__meta">
              <strong className="msg__author" dir="auto">
                {authorOf(message, words)}
              </strong>
              <span className="msg__sep" aria-hidden="true">
                {' · '}
              </span>
              <bdi>
                <time dateTime={message.createdAt}>{formatMessageTime(message.createdAt, i18n.language)}</time>
              </bdi>
            </p>
            <p className="msg__body" dir="auto" data-testid="message-body">
              {message.body}
            </p>
            {message.attachment && (
              <div className="msg__attachment">
                <span>
                  <span aria-hidden="true">📎 </span>
                  <span dir="auto">{message.attachment.fileName}</span> ({formatFileSize(message.attachment.sizeBytes, i18n.language)})
                </span>
                <KolButton
                  data-testid="message-attachment"
                  _label=""
                  _variant="secondary"
                  _on={{ onClick: () => onDownload(message.attachment as MessageAttachment) }}
                >
                  <span slot="expert">
                    <span aria-hidden="true">{t('messages.download')}</span>
                    <span className="visually-hidden">{t('messages.downloadFor', { name: message.attachment.fileName })}</span>
                  </span>
                </KolButton>
              </div>
            )}
            {ownSide && (
              <p className="msg__receipt" data-testid="message-receipt" data-read={message.readAt ? 'true' : 'false'}>
                {message.readAt ? (
                  <>
                    <span aria-hidden="true">✓✓ </span>
                    {t('messages.readAt', { date: formatMessageTime(message.readAt, i18n.language) })}
                  </>
                ) : (
                  <>
                    <span aria-hidden="true">✓ </span>
                    {t('messages.notRead')}
                  </>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
