import { useTranslation } from 'react-i18next';
import { myThreadApi } from '../../api/messages';
import { PortalLayout } from '../portal/portal-layout';
import { MessageThread } from './message-thread';

/** `/mein-weg/nachrichten`: the person's thread with their navigator and case staff. */
export function MyMessagesPage() {
  const { t } = useTranslation();
  return (
    <PortalLayout section="messages">
      {() => (
        <div className="my-messages" data-testid="my-messages">
          <p>{t('messages.intro')}</p>
          <h2 className="msg-thread-title">{t('messages.threadTitle')}</h2>
          <MessageThread api={myThreadApi} viewer="person" idPrefix="my-message" headingLevel={2} />
        </div>
      )}
    </PortalLayout>
  );
}
