import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messagesApi } from '../../api/messages';
import { pollIntervalMs } from './use-thread';
import '../../styles/messages.css';

/** The number of unread messages next to "Nachrichten" in the portal navigation (nothing when none). */
export function MyUnreadBadge() {
  const { t } = useTranslation();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let alive = true;
    const check = () =>
      messagesApi
        .myUnread()
        .then((count) => alive && setUnread(count))
        .catch(() => undefined);
    void check();
    const timer = window.setInterval(() => document.visibilityState === 'visible' && void check(), pollIntervalMs);
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, []);
  if (unread === 0) return null;
  return (
    <span className="msg-unread" data-testid="messages-unread">
      <span aria-hidden="true">{unread}</span>
      <span className="visually-hidden">{t('messages.unread', { count: unread })}</span>
    </span>
  );
}
