import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { TextSection } from '../components/text-section';
import { usePageTitle } from '../components/use-page-title';

/** `/impressum`: the (fictitious) imprint of the demo installation. */
export function ImprintPage() {
  const { t } = useTranslation();
  usePageTitle(t('imprint.title'));
  return (
    <div className="page text-page">
      <KolHeading _level={1} _label={t('imprint.title')} />
      <p className="notice">{t('imprint.demo')}</p>
      <TextSection title={t('imprint.providerTitle')}>
        <p>{t('imprint.provider')}</p>
      </TextSection>
      <TextSection title={t('imprint.contactTitle')}>
        <p>{t('imprint.contact')}</p>
      </TextSection>
      <TextSection title={t('imprint.responsibleTitle')}>
        <p>{t('imprint.responsible')}</p>
      </TextSection>
      <TextSection title={t('imprint.softwareTitle')}>
        <p>{t('imprint.software')}</p>
      </TextSection>
    </div>
  );
}
