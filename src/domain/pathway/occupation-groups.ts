/**
 * Names of the ISCO-08 occupation groups the rules name (§18g Abs. 1 Satz 2 Nr. 1 and Abs. 2
 * AufenthG), for sentences: words first, the code in brackets. English names as in law.md §8.1
 * ("ISCO group names, for the UI"); German names translated from them.
 */
import type { LocalizedText } from './types';

export const occupationGroupNames: Readonly<Record<string, LocalizedText>> = {
  '132': { de: 'Führungskräfte in Produktion, Bergbau, Bau und Logistik', en: 'manufacturing, mining, construction and distribution managers' },
  '133': { de: 'Führungskräfte in der Informations- und Kommunikationstechnologie', en: 'ICT service managers' },
  '134': { de: 'Führungskräfte für professionelle Dienstleistungen', en: 'professional services managers' },
  '21': { de: 'Naturwissenschaften und Ingenieurwesen', en: 'science and engineering professionals' },
  '221': { de: 'Ärztinnen und Ärzte', en: 'medical doctors' },
  '222': { de: 'akademische Pflege- und Hebammenberufe', en: 'nursing and midwifery professionals' },
  '225': { de: 'Tierärztinnen und Tierärzte', en: 'veterinarians' },
  '226': { de: 'andere akademische Gesundheitsberufe', en: 'other health professionals' },
  '23': { de: 'Lehrkräfte', en: 'teaching professionals' },
  '25': { de: 'Informations- und Kommunikationstechnologie', en: 'ICT professionals' },
};

/** "Informations- und Kommunikationstechnologie (ISCO 25)"; an unnamed group reads "ISCO-Gruppe 42". */
export function occupationGroupText(code: string): LocalizedText {
  const name = Object.hasOwn(occupationGroupNames, code) ? occupationGroupNames[code] : undefined;
  if (name === undefined) return { de: `ISCO-Gruppe ${code}`, en: `ISCO group ${code}` };
  return { de: `${name.de} (ISCO ${code})`, en: `${name.en} (ISCO ${code})` };
}
