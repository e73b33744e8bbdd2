import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ReferralListResponse } from '../../../contract/referrals';
import { referralsApi } from '../../api/referrals';
import { AppLink } from '../../components/app-link';
import { Loading } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { DueCountdown } from './due-countdown';
import { formatDue } from './format';
import { NotificationsPanel } from './notifications-panel';
import { referralPath, referralsPath } from './paths';
import { RequireReferralStaff } from './require-referral-staff';

/** `/weiterleitungen`: incoming and outgoing referrals with a countdown to the due time; overdue ones marked. */
export function ReferralBoardPage() {
  return <RequireReferralStaff>{() => <Board />}</RequireReferralStaff>;
}

function Board() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('referrals.board.title'));
  const [searchParams] = useSearchParams();
  const direction = searchParams.get('richtung') === 'ausgehend' ? 'outgoing' : 'incoming';
  const status = searchParams.get('stand') === 'erledigt' ? 'finished' : 'live';
  const [load, setLoad] = useState<{ state: 'loading' } | { state: 'failed' } | { state: 'ready'; list: ReferralListResponse }>({ state: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    setLoad({ state: 'loading' });
    referralsApi
      .referrals({ direction, status })
      .then((list) => isCurrent && setLoad({ state: 'ready', list }))
      .catch(() => isCurrent && setLoad({ state: 'failed' }));
    return () => {
      isCurrent = false;
    };
  }, [direction, status]);

  const tab = (label: string, isCurrent: boolean, to: string) =>
    isCurrent ? (
      <strong aria-current="page" key={label}>
        {label}
      </strong>
    ) : (
      <AppLink key={label} to={to} label={label} />
    );
  const query = (next: { richtung?: string; stand?: string }) => {
    const search = new URLSearchParams({ richtung: direction === 'outgoing' ? 'ausgehend' : 'eingehend', stand: status === 'finished' ? 'erledigt' : 'laufend', ...next });
    return `${referralsPath}?${search.toString()}`;
  };

  return (
    <div className="page referral-board" data-testid="referral-board" data-direction={direction}>
      <KolHeading _level={1} _label={t('referrals.board.title')} />
      <NotificationsPanel />
      <nav className="referral-tabs" aria-label={t('referrals.board.title')}>
        {tab(t('referrals.board.incoming'), direction === 'incoming', query({ richtung: 'eingehend' }))}
        {tab(t('referrals.board.outgoing'), direction === 'outgoing', query({ richtung: 'ausgehend' }))}
        <span aria-hidden="true">|</span>
        {tab(t('referrals.board.live'), status === 'live', query({ stand: 'laufend' }))}
        {tab(t('referrals.board.finished'), status === 'finished', query({ stand: 'erledigt' }))}
      </nav>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && (
        <KolAlert _type="error" _variant="msg" _alert>
          {t('referrals.board.loadFailed')}
        </KolAlert>
      )}
      {load.state === 'ready' &&
        (load.list.items.length === 0 ? (
          <p data-testid="referral-board-empty">{t('referrals.board.empty')}</p>
        ) : (
          <table className="referral-table" data-testid="referral-table">
            <caption className="visually-hidden">{t(direction === 'incoming' ? 'referrals.board.incoming' : 'referrals.board.outgoing')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('referrals.board.case')}</th>
                <th scope="col">{t('referrals.board.purpose')}</th>
                <th scope="col">{t(direction === 'incoming' ? 'referrals.board.from' : 'referrals.board.to')}</th>
                <th scope="col">{t('referrals.board.status')}</th>
                <th scope="col">{t('referrals.board.due')}</th>
              </tr>
            </thead>
            <tbody>
              {load.list.items.map((referral) => (
                <tr key={referral.id} data-referral-id={referral.id} data-overdue={referral.isOverdue}>
                  <td>
                    <AppLink to={referralPath(referral.id)} label={referral.caseReference} />
                  </td>
                  <td>{t(`referrals.purposes.${referral.purpose}`)}</td>
                  <td>{direction === 'incoming' ? `${referral.from.organisation.name} (${referral.from.user.name})` : referral.to.name}</td>
                  <td>{t(`referrals.status.${referral.status}`)}</td>
                  <td data-testid="referral-due">
                    <span data-due-date={referral.dueDate}>{formatDue(referral.dueAt, referral.dueDate, i18n.language)}</span>
                    <br />
                    <DueCountdown referral={referral} now={new Date(load.list.now)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </div>
  );
}
