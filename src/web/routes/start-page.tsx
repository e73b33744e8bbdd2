import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../contract/auth';
import { AppLink } from '../components/app-link';
import { AreaCard, areaLinks } from '../components/area-card';
import { EntryPageLinks } from '../features/entry-pages/about-lotse-page';
import { RequireSession } from '../components/require-session';
import { usePageTitle } from '../components/use-page-title';
import { paths } from './paths';

/** `/`: greeting, roles and organisation, and the areas open to the signed-in person. */
export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t('start.title'));
  return <RequireSession>{(me) => <StartContent me={me} />}</RequireSession>;
}

function StartContent({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const { user } = me;
  const areas = me.areas.filter((area) => areaLinks(area, user.roles).length > 0);
  const roleNames = user.roles.map((role) => t(`roles.${role}`)).join(', ');

  return (
    <div className="page start-page">
      <KolHeading _level={1} _label={t('start.greeting', { name: user.name })} />
      <section className="profile" aria-label={t('start.profileLabel')}>
        <dl className="profile__facts">
          <div>
            <dt>{t('start.role', { count: user.roles.length })}</dt>
            <dd data-testid="user-roles">{roleNames}</dd>
          </div>
          <div>
            <dt>{t('start.organisation')}</dt>
            <dd data-testid="user-organisation">{user.organisation?.name ?? t('start.noOrganisation')}</dd>
          </div>
        </dl>
        <p className="profile__tokens">
          <AppLink to={paths.accessTokens} label={t('adminUsers.tokensNav')} />
        </p>
      </section>
      <EntryPageLinks />
      <section className="areas" aria-label={t('start.areasTitle')}>
        <KolHeading _level={2} _label={t('start.areasTitle')} />
        {areas.length === 0 ? (
          <p>{t('start.noAreas')}</p>
        ) : (
          <>
            <p>{t('start.areasIntro')}</p>
            <ul className="area-grid" data-testid="areas">
              {areas.map((area) => (
                <li key={area} data-area={area}>
                  <AreaCard area={area} roles={user.roles} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
