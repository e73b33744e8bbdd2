import { KolCard } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../contract/auth';
import { paths } from '../routes/paths';
import { AppLink } from './app-link';

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
  | 'networkMap.openMap';

/** In-app pages of the areas that are built; the others are announced as coming soon. */
const builtAreas: Partial<Record<Area, { path: string; linkKey: LinkKey }[]>> = {
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
  administration: [{ path: paths.lawFigures, linkKey: 'law.openLawFigures' }],
  network: [{ path: paths.network, linkKey: 'network.openDirectory' }],
  steering: [{ path: paths.networkMap, linkKey: 'networkMap.openMap' }],
  learning: [
    { path: paths.learning, linkKey: 'learning.nav.openCatalogue' },
    { path: paths.myLearning, linkKey: 'learning.nav.openMyLearning' },
  ],
};
builtAreas.administration?.push({ path: paths.adminNetwork, linkKey: 'adminNetwork.open' });

/**
 * One product area on the start page. A built area links to its pages; an area not built
 * yet only informs and says so, rather than linking to a page that does not exist.
 */
export function AreaCard({ area }: { area: Area }) {
  const { t } = useTranslation();
  const links = builtAreas[area];
  return (
    <KolCard className="area-card" _label={t(`areas.${area}.title`)} _level={3}>
      <p className="area-card__description">{t(`areas.${area}.description`)}</p>
      {links ? (
        <ul className="area-card__links">
          {links.map((link) => (
            <li key={link.path} className="area-card__link">
              <AppLink to={link.path} label={t(link.linkKey)} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="area-card__status">{t('start.comingSoon')}</p>
      )}
    </KolCard>
  );
}
