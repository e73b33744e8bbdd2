/**
 * The points table of the Chancenkarte: §20b Abs. 1 Satz 1 Nr. 1–12 AufenthG with the points of the
 * Anlage zum AufenthG (law.md §13.3). Changing points by ordinance (§20b Abs. 3) is a data change here.
 */
import type { ChancenkarteCriterion, ChancenkarteCriterionId } from './rule-model';

const ref = (number: number): string => `§20b Abs. 1 Satz 1 Nr. ${number} AufenthG i.V.m. Anlage`;

export const chancenkarteCriteria = {
  partial_recognition: {
    number: 1,
    points: 4,
    legalRef: ref(1),
    label: {
      de: 'Teilweise Anerkennung (Defizitbescheid) durch eine deutsche Anerkennungsstelle',
      en: 'Partial recognition (deficit notice) by a German recognition body',
    },
  },
  german_b2: { number: 2, points: 3, legalRef: ref(2), label: { de: 'Deutsch B2 (gute Kenntnisse)', en: 'German B2 (good)' } },
  german_b1: {
    number: 3,
    points: 2,
    legalRef: ref(3),
    label: { de: 'Deutsch B1 (ausreichende Kenntnisse), ohne Punkte nach Nr. 2', en: 'German B1 (sufficient), without points under no. 2' },
  },
  german_a2: {
    number: 4,
    points: 1,
    legalRef: ref(4),
    label: { de: 'Deutsch A2 (hinreichende Kenntnisse), ohne Punkte nach Nr. 2 oder 3', en: 'German A2, without points under no. 2 or 3' },
  },
  english_c1: { number: 5, points: 1, legalRef: ref(5), label: { de: 'Englisch C1', en: 'English C1' } },
  experience_5_of_7_years: {
    number: 6,
    points: 3,
    legalRef: ref(6),
    label: {
      de: 'Mindestens 5 Jahre Berufserfahrung in den letzten 7 Jahren nach der Qualifikation',
      en: 'At least 5 years of experience in the last 7 years after the qualification',
    },
  },
  experience_2_of_5_years: {
    number: 7,
    points: 2,
    legalRef: ref(7),
    label: {
      de: 'Mindestens 2 Jahre Berufserfahrung in den letzten 5 Jahren nach der Qualifikation, ohne Punkte nach Nr. 6',
      en: 'At least 2 years of experience in the last 5 years after the qualification, without points under no. 6',
    },
  },
  shortage_occupation_group: {
    number: 8,
    points: 1,
    legalRef: ref(8),
    label: {
      de: 'Qualifikation in einer Berufsgruppe nach §18g Abs. 1 Satz 2 Nr. 1 AufenthG',
      en: 'Qualification in an occupation group of §18g(1) sentence 2 no. 1 AufenthG',
    },
  },
  age_band_high: { number: 9, points: 2, legalRef: ref(9), label: { de: 'Nicht älter als 35 Jahre', en: 'Not older than 35' } },
  age_band_low: {
    number: 10,
    points: 1,
    legalRef: ref(10),
    label: { de: 'Älter als 35 und nicht älter als 40 Jahre', en: 'Older than 35 and not older than 40' },
  },
  lawful_stay_6_months: {
    number: 11,
    points: 1,
    legalRef: ref(11),
    label: {
      de: 'Mindestens 6 Monate rechtmäßiger Aufenthalt in Deutschland in den letzten 5 Jahren',
      en: 'At least 6 months of lawful stay in Germany in the last 5 years',
    },
  },
  spouse_applies_jointly: {
    number: 12,
    points: 1,
    legalRef: ref(12),
    label: {
      de: 'Ehegatte/Lebenspartner beantragt ebenfalls eine Chancenkarte und reist gemeinsam ein',
      en: 'Spouse/partner also applies for an opportunity card and enters together',
    },
  },
} satisfies Record<ChancenkarteCriterionId, ChancenkarteCriterion>;
