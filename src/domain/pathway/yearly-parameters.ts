/**
 * Figures per calendar year (law.md §0.4). To add 2027, append one entry: the salary thresholds
 * are derived from the pension-insurance ceiling by the statutory percentages (rule-sets.ts),
 * and the covered date range grows by that year automatically.
 */
import type { YearlyParameters } from './rule-model';

const BBG_REF = 'SGB VI Anlage 2 (Beitragsbemessungsgrenze allgemeine Rentenversicherung)';
const CHANCENKARTE_FUNDS_REF = '§20a Abs. 4 Satz 1 AufenthG (Verwaltungspraxis: Betrag nach §2 Abs. 3 Satz 6 AufenthG)';
const MEASURE_FUNDS_REF = '§2 Abs. 3 Satz 6 AufenthG (BAföG-Bedarf + 10 %)';
const STUDY_FUNDS_REF = '§2 Abs. 3 Satz 5 AufenthG (BAföG §§13, 13a); Richtwert für §20 Abs. 2 Satz 1 AufenthG';
const WESTBALKAN_QUOTA_REF = '§26 Abs. 2 Satz 3 BeschV';

export const yearlyParameters = [
  {
    year: 2024,
    pensionCeiling: {
      cents: 9_060_000,
      legalRef: BBG_REF,
      source: 'SGB VI Anlage 2: 2024 West 90,600 € (East 89,400 € per Anlage 2a); the BMI uses the West value (law.md §0.4)',
    },
    chancenkarteFundsPerMonth: {
      cents: 102_700,
      legalRef: CHANCENKARTE_FUNDS_REF,
      source: '1,027 €/month = 12,324 €/year, confirmed rtpartner.de FAQ (law.md §0.4)',
    },
    qualificationMeasureFundsPerMonth: {
      cents: 102_700,
      legalRef: MEASURE_FUNDS_REF,
      source: '≈1,027 €/month for 2024 (law.md §0.4; see NOTES.md on September–December 2024)',
    },
    studyFundsPerMonth: {
      cents: 93_400,
      legalRef: STUDY_FUNDS_REF,
      source: '934 €/month until August 2024, 992 €/month from 1 September 2024 (law.md §0.4, §12); the engine uses 934 € for all of 2024 (see NOTES.md)',
    },
    westbalkanAnnualQuota: {
      value: 50_000,
      legalRef: WESTBALKAN_QUOTA_REF,
      source: '50,000 from 1 June 2024 (25,000 before), confirmed wallstreet-online.de, tageskarte.io (law.md §17)',
    },
    // 2024 figures for §18 Abs. 2 Nr. 5 and §6 BeschV are formula-only in law.md, so not listed here.
    publishedThresholdsCents: { blueCardStandard: 4_530_000, blueCardReduced: 4_104_180 },
  },
  {
    year: 2025,
    pensionCeiling: { cents: 9_660_000, legalRef: BBG_REF, source: 'SGB VI Anlage 2: 2025 96,600 € (one national value from 2025)' },
    chancenkarteFundsPerMonth: {
      cents: 109_100,
      legalRef: CHANCENKARTE_FUNDS_REF,
      source: '1,091 €/month = 13,092 €/year, confirmed kafis.org (law.md §0.4)',
    },
    qualificationMeasureFundsPerMonth: {
      cents: 109_100,
      legalRef: MEASURE_FUNDS_REF,
      source: '1,091 €/month, confirmed kafis.org "seit 1.1.2025 13.092 €/Jahr" (law.md §0.4)',
    },
    studyFundsPerMonth: {
      cents: 99_200,
      legalRef: STUDY_FUNDS_REF,
      source: '992 €/month = 11,904 €/year, confirmed visaverge, germanonlinetests.com, visaflow.app (law.md §0.4, §12)',
    },
    westbalkanAnnualQuota: {
      value: 50_000,
      legalRef: WESTBALKAN_QUOTA_REF,
      source: 'BeschV text last amended 22.12.2025; 2025 quota exhausted end of November (law.md §17)',
    },
    publishedThresholdsCents: {
      blueCardStandard: 4_830_000,
      blueCardReduced: 4_375_980,
      firstTitleAge45: 5_313_000,
      experienceBased: 4_347_000,
    },
  },
  {
    year: 2026,
    pensionCeiling: {
      cents: 10_140_000,
      legalRef: BBG_REF,
      source: 'SGB VI Anlage 2: 2026 101,400 €; cabinet decision 8 Oct 2025 (vialtopartners.com) (law.md §0.4)',
    },
    chancenkarteFundsPerMonth: {
      cents: 109_100,
      legalRef: CHANCENKARTE_FUNDS_REF,
      source: '1,091 €/month = 13,092 €/year, secondary sources germanonlinetests.com, visaflow.app (law.md §0.4)',
    },
    qualificationMeasureFundsPerMonth: {
      cents: 109_100,
      legalRef: MEASURE_FUNDS_REF,
      source: '1,091 €/month, secondary sources germanonlinetests.com, visaflow.app (law.md §0.4)',
    },
    studyFundsPerMonth: {
      cents: 99_200,
      legalRef: STUDY_FUNDS_REF,
      source: '992 €/month = 11,904 €/year, confirmed visaverge, germanonlinetests.com, visaflow.app (law.md §0.4, §12)',
    },
    westbalkanAnnualQuota: {
      value: 50_000,
      legalRef: WESTBALKAN_QUOTA_REF,
      source: 'April-2026 statute snapshot still says 50,000; a cut to 25,000 is planned but unverified (law.md §17)',
    },
    publishedThresholdsSource: 'BMI-Bekanntmachung, BAnz AT 18.12.2025 B3 (as cited in law.md §0.4)',
    publishedThresholdsCents: {
      blueCardStandard: 5_070_000,
      blueCardReduced: 4_593_420,
      firstTitleAge45: 5_577_000,
      experienceBased: 4_563_000,
    },
  },
] satisfies readonly YearlyParameters[];
