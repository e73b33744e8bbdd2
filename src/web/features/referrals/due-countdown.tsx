import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../contract/referrals';
import { countdown, countdownParts } from './countdown';

const clockStates = new Set(['open', 'accepted']);

/** "2 days 4 hours left" / "overdue by 3 hours" / "paused", in words (not colour alone). */
export function DueCountdown({ referral, now }: { referral: Referral; now: Date }) {
  const { t } = useTranslation();
  if (referral.status === 'waiting_for_sender') return <span className="referral-due referral-due--paused">{t('referrals.countdown.paused')}</span>;
  if (!clockStates.has(referral.status)) return null;
  const value = countdown(referral.dueAt, now);
  const time = countdownParts(value)
    .map((part) => t(`referrals.countdown.${part.unit}`, { count: part.count }))
    .join(' ');
  return (
    <span className={value.overdue ? 'referral-due referral-due--overdue' : 'referral-due'} data-testid="due-countdown">
      {value.overdue && <strong className="overdue-mark">{t('referrals.countdown.overdueBadge')}: </strong>}
      {t(value.overdue ? 'referrals.countdown.overdue' : 'referrals.countdown.left', { time })}
    </span>
  );
}
