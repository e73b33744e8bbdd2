import { useTranslation } from 'react-i18next';
import type { InboxReferrals, Referral } from '../../../contract/referrals';
import { AppLink } from '../../components/app-link';
import { DueCountdown } from './due-countdown';
import { formatDue } from './format';
import { referralPath } from './paths';
import '../../styles/referrals.css';

/**
 * The referral part of the inbox (GET /api/v1/inbox → `referrals`): new, due today, overdue, and
 * outgoing ones waiting for the caller's reply. For the inbox page; it renders nothing when empty.
 */
export function InboxReferralsSection({ referrals, now }: { referrals: InboxReferrals | undefined; now: Date }) {
  const { t, i18n } = useTranslation();
  if (!referrals) return null;
  const groups: ['overdue' | 'dueToday' | 'new' | 'waitingForMe', Referral[]][] = [
    ['overdue', referrals.overdue],
    ['dueToday', referrals.dueToday],
    ['new', referrals.new],
    ['waitingForMe', referrals.waitingForMe],
  ];
  if (groups.every(([, items]) => items.length === 0)) return null;
  return (
    <section className="case-section" aria-labelledby="inbox-referrals-title" data-testid="inbox-referrals">
      <h2 id="inbox-referrals-title" className="case-section__title">
        {t('referrals.title')}
      </h2>
      {groups
        .filter(([, items]) => items.length > 0)
        .map(([group, items]) => (
          <div key={group} data-group={group}>
            <h3>{t(`referrals.inbox.${group}`)}</h3>
            <ul className="case-items">
              {items.map((referral) => (
                <li key={referral.id} className={referral.isOverdue ? 'case-item case-item--overdue' : 'case-item'}>
                  <AppLink to={referralPath(referral.id)} label={`${referral.caseReference}: ${t(`referrals.purposes.${referral.purpose}`)}`} />
                  <p className="case-item__meta">
                    {formatDue(referral.dueAt, referral.dueDate, i18n.language)} · <DueCountdown referral={referral} now={now} />
                  </p>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
