/**
 * The words of the steering tables in German and English: journey stages, obstacle categories,
 * referral purposes, §81a steps, months. Codes never reach a reader; the stage and obstacle
 * names are the ones the case pages use.
 */
import { purposeLabels, type ReferralPurpose } from '../../../domain/consent/vocabulary';
import { acceleratedProcedureSteps } from '../../../domain/journey/procedure-steps';
import type { JourneyStage } from '../../../domain/journey/stages';
import { journeyStageNames, monthName, obstacleCategoryNames } from '../../../domain/steering/obstacle-words';

export type Bilingual = { de: string; en: string };
export type Language = keyof Bilingual;

/** The stage and obstacle names of the case pages (one list, in the domain). */
export const stageNames: Readonly<Record<JourneyStage, Bilingual>> = journeyStageNames;
export { obstacleCategoryNames };

export const purposeName = (purpose: ReferralPurpose): Bilingual => ({ de: purposeLabels[purpose].de, en: purposeLabels[purpose].en });

/** The §81a steps that count a period (the ones whose deadlines can be kept or missed), in their order. */
export const timedSteps = acceleratedProcedureSteps.filter((step) => step.deadline.kind === 'calendar' || step.deadline.kind === 'werktage');
export const stepName = (stepId: string): Bilingual => acceleratedProcedureSteps.find((step) => step.id === stepId)?.title ?? { de: stepId, en: stepId };

export const notAssigned: Bilingual = { de: 'Noch keiner Ausländerbehörde zugeordnet', en: 'Not yet assigned to an immigration office' };
export const totalLabel: Bilingual = { de: 'Insgesamt', en: 'Total' };

const monthNames: Readonly<Record<Language, readonly string[]>> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "Januar 2026" / "January 2026" for a month key "2026-01". */
export const monthLabel = (month: string): Bilingual => monthName(month);

/** "7. Dezember 2026" / "7 December 2026" for an ISO date. */
export function dateLabel(isoDate: string): Bilingual {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { de: `${day}. ${monthNames.de[month - 1]} ${year}`, en: `${day} ${monthNames.en[month - 1]} ${year}` };
}

/** The months from the one of `from` to the one of `to`, as "YYYY-MM". */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > end) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
