import type { ObstacleCategory } from '../journey/obstacles';
import type { JourneyStage } from '../journey/stages';

/**
 * Names of obstacle categories and journey stages for texts the server writes (the anonymised
 * practice descriptions, the Praxis-Check): the same words as the case page of the web app.
 */
export const obstacleCategoryNames: Readonly<Record<ObstacleCategory, { de: string; en: string }>> = {
  no_visa_appointment: { de: 'Kein Termin bei der Auslandsvertretung', en: 'No appointment at the mission abroad' },
  missing_document: { de: 'Unterlagen fehlen', en: 'Documents missing' },
  recognition_delay: { de: 'Anerkennung dauert', en: 'Recognition is taking long' },
  ba_delay: { de: 'Zustimmung der Bundesagentur dauert', en: 'Federal Employment Agency approval is taking long' },
  no_language_course: { de: 'Kein Platz im Sprachkurs', en: 'No place in a language course' },
  housing: { de: 'Keine Wohnung', en: 'No housing' },
  childcare: { de: 'Keine Kinderbetreuung', en: 'No childcare' },
  employer_withdrew: { de: 'Arbeitgeber ist abgesprungen', en: 'Employer withdrew' },
  other: { de: 'Sonstiges', en: 'Other' },
};

export const journeyStageNames: Readonly<Record<JourneyStage, { de: string; en: string }>> = {
  information: { de: 'Information', en: 'Information' },
  recognition: { de: 'Anerkennung', en: 'Recognition' },
  job_matching: { de: 'Arbeitsplatzsuche', en: 'Job search' },
  visa_procedure: { de: 'Visumverfahren', en: 'Visa procedure' },
  entry: { de: 'Einreise', en: 'Entry' },
  residence_permit: { de: 'Aufenthaltserlaubnis', en: 'Residence permit' },
  integration: { de: 'Ankommen', en: 'Settling in' },
  closed: { de: 'Abgeschlossen', en: 'Closed' },
};

const monthNames = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** "2026-12" → { de: "Dezember 2026", en: "December 2026" }. */
export function monthName(month: string): { de: string; en: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = Math.min(Math.max(number - 1, 0), 11);
  return { de: `${monthNames.de[index]} ${year}`, en: `${monthNames.en[index]} ${year}` };
}
