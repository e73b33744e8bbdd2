/**
 * The statutes that make a day a public holiday. Public holidays are Land law in Germany (each
 * Land has its own Feiertagsgesetz); only the Tag der Deutschen Einheit is set by federal law.
 * Section numbers are those of the current consolidated texts; see NOTES.md in this folder.
 */
import type { Land } from '../identity/organisation-kinds';

/** A Land's holiday statute: its title, the citation abbreviation and the section listing the holidays. */
export type HolidayLaw = { land: Land; title: string; abbreviation: string; holidaySection: string };

/** The Feiertagsgesetz of every Land, keyed by the ISO 3166-2:DE suffix. */
export const holidayLaws: Readonly<Record<Land, HolidayLaw>> = {
  BW: { land: 'BW', title: 'Gesetz über die Sonntage und Feiertage (Feiertagsgesetz – FTG) Baden-Württemberg', abbreviation: 'FTG BW', holidaySection: '§ 1' },
  BY: { land: 'BY', title: 'Gesetz über den Schutz der Sonn- und Feiertage (Feiertagsgesetz – FTG) Bayern', abbreviation: 'FTG BY', holidaySection: 'Art. 1 Abs. 1' },
  BE: { land: 'BE', title: 'Gesetz über die Sonn- und Feiertage (Berlin)', abbreviation: 'FeiertG BE', holidaySection: '§ 1' },
  BB: { land: 'BB', title: 'Gesetz über die Sonn- und Feiertage (Feiertagsgesetz – FTG) Brandenburg', abbreviation: 'FTG BB', holidaySection: '§ 2 Abs. 1' },
  HB: { land: 'HB', title: 'Gesetz über die Sonn- und Feiertage (Bremen)', abbreviation: 'FeiertG BR', holidaySection: '§ 2 Abs. 1' },
  HH: { land: 'HH', title: 'Gesetz über Sonntage, Feiertage, Gedenktage und Trauertage (Feiertagsgesetz) Hamburg', abbreviation: 'FeiertG HA', holidaySection: '§ 1' },
  HE: { land: 'HE', title: 'Hessisches Feiertagsgesetz (HFeiertagsG)', abbreviation: 'HFeiertagsG', holidaySection: '§ 1 Abs. 1' },
  MV: { land: 'MV', title: 'Gesetz über Sonn- und Feiertage (Feiertagsgesetz Mecklenburg-Vorpommern – FTG M-V)', abbreviation: 'FTG M-V', holidaySection: '§ 2 Abs. 1' },
  NI: { land: 'NI', title: 'Niedersächsisches Gesetz über die Feiertage (NFeiertagsG)', abbreviation: 'NFeiertagsG', holidaySection: '§ 2 Abs. 1' },
  NW: { land: 'NW', title: 'Gesetz über die Sonn- und Feiertage (Feiertagsgesetz NW – FTG NW)', abbreviation: 'FTG NW', holidaySection: '§ 2 Abs. 1' },
  RP: { land: 'RP', title: 'Landesgesetz über den Schutz der Sonn- und Feiertage (Feiertagsgesetz – LFtG) Rheinland-Pfalz', abbreviation: 'LFtG', holidaySection: '§ 2 Abs. 1' },
  SL: { land: 'SL', title: 'Gesetz Nr. 1040 über die Sonn- und Feiertage (Feiertagsgesetz – SFG) Saarland', abbreviation: 'SFG', holidaySection: '§ 2 Abs. 1' },
  SN: { land: 'SN', title: 'Gesetz über Sonn- und Feiertage im Freistaat Sachsen (SächsSFG)', abbreviation: 'SächsSFG', holidaySection: '§ 1' },
  ST: { land: 'ST', title: 'Gesetz über die Sonn- und Feiertage (FeiertG LSA) Sachsen-Anhalt', abbreviation: 'FeiertG LSA', holidaySection: '§ 2 Abs. 1' },
  SH: { land: 'SH', title: 'Gesetz über Sonn- und Feiertage (Sonn- und Feiertagsgesetz – SFTG) Schleswig-Holstein', abbreviation: 'SFTG', holidaySection: '§ 2 Abs. 1' },
  TH: { land: 'TH', title: 'Thüringer Feier- und Gedenktagsgesetz (ThürFGtG)', abbreviation: 'ThürFGtG', holidaySection: '§ 2 Abs. 1' },
};

/** The federal source of 3 October, which every Land's list repeats. */
export const unityDayLaw = {
  title: 'Vertrag zwischen der Bundesrepublik Deutschland und der Deutschen Demokratischen Republik über die Herstellung der Einheit Deutschlands (Einigungsvertrag)',
  legalRef: 'Art. 2 Abs. 2 Einigungsvertrag',
} as const;

/** The citation of the holiday list of a Land's Feiertagsgesetz, e.g. "§ 1 FTG BW". */
export function holidayListRef(land: Land): string {
  const law = holidayLaws[land];
  return `${law.holidaySection} ${law.abbreviation}`;
}
