import { useTranslation } from 'react-i18next';
import { paths } from '../routes/paths';
import { AppLink } from './app-link';
import { easyLanguageLinkLang } from '../i18n/locale';
import { useFallbackMark } from '../i18n/server-text';

/** Links to the accessibility statement, imprint and privacy notice. */
export function SiteFooter() {
  const { t, i18n } = useTranslation();
  const verifyMark = useFallbackMark('learning.nav.verify');
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav aria-label={t('layout.footerNav')}>
          <ul className="site-footer__links">
            <li>
              <AppLink to={paths.accessibility} label={t('layout.accessibility')} />
            </li>
            <li lang={easyLanguageLinkLang(i18n.language)}>
              <AppLink to={paths.easyLanguage} label={t('layout.easyLanguage')} />
            </li>
            <li>
              <AppLink to={paths.plainGerman} label={t('layout.aboutLotse')} />
            </li>
            <li>
              <AppLink to={paths.imprint} label={t('layout.imprint')} />
            </li>
            <li>
              <AppLink to={paths.privacy} label={t('layout.privacy')} />
            </li>
            <li {...verifyMark}>
              <AppLink to={paths.certificateCheck} label={t('learning.nav.verify')} />
            </li>
          </ul>
        </nav>
        <p className="site-footer__notice">{t('layout.demoNotice')}</p>
      </div>
    </footer>
  );
}
