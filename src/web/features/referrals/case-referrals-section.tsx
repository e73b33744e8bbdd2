import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../contract/cases';
import type { Consent } from '../../../contract/consents';
import type { Referral } from '../../../contract/referrals';
import type { Organisation } from '../../../contract/system';
import { referralsApi } from '../../api/referrals';
import { ActionFeedback, type Feedback } from '../../components/action-feedback';
import { AppLink } from '../../components/app-link';
import { useSession } from '../../session/session-context';
import { ConsentSection } from './consent-section';
import { DueCountdown } from './due-countdown';
import { formatDue } from './format';
import { referralPath } from './paths';
import { SendReferralDialog } from './send-referral-dialog';
import '../../styles/referrals.css';

/** On the case page: consents (capture, overview, withdrawal) and the case's referrals with the send dialog. */
export function CaseReferralsSection({ record }: { record: Case }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [consents, setConsents] = useState<Consent[]>([]);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [referrals, setReferrals] = useState<Referral[]>([]);
  const [now, setNow] = useState(() => new Date());
  const [feedback, setFeedback] = useState<Feedback>(null);
  const ownOrganisationId = session.status === 'signed-in' ? session.me.user.organisationId : null;

  const reload = useCallback(async () => {
    const [loadedConsents, outgoing] = await Promise.all([referralsApi.consents(record.id), referralsApi.referrals({ direction: 'outgoing', status: 'all', caseId: record.id })]);
    setConsents(loadedConsents);
    setReferrals(outgoing.items);
    setNow(new Date(outgoing.now));
  }, [record.id]);

  useEffect(() => {
    void reload();
    void referralsApi.organisations({}).then((result) => setOrganisations(result.items));
  }, [reload]);

  return (
    <>
      <ConsentSection record={record} consents={consents} organisations={organisations} onChanged={reload} />
      <section className="case-section referral-section" aria-labelledby="case-referrals-title" data-testid="case-referrals-section">
        <h2 id="case-referrals-title" className="case-section__title" tabIndex={-1}>
          {t('referrals.send.title')}
        </h2>
        {referrals.length === 0 ? (
          <p>{t('referrals.send.none')}</p>
        ) : (
          <ul className="case-items" data-testid="case-referrals">
            {referrals.map((referral) => (
              <li key={referral.id} className={referral.isOverdue ? 'case-item case-item--overdue' : 'case-item'} data-referral-id={referral.id}>
                <p>
                  <AppLink to={referralPath(referral.id)} label={`${t(`referrals.purposes.${referral.purpose}`)} → ${referral.to.name}`} />
                </p>
                <p className="case-item__meta">
                  {t(`referrals.status.${referral.status}`)} · {t('referrals.detail.dueAt', { date: formatDue(referral.dueAt, referral.dueDate, i18n.language) })} · <DueCountdown referral={referral} now={now} />
                </p>
              </li>
            ))}
          </ul>
        )}
        <ActionFeedback feedback={feedback} testId="referral-feedback" />
        <SendReferralDialog
          record={record}
          consents={consents}
          ownOrganisationId={ownOrganisationId}
          onSent={async (referral) => {
            await reload();
            setFeedback({ kind: 'success', text: t('referrals.send.sent', { name: referral.to.name, date: formatDue(referral.dueAt, referral.dueDate, i18n.language) }) });
          }}
        />
      </section>
    </>
  );
}
