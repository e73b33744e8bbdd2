import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { portalEntryApi } from '../../api/portal-entry';
import { AppLink } from '../../components/app-link';
import { paths } from '../../routes/paths';

/** On the inbox: the way to the contact requests with the number of open ones (nothing for roles without them). */
export function ContactRequestsLink() {
  const { t } = useTranslation();
  const [openCount, setOpenCount] = useState<number | null>(null);
  useEffect(() => {
    let isCurrent = true;
    portalEntryApi.contactRequests('open').then(
      (list) => isCurrent && setOpenCount(list.openCount),
      () => isCurrent && setOpenCount(null),
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  if (openCount === null) return null;
  return (
    <p className="inbox-contact-requests" data-testid="inbox-contact-requests">
      <AppLink to={paths.contactRequests} label={t('contactInbox.inboxLink', { count: openCount })} />
    </p>
  );
}
