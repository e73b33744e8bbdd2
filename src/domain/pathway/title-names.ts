/**
 * Names of residence titles for sentences ("Blaue Karte EU", not `18g_standard`). Covers the
 * titles the Wegweiser evaluates (same names as in titles-*.ts; a test keeps them equal) and the
 * titles a person or a sponsor may hold today (current title, sponsor title, rule-set lists).
 * Pure data without imports of the title definitions, so condition texts can use it without an
 * import cycle. Titles per law.md §§5–14 and §19 (family).
 */
import type { LocalizedText } from './types';

export const titleNames: Readonly<Record<string, LocalizedText>> = {
  '9': { de: 'Niederlassungserlaubnis', en: 'Settlement permit' },
  '9a': { de: 'Erlaubnis zum Daueraufenthalt – EU', en: 'EU long-term residence permit' },
  '16a': { de: 'Aufenthaltserlaubnis zur Berufsausbildung', en: 'Residence permit for vocational training' },
  '16b': { de: 'Aufenthaltserlaubnis zum Studium', en: 'Residence permit for study' },
  '16c': { de: 'Mobilität im Rahmen des Studiums', en: 'Mobility for study' },
  '16d': { de: 'Aufenthaltserlaubnis zur Anerkennung der Berufsqualifikation', en: 'Residence permit for the recognition of a qualification' },
  '16d1': { de: 'Qualifizierungsmaßnahme zur Anerkennung', en: 'Qualification measure for recognition' },
  '16d3': { de: 'Anerkennungspartnerschaft', en: 'Recognition partnership' },
  '18a': { de: 'Fachkraft mit Berufsausbildung', en: 'Skilled worker with vocational training' },
  '18b': { de: 'Fachkraft mit akademischer Ausbildung', en: 'Skilled worker with a degree' },
  '18c1': { de: 'Niederlassungserlaubnis für Fachkräfte', en: 'Settlement permit for skilled workers' },
  '18c2': { de: 'Niederlassungserlaubnis nach der Blauen Karte EU', en: 'Settlement permit after the EU Blue Card' },
  '18c3': { de: 'Niederlassungserlaubnis für hoch qualifizierte Fachkräfte', en: 'Settlement permit for highly qualified workers' },
  '18d': { de: 'Aufenthaltserlaubnis zur Forschung', en: 'Residence permit for research' },
  '18f': { de: 'Aufenthaltserlaubnis für mobile Forscher', en: 'Residence permit for mobile researchers' },
  '18g': { de: 'Blaue Karte EU', en: 'EU Blue Card' },
  '18g_standard': { de: 'Blaue Karte EU', en: 'EU Blue Card' },
  '18g_reduced_shortage': { de: 'Blaue Karte EU (Engpassberuf, abgesenkte Gehaltsschwelle)', en: 'EU Blue Card (shortage occupation, reduced salary threshold)' },
  '18g_reduced_new_entrant': { de: 'Blaue Karte EU (Berufsanfänger, abgesenkte Gehaltsschwelle)', en: 'EU Blue Card (new entrant, reduced salary threshold)' },
  '18g_it_no_degree': { de: 'Blaue Karte EU (IT-Fachkraft ohne Hochschulabschluss)', en: 'EU Blue Card (IT specialist without a degree)' },
  '19c': { de: 'Aufenthaltserlaubnis zur Beschäftigung', en: 'Residence permit for employment' },
  '19c1_privileged': { de: 'Aufenthaltserlaubnis zur Beschäftigung (Führungskräfte, Wissenschaft, Lehre)', en: 'Residence permit for employment (executives, science, teaching)' },
  '19c1_westbalkan': { de: 'Westbalkanregelung', en: 'Western Balkans regulation' },
  '19c2_beschv6': { de: 'Beschäftigung bei ausgeprägter Berufserfahrung', en: 'Employment based on professional experience' },
  '19c4': { de: 'Aufenthaltserlaubnis für Beamte', en: 'Residence permit for civil servants' },
  '20': { de: 'Aufenthaltserlaubnis zur Arbeitsplatzsuche', en: 'Residence permit for job search' },
  '20_post_study': { de: 'Arbeitsplatzsuche nach dem Studium in Deutschland', en: 'Job search after studying in Germany' },
  '20a': { de: 'Chancenkarte', en: 'Opportunity card' },
  '20a_fachkraft': { de: 'Chancenkarte für Fachkräfte', en: 'Opportunity card for skilled workers' },
  '20a_points': { de: 'Chancenkarte (Punktesystem)', en: 'Opportunity card (points system)' },
  '21': { de: 'Aufenthaltserlaubnis zur selbständigen Tätigkeit', en: 'Residence permit for self-employment' },
  ict_card: { de: 'ICT-Karte', en: 'ICT card' },
  mobile_ict_card: { de: 'Mobiler-ICT-Karte', en: 'Mobile ICT card' },
};

/**
 * A title for a sentence: its name; for an id the table does not know, the paragraph it starts
 * with ("Aufenthaltstitel nach §18 AufenthG"), else a neutral phrase. Never the id itself.
 */
export function titleNameText(id: string | null | undefined): LocalizedText {
  if (id != null && Object.hasOwn(titleNames, id)) return titleNames[id] as LocalizedText;
  const paragraph = id == null ? undefined : /^(\d{1,3}[a-z]?)(?![a-z])/.exec(id)?.[1];
  if (paragraph !== undefined) return { de: `Aufenthaltstitel nach §${paragraph} AufenthG`, en: `Residence title under §${paragraph} AufenthG` };
  return { de: 'der angegebene Aufenthaltstitel', en: 'The stated residence title' };
}
