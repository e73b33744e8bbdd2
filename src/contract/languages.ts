/** The portal's languages for the web app (which may not import domain directly). */
export {
  bestPortalLanguage,
  isPortalLanguage,
  languageEndonyms,
  portalLanguages,
  staffLanguages,
  textDirection,
  type PortalLanguage,
} from '../domain/portal/languages';
