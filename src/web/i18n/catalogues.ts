import deCore from './de.json';
import deAdminNetwork from './de/admin-network.json';
import deAdminUsers from './de/admin-users.json';
import deKnowledge from './de/knowledge.json';
import deLaw from './de/law.json';
import deLearning from './de/learning.json';
import deNetwork from './de/network.json';
import dePlaces from './de/places.json';
import deNetworkMap from './de/network-map.json';
import deReferrals from './de/referrals.json';
import deResponsibility from './de/responsibility.json';
import deWegweiserPlaceFamily from './de/wegweiser-place-family.json';
import dePortal from './de/portal.json';
import deWegweiserTitles from './de/wegweiser-titles.json';
import deWegweiserDocuments from './de/wegweiser-documents.json';
import deAboutLotse from './de/about-lotse.json';
import deMessages from './de/messages.json';
import dePortalPrivacy from './de/portal-privacy.json';
import deContact from './de/contact.json';
import deInvitation from './de/invitation.json';
import deContactInbox from './de/contact-inbox.json';
import deEmployer from './de/employer.json';
import deDocumentReview from './de/document-review.json';
import deObstacleReports from './de/obstacle-reports.json';
import deCaseQualification from './de/case-qualification.json';
import deSteering from './de/steering.json';
import dePraxisCheck from './de/praxis-check.json';
import deSteeringShortage from './de/steering-shortage.json';
import enCore from './en.json';
import enAdminNetwork from './en/admin-network.json';
import enAdminUsers from './en/admin-users.json';
import enKnowledge from './en/knowledge.json';
import enLaw from './en/law.json';
import enLearning from './en/learning.json';
import enNetwork from './en/network.json';
import enPlaces from './en/places.json';
import enNetworkMap from './en/network-map.json';
import enReferrals from './en/referrals.json';
import enResponsibility from './en/responsibility.json';
import enWegweiserPlaceFamily from './en/wegweiser-place-family.json';
import enPortal from './en/portal.json';
import enWegweiserTitles from './en/wegweiser-titles.json';
import enWegweiserDocuments from './en/wegweiser-documents.json';
import enAboutLotse from './en/about-lotse.json';
import enMessages from './en/messages.json';
import enPortalPrivacy from './en/portal-privacy.json';
import enContact from './en/contact.json';
import enInvitation from './en/invitation.json';
import enContactInbox from './en/contact-inbox.json';
import enEmployer from './en/employer.json';
import enDocumentReview from './en/document-review.json';
import enObstacleReports from './en/obstacle-reports.json';
import enCaseQualification from './en/case-qualification.json';
import enSteering from './en/steering.json';
import enPraxisCheck from './en/praxis-check.json';
import enSteeringShortage from './en/steering-shortage.json';

// One file per feature area so that work on different areas does not touch the same file;
// each feature's keys live under its own top-level key.
export const de = {
  ...deCore,
  knowledge: deKnowledge,
  law: deLaw,
  learning: deLearning,
  referrals: deReferrals,
  wegweiserPlaceFamily: deWegweiserPlaceFamily,
  places: dePlaces,
  network: deNetwork,
  adminNetwork: deAdminNetwork,
  networkMap: deNetworkMap,
  adminUsers: deAdminUsers,
  responsibility: deResponsibility,
  portal: dePortal,
  wegweiserTitles: deWegweiserTitles,
  wegweiserDocuments: deWegweiserDocuments,
  aboutLotse: deAboutLotse,
  messages: deMessages,
  portalPrivacy: dePortalPrivacy,
  contact: deContact,
  invitation: deInvitation,
  contactInbox: deContactInbox,
  employer: deEmployer,
  documentReview: deDocumentReview,
  obstacleReports: deObstacleReports,
  caseQualification: deCaseQualification,
  steering: deSteering,
  praxisCheck: dePraxisCheck,
  'steering-shortage': deSteeringShortage,
};
export const en: typeof de = {
  ...enCore,
  knowledge: enKnowledge,
  law: enLaw,
  learning: enLearning,
  referrals: enReferrals,
  wegweiserPlaceFamily: enWegweiserPlaceFamily,
  places: enPlaces,
  network: enNetwork,
  adminNetwork: enAdminNetwork,
  networkMap: enNetworkMap,
  adminUsers: enAdminUsers,
  responsibility: enResponsibility,
  portal: enPortal,
  wegweiserTitles: enWegweiserTitles,
  wegweiserDocuments: enWegweiserDocuments,
  aboutLotse: enAboutLotse,
  messages: enMessages,
  portalPrivacy: enPortalPrivacy,
  contact: enContact,
  invitation: enInvitation,
  contactInbox: enContactInbox,
  employer: enEmployer,
  documentReview: enDocumentReview,
  obstacleReports: enObstacleReports,
  caseQualification: enCaseQualification,
  steering: enSteering,
  praxisCheck: enPraxisCheck,
  'steering-shortage': enSteeringShortage,
};

/** A catalogue: nested keys ending in texts. */
export type Catalogue = { [key: string]: string | Catalogue };

/** The portal languages beyond German and English; their catalogues are found by file name. */
export const extraLanguages = ['ar', 'tr', 'uk', 'fr'] as const;
export type ExtraLanguage = (typeof extraLanguages)[number];

/** `wegweiser-place-family` → `wegweiserPlaceFamily`. */
export const namespaceKey = (fileName: string): string => fileName.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

/**
 * Builds one catalogue per extra language from file paths: `./<lang>.json` holds the core keys
 * (top-level namespaces such as `layout`, `wegweiser`), `./<lang>/<kebab-ns>.json` one namespace
 * under its camelCase key. Files of other languages or other shapes are ignored.
 */
export function assembleCatalogues(files: Record<string, Catalogue>): Record<ExtraLanguage, Catalogue> {
  const result = Object.fromEntries(extraLanguages.map((language) => [language, {} as Catalogue])) as Record<ExtraLanguage, Catalogue>;
  for (const [path, content] of Object.entries(files)) {
    const core = /^\.\/([a-z]{2})\.json$/.exec(path);
    const namespace = /^\.\/([a-z]{2})\/([a-z0-9-]+)\.json$/.exec(path);
    const language = (core?.[1] ?? namespace?.[1]) as ExtraLanguage | undefined;
    if (!language || !(extraLanguages as readonly string[]).includes(language)) continue;
    if (core) Object.assign(result[language], content);
    else if (namespace?.[2]) result[language][namespaceKey(namespace[2])] = content;
  }
  return result;
}

// Arabic, Turkish, Ukrainian and French: every JSON file under ./<lang>/ and ./<lang>.json is bundled
// without registering it here; missing keys fall back to English, then German (see index.ts).
const extraFiles = {
  ...import.meta.glob<Catalogue>('./{ar,tr,uk,fr}.json', { eager: true, import: 'default' }),
  ...import.meta.glob<Catalogue>('./{ar,tr,uk,fr}/*.json', { eager: true, import: 'default' }),
};

export const extraCatalogues: Record<ExtraLanguage, Catalogue> = assembleCatalogues(extraFiles);
