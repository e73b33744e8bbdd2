import type { StatsUnit, StatsValue } from '../../../contract/steering';
import { intlLocale } from '../../i18n/locale';

/** The words a formatted figure needs, in the interface language (from the `steering` catalogue). */
export type FigureWords = {
  /** A suppressed count: "< 5". */
  lessThanFive: string;
  /** A median or share not computed because the group has fewer than 5 cases. */
  tooFew: string;
  /** No figure (e.g. no case reached this step). */
  none: string;
  days(value: string, count: number): string;
  hours(value: string, count: number): string;
};

const number = (value: number, language: string, digits: number) =>
  value.toLocaleString(intlLocale(language), { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** A published figure as people read it: "1.234", "< 5", "12,5 Tage", "87 %". */
export function formatFigure(figure: StatsValue | undefined, unit: StatsUnit, language: string, words: FigureWords): string {
  if (!figure) return words.none;
  if (figure.suppressed) return unit === 'count' ? words.lessThanFive : words.tooFew;
  if (figure.value === null) return words.none;
  return formatNumber(figure.value, unit, language, words);
}

/** A number in its unit (no suppression): for chart labels and the figures in the table. */
export function formatNumber(value: number, unit: StatsUnit, language: string, words: Pick<FigureWords, 'days' | 'hours'>): string {
  switch (unit) {
    case 'count':
      return number(value, language, 0);
    case 'days':
      return words.days(number(value, language, 1), value);
    case 'hours':
      return words.hours(number(value, language, 1), value);
    case 'share':
      return value.toLocaleString(intlLocale(language), { style: 'percent', maximumFractionDigits: 0 });
    case 'score':
      return number(value, language, 1);
  }
}

/** "8. Dezember 2026" and "14:05" of a moment, on the clock of the network (Germany). */
export function dateAndTime(isoDateTime: string, language: string): { date: string; time: string } {
  const moment = new Date(isoDateTime);
  const locale = intlLocale(language);
  return {
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(moment),
    time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/Berlin' }).format(moment),
  };
}
