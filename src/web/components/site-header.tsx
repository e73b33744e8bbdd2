import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../routes/paths';
import { useSession } from '../session/session-context';
import { AppLink } from './app-link';
import { LanguageSwitch } from './language-switch';
import { useFallbackMark } from '../i18n/server-text';

/** Brand, main navigation, the signed-in person with sign-out, and the language switch. */
export function SiteHeader() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const isSignedIn = session.status === 'signed-in';
  // Knowledge and network are German and English only: in the other languages their links are English, marked so.
  const knowledgeMark = useFallbackMark('knowledge.nav.knowledge');
  const searchMark = useFallbackMark('knowledge.nav.search');
  const networkMark = useFallbackMark('network.nav');

  const handleSignOut = async () => {
    await signOut();
    await navigate(paths.signIn);
  };

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </p>
        <nav className="site-nav" aria-label={t('layout.mainNav')}>
          <ul className="site-nav__list">
            {/* The Wegweiser is public: offered to everyone, signed in or not. */}
            <li>
              <AppLink to={paths.wegweiser} label={t('layout.wegweiser')} />
            </li>
            {/* Published knowledge and its search are public too. */}
            <li {...knowledgeMark}>
              <AppLink to={paths.knowledge} label={t('knowledge.nav.knowledge')} />
            </li>
            <li {...searchMark}>
              <AppLink to={paths.search} label={t('knowledge.nav.search')} />
            </li>
            {/* The network's directory is public too. */}
            <li {...networkMark}>
              <AppLink to={paths.network} label={t('network.nav')} />
            </li>
            {isSignedIn ? (
              <>
                <li>
                  <AppLink to={paths.start} label={t('layout.start')} />
                </li>
                {/* The skilled worker's own portal; the employer's hires and §81a requests. */}
                {session.me.user.roles.includes('applicant') && (
                  <li>
                    <AppLink to={paths.myJourney} label={t('portal.nav.journey')} />
                  </li>
                )}
                {session.me.user.roles.includes('employer') && (
                  <li>
                    <AppLink to={paths.employer} label={t('employer.title')} />
                  </li>
                )}
                {/* Case staff (case workers, navigators): their cases and their inbox. */}
                {session.me.areas.includes('cases') && (
                  <>
                    <li>
                      <AppLink to={paths.cases} label={t('layout.cases')} />
                    </li>
                    <li>
                      <AppLink to={paths.inbox} label={t('layout.inbox')} />
                    </li>
                    <li>
                      <AppLink to={paths.deadlines} label={t('layout.deadlines')} />
                    </li>
                  </>
                )}
                {session.me.areas.includes('referrals') && (
                  <li>
                    <AppLink to={paths.referrals} label={t('referrals.nav')} />
                  </li>
                )}
                {session.me.areas.includes('learning') && (
                  <li>
                    <AppLink to={paths.learning} label={t('learning.nav.learning')} />
                  </li>
                )}
                {/* The dashboards: the network for steering and administration, their own authority for an Ausländerbehörde's case workers. */}
                {(session.me.user.roles.some((role) => role === 'admin' || role === 'steering') ||
                  (session.me.user.roles.includes('caseworker') && session.me.user.organisation?.kind === 'abh')) && (
                  <li>
                    <AppLink to={paths.steering} label={t('steering.nav')} />
                  </li>
                )}
                {session.me.user.roles.some((role) => role === 'admin' || role === 'steering') && (
                  <li>
                    <AppLink to={paths.lawFigures} label={t('law.nav')} />
                  </li>
                )}
                {session.me.user.roles.some((role) => role === 'admin' || role === 'steering') && (
                  <li>
                    <AppLink to={paths.adminNetwork} label={t('adminNetwork.nav')} />
                  </li>
                )}
                {session.me.user.roles.some((role) => role === 'admin' || role === 'org_admin') && (
                  <li>
                    <AppLink to={paths.adminUsers} label={t('adminUsers.nav')} />
                  </li>
                )}
              </>
            ) : (
              <li>
                <AppLink to={paths.signIn} label={t('layout.signIn')} />
              </li>
            )}
          </ul>
        </nav>
        <div className="site-header__tools">
          {isSignedIn && (
            <>
              <p className="site-header__user">{t('layout.signedInAs', { name: session.me.user.name })}</p>
              <KolButton
                data-testid="sign-out"
                _label={t('layout.signOut')}
                _variant="secondary"
                _on={{ onClick: () => void handleSignOut() }}
              />
            </>
          )}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
