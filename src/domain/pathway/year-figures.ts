/**
 * Yearly figures that may be missing: a calendar year after the last entered year is still
 * evaluated under its legal framework, but every condition that reads a figure of that year
 * (salary thresholds from the pension-insurance ceiling, funds benchmarks, quotas) becomes
 * `unknown` with an explanation naming the missing figure and the rule that defines it.
 *
 * Mechanism: the period of such a year carries stand-ins for `parameters` and `thresholds` whose
 * properties throw `MissingFigureError` when read. `defineCondition` turns that into `unknown`, so a
 * condition reports a missing figure exactly when its check needs one (a Westbalkan renewal that
 * never reads the quota stays decidable).
 */
import { percentText } from './text-helpers';
import type { RuleSet, SalaryThresholdId, YearlyParameters } from './rule-model';
import type { LocalizedText } from './types';

/** The figures a year holds; thresholds are derived from `pensionCeiling`. */
export type YearFigureId = Exclude<keyof YearlyParameters, 'year' | 'publishedThresholdsCents' | 'publishedThresholdsSource'>;
export type MissingFigureId = YearFigureId | SalaryThresholdId;

/** Thrown when a condition reads a figure of a year that has none entered; never escapes the engine. */
export class MissingFigureError extends Error {
  constructor(
    readonly figure: MissingFigureId,
    readonly year: number,
  ) {
    super(`Figure ${figure} for ${year} is not entered`);
    this.name = 'MissingFigureError';
  }
}

/** What each yearly figure is and which rule defines it, for explanations (without the year). */
export const yearFigureDescriptions: Record<YearFigureId, { name: LocalizedText; rule: LocalizedText }> = {
  pensionCeiling: {
    name: { de: 'Beitragsbemessungsgrenze der allgemeinen Rentenversicherung', en: 'contribution ceiling of the statutory pension insurance' },
    rule: { de: 'SGB VI Anlage 2', en: 'SGB VI Annex 2' },
  },
  chancenkarteFundsPerMonth: {
    name: { de: 'monatlicher Betrag für den Lebensunterhalt mit Chancenkarte', en: 'monthly amount for living costs with an opportunity card' },
    rule: { de: '§20a Abs. 4 Satz 1 AufenthG, in der Praxis der Betrag nach §2 Abs. 3 Satz 6 AufenthG', en: '§20a(4) sentence 1 AufenthG; in practice the amount of §2(3) sentence 6 AufenthG' },
  },
  qualificationMeasureFundsPerMonth: {
    name: { de: 'monatlicher Betrag für den Lebensunterhalt (BAföG-Bedarf zuzüglich 10 %)', en: 'monthly amount for living costs (BAföG need plus 10%)' },
    rule: { de: '§2 Abs. 3 Satz 6 AufenthG', en: '§2(3) sentence 6 AufenthG' },
  },
  studyFundsPerMonth: {
    name: { de: 'monatlicher Bedarf für Studierende nach dem BAföG (Richtwert für die Arbeitsplatzsuche nach §20 AufenthG)', en: 'monthly BAföG amount for students (benchmark for the job search under §20 AufenthG)' },
    rule: { de: '§2 Abs. 3 Satz 5 AufenthG', en: '§2(3) sentence 5 AufenthG' },
  },
  westbalkanAnnualQuota: {
    name: { de: 'Jahreskontingent der Westbalkanregelung', en: 'annual quota of the Western Balkans regulation' },
    rule: { de: '§26 Abs. 2 Satz 3 BeschV', en: '§26(2) sentence 3 BeschV' },
  },
};

const thresholdNames: Record<SalaryThresholdId, LocalizedText> = {
  blueCardStandard: { de: 'Gehaltsschwelle der Blauen Karte EU', en: 'salary threshold of the EU Blue Card' },
  blueCardReduced: { de: 'abgesenkte Gehaltsschwelle der Blauen Karte EU', en: 'reduced salary threshold of the EU Blue Card' },
  firstTitleAge45: { de: 'Gehaltsschwelle ab 45 Jahren', en: 'salary threshold from age 45' },
  experienceBased: { de: 'Gehaltsschwelle der Erfahrungssäule', en: 'salary threshold for experience-based employment' },
};

const isThreshold = (figure: MissingFigureId): figure is SalaryThresholdId => figure in thresholdNames;

/** "Gehaltsschwelle der Blauen Karte EU 2027 (50 % der Beitragsbemessungsgrenze …, §18g Abs. 1 Satz 1 AufenthG)". */
export function describeMissingFigure(figure: MissingFigureId, year: number, rules: RuleSet): LocalizedText {
  if (isThreshold(figure)) {
    const percentage = rules.salaryPercentages[figure];
    const percent = percentText(percentage.basisPoints / 100);
    const ceiling = yearFigureDescriptions.pensionCeiling.name;
    return {
      de: `${thresholdNames[figure].de} ${year} (${percent.de} der ${ceiling.de}, ${percentage.legalRef})`,
      en: `${thresholdNames[figure].en} for ${year} (${percent.en} of the ${ceiling.en}, ${percentage.legalRef})`,
    };
  }
  const description = yearFigureDescriptions[figure];
  return {
    de: `${description.name.de} ${year} (${description.rule.de})`,
    en: `${description.name.en} for ${year} (${description.rule.en})`,
  };
}

/** The explanation of a condition that needs a figure the year does not have. */
export function missingFigureExplanation(error: MissingFigureError, rules: RuleSet): LocalizedText {
  const figure = describeMissingFigure(error.figure, error.year, rules);
  return {
    de: `Die Beträge für ${error.year} sind noch nicht veröffentlicht oder noch nicht eingetragen; es fehlt: ${figure.de}. Ob diese Voraussetzung erfüllt ist, lässt sich erst danach sagen.`,
    en: `The amounts for ${error.year} have not been published or entered yet; missing: ${figure.en}. Whether this requirement is met can only be said then.`,
  };
}

/** The notice an evaluation in such a year carries (contract: `notices`). */
export function missingYearNotice(year: number, lastEnteredYear: number | undefined): LocalizedText {
  const since = lastEnteredYear === undefined ? '' : ` Eingetragen sind die Werte bis ${lastEnteredYear}.`;
  const sinceEn = lastEnteredYear === undefined ? '' : ` Figures are entered up to ${lastEnteredYear}.`;
  return {
    de: `Die jährlich festgelegten Werte für ${year} (Beitragsbemessungsgrenze der Rentenversicherung und die daraus abgeleiteten Gehaltsschwellen, Beträge für den Lebensunterhalt, Kontingente) sind noch nicht veröffentlicht oder noch nicht eingetragen. Alle Voraussetzungen, die davon abhängen, sind deshalb als „offen“ markiert; alle anderen sind geprüft.${since}`,
    en: `The yearly figures for ${year} (pension-insurance contribution ceiling and the salary thresholds derived from it, amounts for living costs, quotas) have not been published or entered yet. Every requirement that depends on them is therefore marked "open"; all others are checked.${sinceEn}`,
  };
}

function throwingRecord<K extends string>(keys: readonly K[], year: number): Record<K, never> {
  const record = {} as Record<K, never>;
  for (const key of keys) {
    Object.defineProperty(record, key, {
      enumerable: true,
      get() {
        throw new MissingFigureError(key as MissingFigureId, year);
      },
    });
  }
  return record;
}

const FIGURE_IDS = Object.keys(yearFigureDescriptions) as YearFigureId[];
const THRESHOLD_IDS = Object.keys(thresholdNames) as SalaryThresholdId[];

/** Stand-ins for a year without entered figures: reading any figure throws `MissingFigureError`. */
export function missingYearFigures(year: number): {
  parameters: YearlyParameters;
  thresholds: Record<SalaryThresholdId, never>;
} {
  const parameters = Object.assign(throwingRecord(FIGURE_IDS, year), { year }) as unknown as YearlyParameters;
  return { parameters, thresholds: throwingRecord(THRESHOLD_IDS, year) };
}
