import { KolButton } from '@public-ui/react-v19';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../contract/notifications';
import { referralsApi } from '../../api/referrals';
import { AppLink } from '../../components/app-link';
import { formatInstant } from './format';
import { referralPath } from './paths';

/** Unread in-app notifications (new referrals, reminders, escalations, answers), each linking to its referral. */
export function NotificationsPanel() {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<Notification[]>([]);
  const reload = useCallback(async () => {
    const result = await referralsApi.notifications();
    setItems(result.items.filter((item) => item.readAt === null));
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const reference = (item: Notification) => String(item.data.caseReference ?? '');
  return (
    <section className="case-section" aria-labelledby="notifications-title" data-testid="notifications">
      <h2 id="notifications-title" className="case-section__title">
        {t('referrals.notifications.title')} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{t('referrals.notifications.none')}</p>
      ) : (
        <>
          <ul className="case-items">
            {items.map((item) => (
              <li key={item.id} className="case-item case-item--with-action" data-kind={item.kind}>
                <p>
                  {item.referralId ? (
                    <AppLink to={referralPath(item.referralId)} label={t(`referrals.notifications.kinds.${item.kind}`, { reference: reference(item), defaultValue: item.kind })} />
                  ) : (
                    t(`referrals.notifications.kinds.${item.kind}`, { reference: reference(item), defaultValue: item.kind })
                  )}
                </p>
                <p className="case-item__meta">{formatInstant(item.createdAt, i18n.language)}</p>
                <KolButton
                  _label=""
                  _variant="secondary"
                  _on={{ onClick: () => void referralsApi.readNotification(item.id).then(reload) }}
                >
                  <span slot="expert">
                    <span aria-hidden="true">{t('referrals.notifications.read')}</span>
                    <span className="visually-hidden">{t('referrals.notifications.readLabel', { reference: reference(item) })}</span>
                  </span>
                </KolButton>
              </li>
            ))}
          </ul>
          <KolButton data-testid="notifications-read-all" _label={t('referrals.notifications.readAll')} _variant="secondary" _on={{ onClick: () => void referralsApi.readAllNotifications().then(reload) }} />
        </>
      )}
    </section>
  );
}
