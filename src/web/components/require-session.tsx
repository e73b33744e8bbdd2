import { KolAlert } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { MeResponse } from '../../contract/auth';
import { paths } from '../routes/paths';
import { useSession } from '../session/session-context';

/** Renders its children for a signed-in person; sends everyone else to the sign-in page. */
export function RequireSession({ children }: { children: (me: MeResponse) => ReactNode }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const location = useLocation();

  switch (session.status) {
    case 'loading':
      return <Loading />;
    case 'unavailable':
      return (
        <KolAlert _type="error" _variant="card" _label={t('errors.title')} _level={1}>
          {t('errors.sessionUnavailable')}
        </KolAlert>
      );
    case 'signed-out':
      return <Navigate to={paths.signIn} replace state={{ from: location.pathname }} />;
    case 'signed-in':
      return children(session.me);
  }
}

/** A polite status message while something loads. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('layout.loading')}
    </p>
  );
}
