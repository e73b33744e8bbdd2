import { KolAlert, KolHeading, KolSelect } from '@public-ui/react-v19';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRequestList } from '../../../contract/portal-entry';
import { contactRequestStatuses } from '../../../contract/portal-entry';
import { ApiError } from '../../api/client';
import { portalEntryApi } from '../../api/portal-entry';
import { AppLink } from '../../components/app-link';
import { Loading } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { RequireCaseStaff } from '../cases/require-case-staff';
import '../../styles/portal-entry.css';
import { contactRequestPath, languageName, longDay } from './format';

type Status = (typeof contactRequestStatuses)[number];
type Load = { status: 'loading' } | { status: 'forbidden' } | { status: 'failed' } | { status: 'ready'; list: ContactRequestList };

/** `/eingang/anfragen`: the contact requests from the Wegweiser addressed to my organisation, newest first. */
export function ContactRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('contactInbox.title'));
  return <RequireCaseStaff>{() => <ContactRequests />}</RequireCaseStaff>;
}

function ContactRequests() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<Status>('open');
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    setLoad({ status: 'loading' });
    portalEntryApi.contactRequests(filter).then(
      (list) => isCurrent && setLoad({ status: 'ready', list }),
      (error: unknown) => isCurrent && setLoad(error instanceof ApiError && error.status === 403 ? { status: 'forbidden' } : { status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [filter]);

  return (
    <div className="page contact-requests-page">
      <KolHeading _level={1} _label={t('contactInbox.title')} />
      <p>{t('contactInbox.intro')}</p>
      <KolSelect
        data-testid="contact-requests-filter"
        _label={t('contactInbox.statusFilter')}
        _options={contactRequestStatuses.map((status) => ({ value: status, label: t(`contactInbox.status.${status}`) }))}
        _value={filter}
        _on={{
          onInput: (_event: Event, value?: unknown) => {
            const next = String((Array.isArray(value) ? value[0] : value) ?? 'open');
            if ((contactRequestStatuses as readonly string[]).includes(next)) setFilter(next as Status);
          },
        }}
      />
      {load.status === 'loading' && <Loading />}
      {load.status === 'forbidden' && (
        <KolAlert _type="warning" _variant="msg">
          {t('contactInbox.noAccess')}
        </KolAlert>
      )}
      {load.status === 'failed' && (
        <KolAlert _type="error" _variant="msg">
          {t('contactInbox.failed')}
        </KolAlert>
      )}
      {load.status === 'ready' && (
        <section aria-labelledby="contact-requests-list" data-testid="contact-requests">
          <h2 id="contact-requests-list">
            {t(`contactInbox.status.${filter}`)} ({load.list.items.length})
          </h2>
          {load.list.items.length === 0 ? (
            <p>{t('contactInbox.empty')}</p>
          ) : (
            <ul className="request-list">
              {load.list.items.map((item) => (
                <li key={item.id} className="request-item" data-request-id={item.id}>
                  <h3 className="request-item__title">{item.name}</h3>
                  <p className="request-item__meta">
                    {item.place.name} · {t('contactInbox.language', { language: languageName(item.language, i18n.language) })}
                    <br />
                    {t('contactInbox.received', { date: longDay(item.createdAt, i18n.language) })} ·{' '}
                    {item.ageWorkingDays === 0 ? t('contactInbox.ageToday') : t('contactInbox.age', { count: item.ageWorkingDays })}
                  </p>
                  <AppLink to={contactRequestPath(item.id)} label={t('contactInbox.open', { name: item.name })} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
