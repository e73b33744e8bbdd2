import { KolAlert, KolHeading } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../contract/auth';
import { RequireSession } from '../../components/require-session';
import '../../styles/employer.css';

/** A signed-in employer (role `employer`); anyone else is told the page is not theirs. */
export function EmployerFrame({ children }: { children: (me: MeResponse) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSession>
      {(me) =>
        me.user.roles.includes('employer') ? (
          children(me)
        ) : (
          <>
            <KolHeading _level={1} _label={t('employer.title')} />
            <KolAlert data-testid="employer-not-employer" _type="warning" _variant="msg">
              {t('employer.notEmployer')}
            </KolAlert>
          </>
        )
      }
    </RequireSession>
  );
}
