import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxWithReferralsResponse as InboxResponse } from '../../../contract/inbox-referrals';
import { InboxReferralsSection } from '../referrals/inbox-referrals-section';
import { StaffMessagesPanel } from '../messages/staff-messages-panel';
import { ContactRequestsLink } from '../contact-requests/inbox-link';
import { ApiError } from '../../api/client';
import { casesApi } from '../../api/cases';
import { AppLink } from '../../components/app-link';
import { Loading, RequireSession } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { casePath } from '../../routes/paths';
import { formatDate, formatDay, personName } from './format';

type Load = { status: 'loading' } | { status: 'forbidden' } | { status: 'failed' } | { status: 'ready'; inbox: InboxResponse };
type InboxTask = InboxResponse['dueToday'][number];

/** `/eingang`: the signed-in person's tasks due today and overdue, and newly assigned cases. */
export function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('inbox.title'));
  return <RequireSession>{() => <Inbox />}</RequireSession>;
}

function TaskList({ id, title, tasks, empty, overdue }: { id: string; title: string; tasks: InboxTask[]; empty: string; overdue?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="inbox-section" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        {title} ({tasks.length})
      </h2>
      {tasks.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="case-items">
          {tasks.map((task) => (
            <li key={task.id} className={overdue ? 'case-item case-item--overdue' : 'case-item'} data-task-id={task.id}>
              <div className="case-item__body">
                <h3 className="case-item__title">{task.title}</h3>
                <p className="case-item__meta">
                  {overdue && (
                    <strong className="overdue-mark">
                      <span aria-hidden="true">⚠ </span>
                      {t('cases.tasks.overdue')}
                    </strong>
                  )}
                  {t('cases.tasks.due', { date: formatDate(task.dueOn, i18n.language) })}
                </p>
                <AppLink to={casePath(task.case.id)} label={t('inbox.caseLink', { name: personName(task.case.person), reference: task.case.reference })} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Inbox() {
  const { t, i18n } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    casesApi.inbox().then(
      (inbox) => isCurrent && setLoad({ status: 'ready', inbox }),
      (error: unknown) => isCurrent && setLoad(error instanceof ApiError && error.status === 403 ? { status: 'forbidden' } : { status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  return (
    <div className="page inbox-page">
      <KolHeading _level={1} _label={t('inbox.title')} />
      <p>{t('inbox.intro')}</p>
      <ContactRequestsLink />
      {load.status === 'loading' && <Loading />}
      {load.status === 'forbidden' && (
        <KolAlert data-testid="inbox-no-access" _type="warning" _variant="msg">
          {t('inbox.noAccess')}
        </KolAlert>
      )}
      {load.status === 'failed' && (
        <KolAlert _type="error" _variant="msg" _alert>
          {t('cases.loadFailed')}
        </KolAlert>
      )}
      {load.status === 'ready' && (
        <>
          <p className="inbox-page__as-of">{t('inbox.asOf', { date: formatDate(load.inbox.today, i18n.language) })}</p>
          <InboxReferralsSection referrals={load.inbox.referrals} now={new Date()} />
          <StaffMessagesPanel />
          <TaskList id="inbox-due-today" title={t('inbox.dueToday')} tasks={load.inbox.dueToday} empty={t('inbox.noneDueToday')} />
          <TaskList id="inbox-overdue" title={t('inbox.overdue')} tasks={load.inbox.overdue} empty={t('inbox.noneOverdue')} overdue />
          <section className="inbox-section" aria-labelledby="inbox-new" data-testid="inbox-new">
            <h2 id="inbox-new">
              {t('inbox.newlyAssigned')} ({load.inbox.newlyAssigned.length})
            </h2>
            {load.inbox.newlyAssigned.length === 0 ? (
              <p>{t('inbox.noneNew')}</p>
            ) : (
              <ul className="case-items">
                {load.inbox.newlyAssigned.map((item) => (
                  <li key={item.id} className="case-item" data-case-id={item.id}>
                    <div className="case-item__body">
                      <AppLink to={casePath(item.id)} label={t('inbox.caseLink', { name: personName(item.person), reference: item.reference })} />
                      <p className="case-item__meta">
                        {t(`cases.stages.${item.stage}`)} · {t('inbox.assignedOn', { date: formatDay(item.navigatorAssignedAt, i18n.language) })}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
