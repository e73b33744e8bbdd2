/**
 * Occupations an employer can pick by name when starting a §81a request. No catalogue of
 * occupation names exists in the repository (the pathway domain has KldB 2010 → ISCO-08 codes
 * only, kldb-isco-table.ts), so this is a short list of occupations common in skilled
 * immigration. Each KldB 2010 code (Fassung 2020, 5-digit Berufsgattung) is checked against the
 * Bundesagentur für Arbeit's Umsteigeschlüssel in kldb-isco-table.ts, which also gives the ISCO-08
 * code (the BA-recommended first match) stored with the case's job (test: occupations.test.ts).
 */
export type Occupation = { id: string; kldb: string; isco: string; name: { de: string; en: string } };

export const occupations: readonly Occupation[] = [
  { id: 'computer_scientist', kldb: '43104', isco: '2511', name: { de: 'Informatikerin / Informatiker', en: 'Computer scientist' } },
  { id: 'software_developer', kldb: '43414', isco: '2512', name: { de: 'Softwareentwicklerin / Softwareentwickler', en: 'Software developer' } },
  { id: 'nurse', kldb: '81302', isco: '3221', name: { de: 'Pflegefachfrau / Pflegefachmann', en: 'Nurse' } },
  { id: 'geriatric_nurse', kldb: '82102', isco: '3221', name: { de: 'Altenpflegerin / Altenpfleger', en: 'Geriatric nurse' } },
  { id: 'physician', kldb: '81404', isco: '2211', name: { de: 'Ärztin / Arzt', en: 'Physician' } },
  { id: 'dental_assistant', kldb: '81112', isco: '3251', name: { de: 'Zahnmedizinische Fachangestellte / Zahnmedizinischer Fachangestellter', en: 'Dental assistant' } },
  { id: 'mechatronics_technician', kldb: '26112', isco: '7412', name: { de: 'Mechatronikerin / Mechatroniker', en: 'Mechatronics technician' } },
  { id: 'electrician', kldb: '26212', isco: '7411', name: { de: 'Elektronikerin / Elektroniker (Bauelektrik)', en: 'Electrician (building)' } },
  { id: 'vehicle_mechatronics', kldb: '25212', isco: '7231', name: { de: 'Kfz-Mechatronikerin / Kfz-Mechatroniker', en: 'Motor vehicle mechatronics technician' } },
  { id: 'plumber', kldb: '34212', isco: '7126', name: { de: 'Anlagenmechanikerin / Anlagenmechaniker Sanitär, Heizung, Klima', en: 'Plumbing, heating and air-conditioning technician' } },
  { id: 'metal_worker', kldb: '24412', isco: '7214', name: { de: 'Metallbauerin / Metallbauer', en: 'Metal worker (structural)' } },
  { id: 'cook', kldb: '29302', isco: '5120', name: { de: 'Köchin / Koch', en: 'Cook' } },
  { id: 'truck_driver', kldb: '52122', isco: '8332', name: { de: 'Berufskraftfahrerin / Berufskraftfahrer (Lkw)', en: 'Truck driver' } },
  { id: 'mechanical_engineer', kldb: '25104', isco: '2144', name: { de: 'Maschinenbauingenieurin / Maschinenbauingenieur', en: 'Mechanical engineer' } },
  { id: 'electrical_engineer', kldb: '26304', isco: '2151', name: { de: 'Elektroingenieurin / Elektroingenieur', en: 'Electrical engineer' } },
  { id: 'civil_engineer', kldb: '31104', isco: '2142', name: { de: 'Bauingenieurin / Bauingenieur', en: 'Civil engineer' } },
];

export const occupationIds = occupations.map((occupation) => occupation.id) as [string, ...string[]];

export const findOccupation = (id: string): Occupation | undefined => occupations.find((occupation) => occupation.id === id);

/** Occupations whose name (in either language) contains every typed word, case- and accent-insensitive. */
export function searchOccupations(query: string, language: 'de' | 'en'): Occupation[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  const collator = new Intl.Collator(language);
  return occupations
    .filter((occupation) => {
      const haystack = fold(`${occupation.name.de} ${occupation.name.en}`);
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => collator.compare(a.name[language], b.name[language]));
}
