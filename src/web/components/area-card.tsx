import { KolCard } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../contract/auth';
import { paths } from '../routes/paths';
import { AppLink } from './app-link';

export type Area = MeResponse['areas'][number];

/** In-app pages of the areas that are built; the others are announced as coming soon. */
const builtAreas: Partial<Record<Area, { path: string; linkKey: 'start.openWegweiser' }>> = {
  wegweiser: { path: paths.wegweiser, linkKey: 'start.openWegweiser' },
};

/**
 * One product area on the start page. A built area links to its page; an area not built
 * yet only informs and says so, rather than linking to a page that does not exist.
 */
export function AreaCard({ area }: { area: Area }) {
  const { t } = useTranslation();
  const built = builtAreas[area];
  return (
    <KolCard className="area-card" _label={t(`areas.${area}.title`)} _level={3}>
      <p className="area-card__description">{t(`areas.${area}.description`)}</p>
      {built ? (
        <p className="area-card__link">
          <AppLink to={built.path} label={t(built.linkKey)} />
        </p>
      ) : (
        <p className="area-card__status">{t('start.comingSoon')}</p>
      )}
    </KolCard>
  );
}
