import type { ObstacleCategory } from '../../domain/journey/index';
import type { Random } from './random';

/**
 * Descriptions of synthetic obstacles, written for the demo. Most read like a practice note without
 * personal data, the kind a steering user marks as free of personal data for the Praxis-Check. A
 * few name (fictitious) people, dates of their lives or their health, so the clearance has
 * something to refuse. No real person is meant; every name and detail is made up.
 */

/** Category `other` needs a description; these have no personal data. */
const otherClean = [
  'Die Krankenversicherung verlangt vor Arbeitsbeginn einen Nachweis, den die Auslandsvertretung erst mit dem Visum ausstellt.',
  'Das Sprachzertifikat ist älter als zwei Jahre; der Arbeitgeber verlangt ein neues, Prüfungstermine gibt es erst in drei Monaten.',
  'Das Bankkonto kann ohne Meldebescheinigung nicht eröffnet werden, die Anmeldung ohne Mietvertrag nicht.',
  'Die Übersetzung der Zeugnisse wird nicht anerkannt, weil der Übersetzer nicht in Deutschland ermächtigt ist.',
  'Der Arbeitgeber kennt das beschleunigte Fachkräfteverfahren nicht und hat die Vollmacht noch nicht unterschrieben.',
  'Die Terminvergabe der Ausländerbehörde ist online nur für einen Tag im Voraus möglich; alle Termine sind binnen Minuten vergeben.',
  'Die Führerscheinumschreibung dauert länger als die Probezeit; ohne Führerschein ist der Arbeitsplatz nicht erreichbar.',
  'Die Anpassungsqualifizierung beginnt erst im nächsten Halbjahr, der Aufenthalt nach §16d läuft vorher ab.',
  'Der Integrationskurs am Wohnort findet nur vormittags statt, während der Arbeitszeit im Schichtdienst.',
  'Für das Visum wird eine Vorabzustimmung verlangt, obwohl sie schon vorliegt; die Auslandsvertretung sieht sie nicht im System.',
  'Die Apostille für die Geburtsurkunde dauert im Herkunftsland mehrere Monate.',
  'Die Fahrtkosten zur Kenntnisprüfung in einem anderen Bundesland kann niemand übernehmen.',
] as const;

/** Category `other` with (fictitious) personal details: what the clearance must refuse. */
const otherPersonal = [
  'Frau K. wartet seit März auf den Termin beim Gesundheitsamt; ihr Sohn Emil (4) hat deshalb noch keinen Kita-Platz.',
  'Herr D., geboren 1991, ist nach einer Operation im Krankenhaus und kann den Visumtermin am 14. nicht wahrnehmen.',
  'Frau Selin A. ist schwanger und möchte erst nach der Geburt einreisen; der Arbeitgeber hält die Stelle nur bis Juni.',
  'Herr M. (E-Mail h.m1988@mail.example) erreicht die Behörde nicht; er wohnt vorübergehend bei seinem Bruder in der Neckarstadt.',
  'Frau T. hat ihre Unterlagen verloren, nachdem ihr Ehemann die gemeinsame Wohnung verlassen hat.',
  'Herr R. Okafor braucht wegen einer Sehbehinderung die Unterlagen in großer Schrift; niemand im Amt kann sie erstellen.',
] as const;

/** Short notes some case workers add to a categorised obstacle (no personal data). */
const notesByCategory: Partial<Record<ObstacleCategory, readonly string[]>> = {
  no_visa_appointment: ['Nächster freier Termin bei der Auslandsvertretung erst in vier Monaten.', 'Terminportal der Auslandsvertretung seit Wochen ohne freie Termine.'],
  ba_delay: ['Zustimmung der Bundesagentur liegt nach drei Wochen noch nicht vor; Rückfrage zum Gehalt offen.'],
  recognition_delay: ['Anerkennungsstelle fordert weitere Nachweise zur Berufserfahrung an.', 'Gutachten zum Studienabschluss steht seit zwei Monaten aus.'],
  missing_document: ['Arbeitszeugnisse des früheren Arbeitgebers fehlen noch.', 'Nachweis über den Ausbildungsinhalt (Fächer und Stunden) fehlt.'],
  housing: ['Wohnungssuche seit zwei Monaten ohne Erfolg; Arbeitgeber prüft eine Übergangswohnung.'],
  no_language_course: ['Berufssprachkurs B2 ausgebucht, Warteliste bis zum Herbst.'],
  childcare: ['Kein Betreuungsplatz in der Nähe des Arbeitsortes frei.'],
  employer_withdrew: ['Arbeitgeber hat die Stelle nach der langen Wartezeit anderweitig besetzt.'],
};

const OTHER_PERSONAL_SHARE = 0.3;
const NOTE_SHARE = 0.2;

/** The description of a new obstacle: always for `other`, for some of the other categories. */
export function obstacleText(random: Random, category: ObstacleCategory): string | null {
  if (category === 'other') return random.pick(random.chance(OTHER_PERSONAL_SHARE) ? otherPersonal : otherClean);
  const notes = notesByCategory[category];
  return notes && random.chance(NOTE_SHARE) ? random.pick(notes) : null;
}
