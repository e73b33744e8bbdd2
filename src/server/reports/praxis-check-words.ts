import type { StatsColumn, StatsValue } from '../../contract/steering';

/**
 * Words and numbers of the Praxis-Check PDF and CSV: German (or English) labels, long dates,
 * German number format, "< 5" for a suppressed count. Codes never reach the reader.
 */
export type PraxisLanguage = 'de' | 'en';
export type Bilingual = { de: string; en: string };

const words = {
  de: {
    documentKind: 'Praxis-Check',
    subtitle: 'Bericht der Monitoring- und Clearingstelle an die Ministerien von Bund und Ländern',
    period: 'Zeitraum',
    scope: 'Umfang',
    wholeNetwork: 'Das ganze Netzwerk, ohne weitere Einschränkung',
    asOf: 'Stand der Zahlen',
    version: 'Fassung',
    published: 'Veröffentlicht am',
    draft: 'Entwurf – noch nicht veröffentlicht, die Zahlen sind die von heute',
    contents: 'Inhalt',
    figures: 'Kennzahlen',
    figuresIntro:
      'Die Zahlen stammen aus den Fallakten der Netzwerkpartner. Werte von 1 bis 4 sind zum Schutz der Personen unterdrückt („< 5“), ebenso Werte, aus denen sie sich zurückrechnen ließen. Mediane und Perzentile gibt es nur für Gruppen von mindestens 5 Fällen.',
    noData: 'Für diesen Zeitraum und Umfang liegen keine Zahlen vor.',
    obstacles: 'Hemmnisse aus der Praxis',
    obstaclesIntro: 'Hemmnisse, die in Fällen erfasst oder von Netzwerkpartnern gemeldet und von der Steuerung angenommen wurden, nach Art.',
    category: 'Art des Hemmnisses',
    inCases: 'In Fällen erfasst',
    reported: 'Gemeldet',
    noObstacles: 'Im Zeitraum wurden keine Hemmnisse erfasst oder gemeldet.',
    practice: 'Beschreibungen aus der Praxis',
    practiceIntro: 'Anonymisierte Beschreibungen: Texte aus Fällen erst, nachdem die Steuerung sie als frei von personenbezogenen Daten markiert hat, sowie angenommene Meldungen.',
    noPractice: 'Für den Zeitraum liegen keine freigegebenen Beschreibungen vor.',
    fromCase: 'aus einem Fall',
    fromReport: 'Meldung eines Netzwerkpartners',
    legalReference: 'Rechtsgrundlage',
    emptySection: 'Zu diesem Abschnitt wurde nichts geschrieben.',
    chartAlt: 'Balkendiagramm: {title}. {values}',
    page: 'Seite {page} von {pages}',
    total: 'Insgesamt',
    suppressed: '< 5',
    notPublished: '–',
    filters: 'Filter',
    rowHeader: 'Gruppe',
  },
  en: {
    documentKind: 'Praxis-Check',
    subtitle: 'Report of the monitoring and clearing body to the federal and Länder ministries',
    period: 'Period',
    scope: 'Scope',
    wholeNetwork: 'The whole network, without further restriction',
    asOf: 'Figures as of',
    version: 'Version',
    published: 'Published on',
    draft: 'Draft – not yet published; the figures are today’s',
    contents: 'Contents',
    figures: 'Key figures',
    figuresIntro:
      'The figures come from the case files of the network partners. Values from 1 to 4 are suppressed to protect the people concerned (“< 5”), as are values from which they could be computed back. Medians and percentiles are given only for groups of at least 5 cases.',
    noData: 'There are no figures for this period and scope.',
    obstacles: 'Obstacles seen in practice',
    obstaclesIntro: 'Obstacles recorded in cases or reported by network partners and accepted by the steering body, by category.',
    category: 'Kind of obstacle',
    inCases: 'Recorded in cases',
    reported: 'Reported',
    noObstacles: 'No obstacles were recorded or reported in the period.',
    practice: 'Descriptions from practice',
    practiceIntro: 'Anonymised descriptions: texts from cases only after the steering body marked them free of personal data, and accepted reports.',
    noPractice: 'There are no cleared descriptions for the period.',
    fromCase: 'from a case',
    fromReport: 'reported by a network partner',
    legalReference: 'Legal basis',
    emptySection: 'Nothing was written for this section.',
    chartAlt: 'Bar chart: {title}. {values}',
    page: 'Page {page} of {pages}',
    total: 'Total',
    suppressed: '< 5',
    notPublished: '–',
    filters: 'Filters',
    rowHeader: 'Group',
  },
} as const;
export type PraxisWord = keyof (typeof words)['de'];

export function word(language: PraxisLanguage, key: PraxisWord, values: Record<string, string | number> = {}): string {
  return words[language][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The views of the dashboards as chapter titles. */
export const viewTitles: Readonly<Record<string, Bilingual>> = {
  overview: { de: 'Überblick', en: 'Overview' },
  'stage-durations': { de: 'Dauer der Etappen', en: 'Stage durations' },
  'referral-deadlines': { de: 'Fristen bei Weiterleitungen (48-Stunden-Regel)', en: 'Referral deadlines (48-hour rule)' },
  'procedure-deadlines': { de: 'Fristen im beschleunigten Fachkräfteverfahren (§ 81a AufenthG)', en: 'Deadlines of the fast-track procedure (§ 81a AufenthG)' },
  obstacles: { de: 'Hemmnisse', en: 'Obstacles' },
  shortage: { de: 'Engpassberufe', en: 'Shortage occupations' },
};

const locale = (language: PraxisLanguage) => (language === 'en' ? 'en-GB' : 'de-DE');

/** "7. Dezember 2026" / "7 December 2026" from a date or an instant (Europe/Berlin). */
export function longDate(value: string | Date, language: PraxisLanguage): string {
  const instant = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(instant);
}

/** "7. Dezember 2026, 14:05 Uhr" / "7 December 2026, 14:05". */
export function longDateTime(value: string | Date, language: PraxisLanguage): string {
  const instant = new Date(value);
  const time = new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' }).format(instant);
  return `${longDate(instant, language)}, ${time}${language === 'de' ? ' Uhr' : ''}`;
}

/** "März 2026" from "2026-03". */
export function monthName(month: string, language: PraxisLanguage): string {
  return new Intl.DateTimeFormat(locale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));
}

export function number(value: number, language: PraxisLanguage, digits = 1): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);
}

/** A share as stored (0…1) in percent. */
const percent = (value: number) => (value > 1 ? value : value * 100);

/** A figure as printed: "< 5" when suppressed, "–" when not published (too few values), with its unit. */
export function figure(value: StatsValue | undefined, unit: StatsColumn['unit'], language: PraxisLanguage): string {
  if (!value) return word(language, 'notPublished');
  if (value.suppressed) return word(language, 'suppressed');
  if (value.value === null) return word(language, 'notPublished');
  switch (unit) {
    case 'count':
      return number(value.value, language, 0);
    case 'share':
      return `${number(percent(value.value), language, 0)}\u00a0%`;
    case 'days':
      return `${number(value.value, language, 1)}\u00a0${language === 'de' ? (value.value === 1 ? 'Tag' : 'Tage') : value.value === 1 ? 'day' : 'days'}`;
    case 'hours':
      return `${number(value.value, language, 1)}\u00a0${language === 'de' ? 'Std.' : 'h'}`;
    case 'score':
      return number(value.value, language, 2);
  }
}

/** The length of a bar: shares in percent, everything else as it is. */
export const barValue = (value: number, unit: StatsColumn['unit']): number => (unit === 'share' ? percent(value) : value);
