import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../contract/cases';
import { caseThreadApi } from '../../api/messages';
import { MessageThread } from './message-thread';

/** "Nachrichten" on the staff case page: the thread with the person in the portal. */
export function CaseMessagesSection({ record }: { record: Pick<Case, 'id'> }) {
  const { t } = useTranslation();
  const api = useMemo(() => caseThreadApi(record.id), [record.id]);
  return (
    <section id="nachrichten" className="case-section case-section--wide" aria-labelledby="case-messages-title" data-testid="case-messages">
      <h2 id="case-messages-title" className="case-section__title">
        {t('messages.title')}
      </h2>
      <p>{t('messages.staffIntro')}</p>
      <MessageThread api={api} viewer="staff" idPrefix="case-message" headingLevel={3} />
    </section>
  );
}
