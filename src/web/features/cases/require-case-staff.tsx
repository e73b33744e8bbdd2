import { KolAlert, KolHeading } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../contract/auth';
import { RequireSession } from '../../components/require-session';

/** Whether the signed-in person works on cases (case workers and navigators). */
export const worksOnCases = (me: MeResponse): boolean => me.areas.includes('cases');

/** Renders its children for case staff; others are told that their role has no access. */
export function RequireCaseStaff({ children }: { children: (me: MeResponse) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSession>
      {(me) =>
        worksOnCases(me) ? (
          children(me)
        ) : (
          <div className="page">
            <KolHeading _level={1} _label={t('cases.title')} />
            <KolAlert data-testid="cases-no-access" _type="warning" _variant="msg">
              {t('cases.noAccess')}
            </KolAlert>
          </div>
        )
      }
    </RequireSession>
  );
}
