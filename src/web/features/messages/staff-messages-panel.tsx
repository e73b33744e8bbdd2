import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffUnread } from '../../../contract/messages';
import { messagesApi } from '../../api/messages';
import { AppLink } from '../../components/app-link';
import { casePath } from '../../routes/paths';
import { formatMessageTime } from './format';

/** The staff inbox: cases with unread messages from their person (nothing for roles without cases). */
export function StaffMessagesPanel() {
  const { t, i18n } = useTranslation();
  const [unread, setUnread] = useState<StaffUnread | null>(null);
  useEffect(() => {
    let alive = true;
    messagesApi
      .staffUnread()
      .then((result) => alive && setUnread(result))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  if (!unread) return null;
  return (
    <section className="inbox-section" aria-labelledby="inbox-messages" data-testid="inbox-messages">
      <h2 id="inbox-messages">
        {t('messages.inbox.title')} ({unread.unread})
      </h2>
      {unread.cases.length === 0 ? (
        <p>{t('messages.inbox.none')}</p>
      ) : (
        <ul className="case-items">
          {unread.cases.map((row) => (
            <li key={row.caseId} className="case-item" data-case-id={row.caseId}>
              <AppLink to={`${casePath(row.caseId)}#nachrichten`} label={t('messages.inbox.item', { reference: row.reference, count: row.unread })} />
              <p className="case-item__meta">{formatMessageTime(row.lastAt, i18n.language)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
