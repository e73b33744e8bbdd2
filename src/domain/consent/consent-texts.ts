import type { ConsentPurpose, DataCategory, Language } from './vocabulary';
import { categoryLabels, consentLegalBasis, purposeLabels } from './vocabulary';

/**
 * The wording shown to the person, versioned: a declaration stores the version it was given
 * under, so the exact text can be shown and printed later even after the wording changes.
 * Our own wording; a new wording is a new version, an old one is never edited.
 */
export type ConsentTextVersion = {
  id: string;
  /** First day (Europe/Berlin) this wording may be used for new declarations. */
  validFrom: string;
  /** Last day it may be used for new declarations; undefined while current. */
  validUntil?: string;
  text: Record<Language, { title: string; intro: string; recipients: string; purposes: string; categories: string; validity: string; withdrawal: string; legal: string }>;
};

export const consentTextVersions: readonly ConsentTextVersion[] = [
  {
    id: 'consent-text-2026-01',
    validFrom: '2026-01-01',
    text: {
      de: {
        title: 'Einwilligung in die Weitergabe personenbezogener Daten',
        intro:
          'Ich bin damit einverstanden, dass die Stelle, die meinen Fall führt, die unten genannten Angaben an die unten genannten Organisationen des regionalen Fachkräftenetzwerks weitergibt. Die Organisationen dürfen die Angaben nur für die genannten Zwecke verwenden.',
        recipients: 'Empfangende Organisationen',
        purposes: 'Zwecke',
        categories: 'Angaben, die weitergegeben werden dürfen',
        validity: 'Die Einwilligung gilt bis zum angegebenen Datum oder bis zu meinem Widerruf.',
        withdrawal:
          'Die Einwilligung ist freiwillig. Ich kann sie jederzeit ohne Angabe von Gründen widerrufen, im Portal oder bei meiner Ansprechperson. Ab dem Widerruf sehen die Empfänger meine Angaben nicht mehr; was vorher rechtmäßig geschehen ist, bleibt davon unberührt. Wenn ich nicht einwillige, entstehen mir daraus keine Nachteile bei der Beratung durch die fallführende Stelle.',
        legal: `Rechtsgrundlage: ${consentLegalBasis.replace('GDPR', 'DSGVO')}.`,
      },
      en: {
        title: 'Consent to sharing personal data',
        intro:
          'I agree that the office handling my case may pass the information listed below to the organisations of the regional skilled-worker network listed below. These organisations may use the information only for the purposes listed.',
        recipients: 'Receiving organisations',
        purposes: 'Purposes',
        categories: 'Information that may be shared',
        validity: 'This consent is valid until the date given or until I withdraw it.',
        withdrawal:
          'Giving consent is voluntary. I can withdraw it at any time without giving reasons, in the portal or through my contact person. From the moment of withdrawal the recipients no longer see my information; anything lawfully done before remains unaffected. Not consenting does not put me at a disadvantage in the counselling by the office handling my case.',
        legal: `Legal basis: ${consentLegalBasis}.`,
      },
    },
  },
];

export const currentConsentTextVersionId = 'consent-text-2026-01';

export function findConsentTextVersion(id: string): ConsentTextVersion | undefined {
  return consentTextVersions.find((version) => version.id === id);
}

/** True if the wording may be used for a new declaration on `date` (YYYY-MM-DD, Europe/Berlin). */
export function isUsableConsentTextVersion(version: ConsentTextVersion, date: string): boolean {
  return version.validFrom <= date && (version.validUntil === undefined || date <= version.validUntil);
}

export type RenderedConsentText = {
  versionId: string;
  language: Language;
  title: string;
  paragraphs: { heading?: string; lines: string[] }[];
};

/** The full text of one declaration as the person saw it: wording plus the choices made. */
export function renderConsentText(
  version: ConsentTextVersion,
  language: Language,
  choices: { recipients: readonly string[]; purposes: readonly ConsentPurpose[]; categories: readonly DataCategory[]; validUntil: string | null },
): RenderedConsentText {
  const text = version.text[language];
  const until = choices.validUntil ? [language === 'de' ? `Gültig bis: ${choices.validUntil}` : `Valid until: ${choices.validUntil}`] : [];
  return {
    versionId: version.id,
    language,
    title: text.title,
    paragraphs: [
      { lines: [text.intro] },
      { heading: text.recipients, lines: [...choices.recipients] },
      { heading: text.purposes, lines: choices.purposes.map((purpose) => purposeLabels[purpose][language]) },
      { heading: text.categories, lines: choices.categories.map((category) => categoryLabels[category][language]) },
      { lines: [text.validity, ...until] },
      { lines: [text.withdrawal] },
      { lines: [text.legal] },
    ],
  };
}
