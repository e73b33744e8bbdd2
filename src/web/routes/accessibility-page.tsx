import { KolHeading, KolLink } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/app-link';
import { TextSection } from '../components/text-section';
import { easyLanguageLinkLang } from '../i18n/locale';
import { usePageTitle } from '../components/use-page-title';
import { contacts } from './contacts';
import { paths } from './paths';

/** `/barrierefreiheit`: the accessibility statement required by BITV 2.0. */
export function AccessibilityPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('accessibility.title'));
  return (
    <div className="page text-page">
      <KolHeading _level={1} _label={t('accessibility.title')} />
      <p>{t('accessibility.scope')}</p>
      <TextSection title={t('accessibility.statusTitle')}>
        <p data-testid="compliance-status">{t('accessibility.status')}</p>
      </TextSection>
      <TextSection title={t('accessibility.limitationsTitle')}>
        <p>{t('accessibility.limitations')}</p>
      </TextSection>
      <TextSection title={t('accessibility.signLanguageTitle')}>
        <p data-testid="sign-language-missing">{t('accessibility.signLanguage')}</p>
        <ul className="about-lotse__links">
          <li lang={easyLanguageLinkLang(i18n.language)}>
            <AppLink to={paths.easyLanguage} label={t('layout.easyLanguage')} />
          </li>
          <li>
            <AppLink to={paths.plainGerman} label={t('layout.aboutLotse')} />
          </li>
        </ul>
      </TextSection>
      <TextSection title={t('accessibility.languagesTitle')}>
        <p data-testid="accessibility-languages">{t('accessibility.languages')}</p>
      </TextSection>
      <TextSection title={t('accessibility.feedbackTitle')}>
        <p>{t('accessibility.feedback')}</p>
        <p>
          {t('accessibility.feedbackContact')}
          <KolLink _href={`mailto:${contacts.accessibility}`} _label={contacts.accessibility} />
        </p>
      </TextSection>
      <TextSection title={t('accessibility.enforcementTitle')}>
        <p>{t('accessibility.enforcement')}</p>
      </TextSection>
      <TextSection title={t('accessibility.preparationTitle')}>
        <p>{t('accessibility.preparation')}</p>
      </TextSection>
    </div>
  );
}
