/**
 * Public entry of the calendar domain: German public holidays per Land, working days (Mon–Fri),
 * Werktage (Mon–Sat), statutory periods and their end shift (§31 Abs. 3 VwVfG) on ISO calendar
 * dates (`YYYY-MM-DD`, no time zone). Pure and deterministic.
 * Malformed dates, unknown Länder and years before FIRST_COVERED_YEAR throw a RangeError:
 * callers validate input first (the HTTP layer answers 400).
 */
export { laender, type Land } from '../identity/organisation-kinds';
export { easterSunday, easterSundayOf, isoWeekday } from './easter';
export { holidayLaws, holidayListRef, unityDayLaw, type HolidayLaw } from './holiday-laws';
export {
  FIRST_COVERED_YEAR,
  holidayDefinitions,
  partialHolidays,
  type HolidayDateRule,
  type HolidayDefinition,
  type HolidayId,
  type HolidayObservance,
  type PartialHoliday,
} from './holiday-rules';
export { holidayDayOf, holidaysOf, isHoliday, isHolidayDay, requireLand, type Holiday } from './holidays';
export { addCalendarDays, addMonths, addWeeks } from './periods';
export { landNames } from './land-names';
export { addWerktage, isPeriodEndDay, isWerktag, shiftPeriodEnd, type HolidayScope } from './werktage';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';
