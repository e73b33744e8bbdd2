/**
 * What an employer needs to know after starting a §81a request: the agreement to conclude with the
 * Ausländerbehörde (§81a Abs. 2 AufenthG), the documents to provide and the fee. Every item names
 * its source; nothing here goes beyond law.md §14 (../shared/domain/law.md), the statute text in
 * ../shared/domain/statutes and the official pages cited.
 */
import { acceleratedProcedureFee } from '../journey/index';

type Bilingual = { de: string; en: string };
export type SourcedItem = { id: string; text: Bilingual; legalRef: string; source?: string };

/** The eight contents §81a Abs. 2 AufenthG lists ("umfasst insbesondere"); law.md §14 "Agreement employer ↔ ABH". */
export const agreementContents: readonly SourcedItem[] = [
  { id: 'contacts', text: { de: 'Kontaktdaten der Fachkraft, des Arbeitgebers und der Behörde', en: 'Contact details of the skilled worker, the employer and the authority' }, legalRef: '§81a Abs. 2 Nr. 1 AufenthG' },
  { id: 'power_of_attorney_worker', text: { de: 'Vollmacht der Fachkraft für den Arbeitgeber', en: "The skilled worker's power of attorney for the employer" }, legalRef: '§81a Abs. 2 Nr. 2 AufenthG' },
  { id: 'power_of_attorney_abh', text: { de: 'Vollmacht des Arbeitgebers für die Ausländerbehörde, das Verfahren zur Feststellung der Gleichwertigkeit der Berufsqualifikation einzuleiten und zu betreiben', en: "The employer's power of attorney for the Ausländerbehörde to start and pursue the procedure recognising the foreign qualification as equivalent" }, legalRef: '§81a Abs. 2 Nr. 3 AufenthG' },
  { id: 'cooperation_worker', text: { de: 'Pflicht des Arbeitgebers, darauf hinzuwirken, dass die Fachkraft ihre Mitwirkungspflicht (§82 Abs. 1 Satz 1 AufenthG) erfüllt', en: "The employer's duty to see that the skilled worker meets their duty to cooperate (§82 Abs. 1 Satz 1 AufenthG)" }, legalRef: '§81a Abs. 2 Nr. 4 AufenthG' },
  { id: 'documents', text: { de: 'Die vorzulegenden Nachweise', en: 'The documents to be provided' }, legalRef: '§81a Abs. 2 Nr. 5 AufenthG' },
  { id: 'process', text: { de: 'Beschreibung der Abläufe mit den Beteiligten und Erledigungsfristen', en: 'A description of the process with the parties involved and the deadlines' }, legalRef: '§81a Abs. 2 Nr. 6 AufenthG' },
  { id: 'cooperation_employer', text: { de: 'Mitwirkungspflicht des Arbeitgebers nach §4a Abs. 5 Satz 3 Nr. 3 AufenthG', en: "The employer's duty to cooperate under §4a Abs. 5 Satz 3 Nr. 3 AufenthG" }, legalRef: '§81a Abs. 2 Nr. 7 AufenthG' },
  { id: 'breaches', text: { de: 'Folgen, wenn die Vereinbarung nicht eingehalten wird', en: 'The consequences if the agreement is not kept' }, legalRef: '§81a Abs. 2 Nr. 8 AufenthG' },
];

/**
 * Documents the employer provides. The agreement lists the documents of the individual case
 * (§81a Abs. 2 Nr. 5); the Ausländerbehörde advises on them (§81a Abs. 3 Satz 1 Nr. 1). Only
 * documents named by the law or an official source are listed here.
 */
export const requestDocuments: readonly SourcedItem[] = [
  {
    id: 'power_of_attorney',
    text: { de: 'Vollmacht der Fachkraft für den Arbeitgeber (das Verfahren wird in ihrer Vollmacht beantragt)', en: "The skilled worker's power of attorney for the employer (the procedure is requested on their behalf)" },
    legalRef: '§81a Abs. 1 Satz 1, Abs. 2 Nr. 2 AufenthG',
  },
  {
    id: 'qualification_evidence',
    text: { de: 'Nachweise der ausländischen Berufsqualifikation für das Anerkennungsverfahren, das die Ausländerbehörde einleitet', en: 'Evidence of the foreign qualification for the recognition procedure the Ausländerbehörde starts' },
    legalRef: '§81a Abs. 3 Satz 1 Nr. 2 AufenthG',
    source: 'https://beschleunigtes-fachkraefteverfahren.niedersachsen.de/startseite/voraussetzungen/benotigte_unterlagen',
  },
  {
    id: 'employment_declaration',
    text: {
      de: '„Erklärung zum Beschäftigungsverhältnis“ (Formular der Bundesagentur für Arbeit), wenn die Bundesagentur zustimmen muss: Auskünfte zu Arbeitsentgelt, Arbeitszeiten und sonstigen Arbeitsbedingungen',
      en: '"Erklärung zum Beschäftigungsverhältnis" (declaration on the employment relationship, a Federal Employment Agency form) when the Agency must approve: pay, working hours and other conditions of work',
    },
    legalRef: '§39 Abs. 4 AufenthG',
    source: 'https://www.make-it-in-germany.com/de/unternehmen/einreise/bundesagentur-fuer-arbeit',
  },
];

/** The fee of the accelerated procedure (law.md §14 "Fees"), with what comes on top. */
export const requestFee = {
  cents: acceleratedProcedureFee.cents,
  legalRef: acceleratedProcedureFee.legalRef,
  onTop: { de: 'Dazu kommen die Visumgebühr (75 €, §46 AufenthV) und die Gebühren der Anerkennungsstelle.', en: 'The visa fee (75 €, §46 AufenthV) and the fees of the recognition body come on top.' },
} as const;

/** The kinds of foreign qualification asked for in the request. */
export const qualificationKinds = ['vocational', 'academic'] as const;
export type QualificationKind = (typeof qualificationKinds)[number];
