import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { TextSection } from '../components/text-section';
import { usePageTitle } from '../components/use-page-title';

/** `/datenschutz`: the (demo) privacy notice. */
export function PrivacyPage() {
  const { t } = useTranslation();
  usePageTitle(t('privacy.title'));
  return (
    <div className="page text-page">
      <KolHeading _level={1} _label={t('privacy.title')} />
      <p className="notice">{t('privacy.demo')}</p>
      <TextSection title={t('privacy.controllerTitle')}>
        <p>{t('privacy.controller')}</p>
      </TextSection>
      <TextSection title={t('privacy.dataTitle')}>
        <p>{t('privacy.data')}</p>
      </TextSection>
      <TextSection title={t('privacy.cookiesTitle')}>
        <p>{t('privacy.cookies')}</p>
      </TextSection>
      <TextSection title={t('privacy.rightsTitle')}>
        <p>{t('privacy.rights')}</p>
      </TextSection>
      <TextSection title={t('privacy.legalBasisTitle')}>
        <p>{t('privacy.legalBasis')}</p>
      </TextSection>
    </div>
  );
}
