/** The document catalogue for the checklists; titles refer to these ids. */
import type { LocalizedText } from './types';
import { text } from './text-helpers';

export const documentCatalogue = {
  passport: text('Gültiger Reisepass', 'Valid passport'),
  employment_contract: text('Arbeitsvertrag oder verbindliches Arbeitsplatzangebot', 'Employment contract or binding job offer'),
  degree_certificate: text('Hochschulabschlusszeugnis', 'University degree certificate'),
  degree_comparability: text(
    'Nachweis der Vergleichbarkeit: anabin-Ausdruck (H+ und "entspricht"/"gleichwertig") oder ZAB-Zeugnisbewertung',
    'Proof of comparability: anabin printout (H+ and "entspricht"/"gleichwertig") or ZAB statement',
  ),
  vocational_certificate: text('Berufsabschlusszeugnis', 'Vocational qualification certificate'),
  equivalence_decision: text('Bescheid über die Gleichwertigkeit (Anerkennungsbescheid)', 'Equivalence decision (recognition notice)'),
  deficit_notice: text('Bescheid über teilweise Gleichwertigkeit (Defizitbescheid)', 'Partial-equivalence decision (deficit notice)'),
  state_recognition_confirmation: text(
    'ZAB-Bestätigung der staatlichen Anerkennung ("Digitale Auskunft zur Berufsqualifikation")',
    'ZAB confirmation of state recognition ("Digitale Auskunft zur Berufsqualifikation")',
  ),
  professional_licence: text('Berufsausübungserlaubnis oder deren Zusage', 'Professional licence or its promise'),
  experience_proof: text('Nachweise der Berufserfahrung (Arbeitszeugnisse, Arbeitsverträge)', 'Proof of professional experience (references, contracts)'),
  pension_provision_proof: text('Nachweis angemessener Altersversorgung', 'Proof of adequate pension provision'),
  tariff_confirmation: text('Nachweis der Tarifbindung des Arbeitgebers', 'Proof that the employer is bound by a collective agreement'),
  recognition_partnership_agreement: text('Schriftliche Vereinbarung zur Anerkennungspartnerschaft', 'Written recognition-partnership agreement'),
  german_certificate: text('Deutsch-Sprachzertifikat', 'German language certificate'),
  language_certificate: text('Sprachzertifikat (Deutsch oder Englisch)', 'Language certificate (German or English)'),
  proof_of_funds: text('Finanzierungsnachweis (z. B. Sperrkonto oder Verpflichtungserklärung)', 'Proof of funds (e.g. blocked account or formal obligation)'),
  qualification_measure_confirmation: text('Bestätigung des Platzes in der Qualifizierungsmaßnahme', 'Confirmation of the place in the qualification measure'),
  health_insurance: text('Nachweis der Krankenversicherung', 'Proof of health insurance'),
  current_residence_title: text('Aktueller Aufenthaltstitel', 'Current residence title'),
  german_degree_certificate: text('Abschlusszeugnis der deutschen Hochschule', 'Degree certificate of the German university'),
  research_completion_confirmation: text('Bestätigung der Forschungseinrichtung über den Abschluss der Forschungstätigkeit', 'Confirmation by the research institution that the research is completed'),
  german_vocational_certificate: text('Abschlusszeugnis der Berufsausbildung in Deutschland', 'Certificate of the vocational training completed in Germany'),
} satisfies Record<string, LocalizedText>;

export type DocumentId = keyof typeof documentCatalogue;

/** True if the id names a catalogue document (used by rule validation). */
export function isDocumentId(id: string): id is DocumentId {
  return Object.hasOwn(documentCatalogue, id);
}
