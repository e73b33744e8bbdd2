import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link';
import { TextSection } from '../../components/text-section';
import { usePageTitle } from '../../components/use-page-title';
import { easyLanguageLinkLang } from '../../i18n/locale';
import { catalogueLanguage } from '../../i18n/server-text';
import { paths } from '../../routes/paths';
import { SignLanguagePlaceholder } from './sign-language-placeholder';

const contentItems = ['wegweiser', 'network', 'responsibility', 'knowledge', 'portal', 'staff'] as const;
const navigationItems = ['header', 'skip', 'structure', 'wizard', 'footer'] as const;
const featureItems = ['keyboard', 'screenReader', 'zoom', 'colour', 'languages', 'easyLanguage'] as const;

/**
 * `/ueber-lotse`: the site explained in plain German (BITV 2.0 § 4): content, navigation,
 * accessibility features, and the reserved place for the DGS video. German and English; the
 * other interface languages show the English text, marked as English.
 */
export function AboutLotsePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('aboutLotse.title'));
  const shownIn = catalogueLanguage(i18n, i18n.language, 'aboutLotse.title');
  return (
    <div className="page text-page about-lotse" lang={shownIn} dir={shownIn === 'ar' ? 'rtl' : 'ltr'} data-testid="about-lotse">
      <KolHeading _level={1} _label={t('aboutLotse.title')} />
      <p>{t('aboutLotse.intro')}</p>
      <TextSection title={t('aboutLotse.content.title')}>
        <p>{t('aboutLotse.content.text')}</p>
        <ul className="about-lotse__list" aria-label={t('aboutLotse.content.listLabel')}>
          {contentItems.map((item) => (
            <li key={item}>{t(`aboutLotse.content.${item}`)}</li>
          ))}
        </ul>
      </TextSection>
      <TextSection title={t('aboutLotse.navigation.title')}>
        <ul className="about-lotse__list">
          {navigationItems.map((item) => (
            <li key={item}>{t(`aboutLotse.navigation.${item}`)}</li>
          ))}
        </ul>
      </TextSection>
      <TextSection title={t('aboutLotse.features.title')}>
        <ul className="about-lotse__list">
          {featureItems.map((item) => (
            <li key={item}>{t(`aboutLotse.features.${item}`)}</li>
          ))}
        </ul>
      </TextSection>
      <TextSection title={t('aboutLotse.signLanguage.title')}>
        <SignLanguagePlaceholder label={t('aboutLotse.signLanguage.placeholder')}>
          <p>{t('aboutLotse.signLanguage.missing')}</p>
        </SignLanguagePlaceholder>
      </TextSection>
      <TextSection title={t('aboutLotse.help.title')}>
        <p>{t('aboutLotse.help.text')}</p>
        <ul className="about-lotse__links">
          <li>
            <AppLink to={paths.accessibility} label={t('aboutLotse.help.statement')} />
          </li>
          <li lang={easyLanguageLinkLang(i18n.language)}>
            <AppLink to={paths.easyLanguage} label={t('aboutLotse.help.easyLanguage')} />
          </li>
        </ul>
      </TextSection>
    </div>
  );
}

/** Links to the two explanation pages (Leichte Sprache, Über Lotse), for the start and sign-in pages. */
export function EntryPageLinks() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="entry-page-links" aria-label={t('layout.simpleHelp')} data-testid="entry-page-links">
      <ul>
        <li lang={easyLanguageLinkLang(i18n.language)}>
          <AppLink to={paths.easyLanguage} label={t('layout.easyLanguage')} />
        </li>
        <li>
          <AppLink to={paths.plainGerman} label={t('layout.aboutLotse')} />
        </li>
      </ul>
    </nav>
  );
}
