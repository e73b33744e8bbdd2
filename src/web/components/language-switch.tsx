import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { isLanguage, supportedLanguages, switchLanguage } from '../i18n';

/** One button per other interface language, labelled in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.language) ? i18n.language : supportedLanguages[0];
  return (
    <div className="language-switch">
      {supportedLanguages
        .filter((language) => language !== current)
        .map((language) => (
          <KolButton
            key={language}
            lang={language}
            data-testid={`language-${language}`}
            _label={t(`language.names.${language}`)}
            _ariaDescription={t('language.switchHint')}
            _variant="ghost"
            _on={{ onClick: () => switchLanguage(language) }}
          />
        ))}
    </div>
  );
}
