import { KolCard } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../contract/auth';

export type Area = MeResponse['areas'][number];

/**
 * One product area on the start page. No area is built yet, so the card only informs
 * and says so; it links nowhere rather than to a page that does not exist.
 */
export function AreaCard({ area }: { area: Area }) {
  const { t } = useTranslation();
  return (
    <KolCard className="area-card" _label={t(`areas.${area}.title`)} _level={3}>
      <p className="area-card__description">{t(`areas.${area}.description`)}</p>
      <p className="area-card__status">{t('start.comingSoon')}</p>
    </KolCard>
  );
}
