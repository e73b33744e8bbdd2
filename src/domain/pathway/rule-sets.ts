/**
 * Legal frameworks (rule sets): the statutory, non-yearly rules in force for a date range.
 * Figures that change every year live in yearly-parameters.ts.
 *
 * Coverage starts on 1 June 2024, when the Chancenkarte (§20a, §20b) replaced the old §20 job-seeker
 * visa and the Westbalkan quota rose to 50,000; law.md does not describe the rules before that date
 * completely enough to evaluate (see NOTES.md).
 */
import type { RuleSet } from './rule-model';
import { chancenkarteCriteria } from './chancenkarte-criteria';

const BLUE_CARD_TITLE_IDS = ['18g', '18g_standard', '18g_reduced_shortage', '18g_reduced_new_entrant', '18g_it_no_degree'];

export const skilledImmigrationFramework2024 = {
  id: 'fkeg-2024-06',
  validFrom: '2024-06-01',
  description: {
    de: 'Fachkräfteeinwanderungsgesetz in der ab 1. Juni 2024 geltenden Fassung (Chancenkarte, Erfahrungssäule, Anerkennungspartnerschaft)',
    en: 'Skilled Immigration Act as in force from 1 June 2024 (opportunity card, experience pillar, recognition partnership)',
  },
  source: 'law.md (prepared 2026-11-22) and statute copies in statutes/ (AufenthG/BeschV as of April 2026)',
  titleIds: [
    '18g_standard',
    '18g_reduced_shortage',
    '18g_reduced_new_entrant',
    '18g_it_no_degree',
    '18b',
    '18a',
    '19c2_beschv6',
    '16d3',
    '19c1_westbalkan',
    '20_post_study',
    '20_post_research',
    '20_post_training',
    '20_post_recognition',
    '20a_fachkraft',
    '20a_points',
    '20a_follow_up',
    '16d1',
  ],
  salaryPercentages: {
    blueCardStandard: { basisPoints: 5000, legalRef: '§18g Abs. 1 Satz 1 AufenthG' },
    blueCardReduced: { basisPoints: 4530, legalRef: '§18g Abs. 1 Satz 2, Abs. 2 Nr. 1 AufenthG' },
    firstTitleAge45: { basisPoints: 5500, legalRef: '§18 Abs. 2 Nr. 5 AufenthG' },
    experienceBased: { basisPoints: 4500, legalRef: '§6 Abs. 1 Satz 1 Nr. 2 BeschV' },
  },
  shortageIscoGroups: {
    codes: ['132', '133', '134', '21', '221', '222', '225', '226', '23', '25'],
    legalRef: '§18g Abs. 1 Satz 2 Nr. 1 AufenthG',
  },
  ictIscoGroups: { codes: ['133', '25'], legalRef: '§18g Abs. 2 AufenthG' },
  westbalkanCountries: { codes: ['ALB', 'BIH', 'XKX', 'MNE', 'MKD', 'SRB'], legalRef: '§26 Abs. 2 Satz 1 BeschV' },
  minimumTrainingYears: { value: 2, legalRef: '§2 Abs. 12a AufenthG' },
  age45: { value: 45, legalRef: '§18 Abs. 2 Nr. 5 AufenthG' },
  blueCardMinimumContractMonths: { value: 6, legalRef: '§18g Abs. 3 AufenthG' },
  newEntrantMaximumDegreeAgeYears: { value: 3, legalRef: '§18g Abs. 1 Satz 2 Nr. 2 AufenthG' },
  itSpecialistExperience: { years: 3, withinYears: 7, legalRef: '§18g Abs. 2 Nr. 3 Buchst. a AufenthG' },
  experienceBasedEmployment: { years: 2, withinYears: 5, legalRef: '§6 Abs. 1 Satz 1 Nr. 1 BeschV' },
  chancenkarte: {
    minimumPoints: { value: 6, legalRef: '§20b Abs. 2 AufenthG i.V.m. Anlage' },
    criteria: chancenkarteCriteria,
    // law.md §13.3: "nicht älter als 35 Jahre" read literally on completed years (≤ 35 → 2, ≤ 40 → 1).
    ageBandHighMaxAge: { value: 35, legalRef: '§20b Abs. 1 Satz 1 Nr. 9 AufenthG' },
    ageBandLowMaxAge: { value: 40, legalRef: '§20b Abs. 1 Satz 1 Nr. 10 AufenthG' },
    experienceLong: { years: 5, withinYears: 7, legalRef: '§20b Abs. 1 Satz 1 Nr. 6 AufenthG' },
    experienceShort: { years: 2, withinYears: 5, legalRef: '§20b Abs. 1 Satz 1 Nr. 7 AufenthG' },
    lawfulStayMonths: { value: 6, legalRef: '§20b Abs. 1 Satz 1 Nr. 11 AufenthG' },
    inlandTitleParagraphs: { codes: ['16', '17', '18', '19', '20', '21'], legalRef: '§20a Abs. 4 Satz 2 AufenthG' },
    searchCardTitleIds: { codes: ['20a', '20a_fachkraft', '20a_points'], legalRef: '§20a Abs. 5 Satz 1, 7 AufenthG' },
    followUpTitleIds: { codes: ['20a_follow_up'], legalRef: '§20a Abs. 5 Satz 2, 6 AufenthG' },
    sectionFourTitleParagraphs: { codes: ['18', '19', '20', '21'], legalRef: '§20a Abs. 5 Satz 3 AufenthG' },
  },
  postStudyPreviousTitleIds: { codes: ['16b', '16c'], legalRef: '§20 Abs. 1 Nr. 1 AufenthG' },
  postResearchPreviousTitleIds: { codes: ['18d', '18f'], legalRef: '§20 Abs. 1 Nr. 2 AufenthG' },
  postTrainingPreviousTitleIds: { codes: ['16a'], legalRef: '§20 Abs. 1 Nr. 3 AufenthG' },
  // Engine ids of §16d stays: 16d1 (qualification measure), 16d3 (recognition partnership), others by paragraph.
  postRecognitionPreviousTitleIds: { codes: ['16d', '16d1', '16d3', '16d4', '16d5', '16d6'], legalRef: '§20 Abs. 1 Nr. 4 AufenthG' },
  family: {
    minimumSpouseAge: { value: 18, legalRef: '§30 Abs. 1 Satz 1 Nr. 1 AufenthG' },
    minorUntilAge: { value: 18, legalRef: '§32 Abs. 1 AufenthG' },
    childLanguageFromAge: { value: 16, legalRef: '§32 Abs. 2 Satz 1 AufenthG' },
    parentsFirstIssuedFrom: { date: '2024-03-01', legalRef: '§36 Abs. 3 Satz 1 AufenthG' },
    privilegedSponsorTitleIds: {
      codes: [
        ...BLUE_CARD_TITLE_IDS,
        'ict_card',
        'mobile_ict_card',
        '18a',
        '18b',
        '18c3',
        '18d',
        '18f',
        '19c1_privileged',
        '19c2_beschv6',
        '19c4',
        '21',
      ],
      legalRef: '§29 Abs. 5, §30 Abs. 1 Satz 3 Nr. 5, §32 Abs. 2 Satz 2 Nr. 2, §36 Abs. 3 AufenthG',
    },
    blueCardTitleIds: { codes: BLUE_CARD_TITLE_IDS, legalRef: '§30 Abs. 1 Satz 1 Nr. 3 Buchst. g AufenthG' },
    researcherTitleIds: { codes: ['18d', '18f'], legalRef: '§30 Abs. 1 Satz 1 Nr. 3 Buchst. c AufenthG' },
    settlementTitleIds: { codes: ['9', '9a', '18c1', '18c2', '18c3'], legalRef: '§30 Abs. 1 Satz 1 Nr. 3 Buchst. a, b AufenthG' },
    chancenkarteTitleIds: { codes: ['20a', '20a_fachkraft', '20a_points'], legalRef: '§20a Abs. 5 Satz 1 AufenthG' },
    // §18c Abs. 1 follows a §18a, §18b, §18d or §18g title and §18c Abs. 2 a Blue Card: all listed in Nr. 7 / Nr. 3.
    settledSkilledWorkerTitleIds: { codes: ['18c1', '18c2'], legalRef: '§30 Abs. 1 Satz 3 Nr. 7, §32 Abs. 2 Satz 2 Nr. 3 AufenthG' },
    noSettlementTitleIds: {
      codes: ['16a', '16d3', '20a', '20a_fachkraft', '20a_points'],
      legalRef: '§16a Abs. 1 Satz 3, §16d Abs. 3 Satz 7, §20a Abs. 6 AufenthG',
    },
    sponsorHeldYears: { value: 2, legalRef: '§30 Abs. 1 Satz 1 Nr. 3 Buchst. d AufenthG' },
  },
} satisfies RuleSet;

/** All rule sets, oldest first. A new framework gets a new entry with its own `validFrom`. */
export const ruleSets: readonly RuleSet[] = [skilledImmigrationFramework2024];
