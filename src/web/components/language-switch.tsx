import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { languageEndonyms, textDirection } from '../../contract/languages';
import { isLanguage, supportedLanguages, switchLanguage } from '../i18n';

/**
 * All interface languages, each named in itself ("العربية", "Türkçe") with its own `lang`, so a
 * person finds their language without reading the current one; the current one is marked.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.language) ? i18n.language : supportedLanguages[0];
  return (
    <ul className="language-switch" aria-label={t('language.label')}>
      {supportedLanguages.map((language) => (
        <li key={language} lang={language} dir={textDirection(language)}>
          {language === current ? (
            <span className="language-switch__current" aria-current="true" data-testid={`language-current-${language}`}>
              {languageEndonyms[language]}
            </span>
          ) : (
            <KolButton
              lang={language}
              data-testid={`language-${language}`}
              _label={languageEndonyms[language]}
              _variant="ghost"
              _on={{ onClick: () => switchLanguage(language) }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
