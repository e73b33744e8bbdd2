import { KolCard } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../contract/auth';
import { paths } from '../routes/paths';
import { AppLink } from './app-link';

type Role = MeResponse['user']['roles'][number];

export type Area = MeResponse['areas'][number];

type LinkKey =
  | 'start.openWegweiser'
  | 'start.openCases'
  | 'start.openInbox'
  | 'learning.nav.openCatalogue'
  | 'learning.nav.openMyLearning'
  | 'knowledge.nav.openKnowledge'
  | 'knowledge.nav.openSearch'
  | 'referrals.nav'
  | 'law.openLawFigures'
  | 'network.openDirectory'
  | 'adminNetwork.open'
  | 'networkMap.openMap'
  | 'adminUsers.open'
  | 'responsibility.openFinder'
  | 'portal.openJourney'
  | 'portal.openDocuments'
  | 'employer.open'
  | 'employer.openNewRequest'
  | 'obstacleReports.openReport'
  | 'obstacleReports.openModeration'
  | 'steering.openDashboards'
  | 'steering.openPraxisCheck'
  | 'steering-shortage.admin.open';

type AreaLink = { path: string; linkKey: LinkKey; /** Only for these roles (default: everyone who sees the area). */ roles?: readonly Role[] };

const staff: readonly Role[] = ['admin', 'steering', 'caseworker', 'navigator', 'partner', 'editor', 'org_admin'];

/** In-app pages of the areas that are built. An area without pages gets no card at all. */
const builtAreas: Partial<Record<Area, AreaLink[]>> = {
  wegweiser: [{ path: paths.wegweiser, linkKey: 'start.openWegweiser' }],
  cases: [
    { path: paths.cases, linkKey: 'start.openCases' },
    { path: paths.inbox, linkKey: 'start.openInbox' },
  ],
  knowledge: [
    { path: paths.knowledge, linkKey: 'knowledge.nav.openKnowledge' },
    { path: paths.search, linkKey: 'knowledge.nav.openSearch' },
  ],
  referrals: [{ path: paths.referrals, linkKey: 'referrals.nav' }],
  administration: [
    { path: paths.adminUsers, linkKey: 'adminUsers.open', roles: ['admin', 'org_admin'] },
    { path: paths.adminNetwork, linkKey: 'adminNetwork.open', roles: ['admin', 'steering'] },
    { path: paths.lawFigures, linkKey: 'law.openLawFigures', roles: ['admin', 'steering'] },
    { path: paths.adminShortage, linkKey: 'steering-shortage.admin.open', roles: ['admin'] },
  ],
  network: [
    { path: paths.network, linkKey: 'network.openDirectory' },
    { path: paths.responsibility, linkKey: 'responsibility.openFinder' },
    { path: paths.networkMap, linkKey: 'networkMap.openMap', roles: staff },
    { path: paths.reportObstacle, linkKey: 'obstacleReports.openReport', roles: [...staff, 'employer'] },
  ],
  steering: [
    { path: paths.steering, linkKey: 'steering.openDashboards' },
    { path: paths.praxisCheck, linkKey: 'steering.openPraxisCheck' },
    { path: paths.obstacleModeration, linkKey: 'obstacleReports.openModeration' },
    { path: paths.networkMap, linkKey: 'networkMap.openMap' },
  ],
  portal: [
    { path: paths.myJourney, linkKey: 'portal.openJourney' },
    { path: paths.myDocuments, linkKey: 'portal.openDocuments' },
  ],
  employer: [
    { path: paths.employer, linkKey: 'employer.open' },
    { path: paths.employerNewRequest, linkKey: 'employer.openNewRequest' },
  ],
  learning: [
    { path: paths.learning, linkKey: 'learning.nav.openCatalogue' },
    { path: paths.myLearning, linkKey: 'learning.nav.openMyLearning' },
  ],
};

/** The links of an area this person may follow; none means the area is not built (yet). */
export function areaLinks(area: Area, roles: readonly Role[]): AreaLink[] {
  return (builtAreas[area] ?? []).filter((link) => !link.roles || link.roles.some((role) => roles.includes(role)));
}

/**
 * One product area on the start page with the pages this person may open. The start page shows
 * only areas with at least one such page: nothing announces what does not exist yet.
 */
export function AreaCard({ area, roles }: { area: Area; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const links = areaLinks(area, roles);
  return (
    <KolCard className="area-card" _label={t(`areas.${area}.title`)} _level={3}>
      <p className="area-card__description">{t(`areas.${area}.description`)}</p>
      <ul className="area-card__links">
        {links.map((link) => (
          <li key={link.path} className="area-card__link">
            <AppLink to={link.path} label={t(link.linkKey)} />
          </li>
        ))}
      </ul>
    </KolCard>
  );
}
