import { KolAlert, KolHeading } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../contract/auth';
import { RequireSession } from '../../components/require-session';
import '../../styles/referrals.css';

/** Renders its children for staff who work with referrals; others are told their role has no access. */
export function RequireReferralStaff({ children }: { children: (me: MeResponse) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSession>
      {(me) =>
        me.areas.includes('referrals') ? (
          children(me)
        ) : (
          <div className="page">
            <KolHeading _level={1} _label={t('referrals.board.title')} />
            <KolAlert data-testid="referrals-no-access" _type="warning" _variant="msg">
              {t('referrals.board.noAccess')}
            </KolAlert>
          </div>
        )
      }
    </RequireSession>
  );
}
