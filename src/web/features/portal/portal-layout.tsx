import { KolAlert, KolHeading } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { MeResponse } from '../../../contract/auth';
import { AppLink } from '../../components/app-link';
import { RequireSession } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { MyUnreadBadge } from '../messages/unread-badge';
import '../../styles/portal.css';

/** The parts of the skilled worker's portal, in the order of the portal navigation. */
export const portalSections = [
  { path: paths.myJourney, key: 'journey' },
  { path: paths.myDocuments, key: 'documents' },
  { path: paths.myMessages, key: 'messages' },
  { path: paths.myConsents, key: 'consents' },
  { path: paths.myData, key: 'data' },
] as const;
export type PortalSection = (typeof portalSections)[number]['key'];

/**
 * The frame of every portal page (`/mein-weg…`): a signed-in applicant, the page heading and the
 * portal navigation (current part marked with aria-current). Others see why the page is not theirs.
 */
export function PortalLayout({ section, children }: { section: PortalSection; children: (me: MeResponse) => ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(t(`portal.nav.${section}`));
  return (
    <RequireSession>
      {(me) =>
        me.user.roles.includes('applicant') ? (
          <div className="portal">
            <KolHeading _level={1} _label={t(`portal.nav.${section}`)} />
            <PortalNav current={section} />
            {children(me)}
          </div>
        ) : (
          <KolAlert _type="info" _variant="card" _label={t('portal.notApplicant.title')} _level={1}>
            {t('portal.notApplicant.text')}
          </KolAlert>
        )
      }
    </RequireSession>
  );
}

function PortalNav({ current }: { current: PortalSection }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <nav className="portal-nav" aria-label={t('portal.nav.label')}>
      <ul>
        {portalSections.map((item) => (
          <li key={item.key} aria-current={item.key === current || location.pathname === item.path ? 'page' : undefined}>
            <AppLink to={item.path} label={t(`portal.nav.${item.key}`)} />
            {item.key === 'messages' && <MyUnreadBadge />}
          </li>
        ))}
      </ul>
    </nav>
  );
}
