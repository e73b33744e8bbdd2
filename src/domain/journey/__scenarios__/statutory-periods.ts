/**
 * Due dates of the statutory §81a periods around Easter, Whitsun (Pfingsten), Christmas and
 * 3 October, in Baden-Württemberg, Rhineland-Palatinate and Hesse (plus a Land without
 * Fronleichnam for contrast), at and around each boundary. Every row is worked out by hand:
 * `received` is the triggering event (not counted, §187 Abs. 1 BGB), then the period is counted —
 * Werktage Monday–Saturday without the Land's holidays (§81a Abs. 3 Satz 1 Nr. 3 AufenthG), weeks
 * and months by §188 BGB — and an end on a Saturday, Sunday or holiday moves to the next Werktag
 * that is none of these (§31 Abs. 3 Satz 1 VwVfG). Brackets mark days that do not count.
 *
 * `land` is the Land of the acting body (ABH or recognition body), or `nationwide` for the BA and
 * the mission, which have no Land in the procedure: only holidays of every Land move their end.
 * 2026: Good Friday 3 Apr, Easter Monday 6 Apr, Ascension 14 May, Whit Monday 25 May,
 * Fronleichnam 4 Jun (BW, RP, HE; not NI), 3 Oct a Saturday, 25/26 Dec Friday/Saturday,
 * 1 Jan 2027 a Friday, Epiphany 6 Jan 2027 (BW only), All Saints 1 Nov 2027 a Monday (BW, RP).
 */
import type { HolidayScope } from '../../calendar/werktage';
import type { AcceleratedStepId } from '../procedure-steps';

export type PeriodRow = {
  received: string;
  land: HolidayScope;
  /** The step whose period is counted: its rule and legal reference come from the step data. */
  step: AcceleratedStepId;
  due: string;
  /** The occasion the row is about (coverage is checked per occasion and Land). */
  around: 'easter' | 'whitsun' | 'corpus_christi' | 'christmas' | 'unity_day' | 'other';
  why: string;
};

/** §81a Abs. 3 Satz 1 Nr. 3 AufenthG: the ABH forwards the findings within 3 Werktage of receipt. */
const werktage: PeriodRow[] = [
  // Easter 2026
  { received: '2026-04-02', land: 'BW', step: 'findings_forwarded', due: '2026-04-08', around: 'easter', why: 'law.md §14 example: [Fri 3 Good Friday] Sat 4 (1) [Sun 5, Mon 6] Tue 7 (2) Wed 8 (3)' },
  { received: '2026-04-02', land: 'RP', step: 'findings_forwarded', due: '2026-04-08', around: 'easter', why: 'the same in Rhineland-Palatinate' },
  { received: '2026-04-02', land: 'HE', step: 'findings_forwarded', due: '2026-04-08', around: 'easter', why: 'the same in Hesse' },
  { received: '2026-04-01', land: 'BW', step: 'findings_forwarded', due: '2026-04-07', around: 'easter', why: 'Thu 2 (1) [Fri 3] Sat 4 (2) [Sun 5, Mon 6] Tue 7 (3)' },
  { received: '2026-03-31', land: 'HE', step: 'findings_forwarded', due: '2026-04-07', around: 'easter', why: 'Wed 1 (1) Thu 2 (2) [Fri 3] Sat 4 (3): Saturday end → [Sun 5, Mon 6 Easter Monday] Tue 7' },
  { received: '2026-03-30', land: 'RP', step: 'findings_forwarded', due: '2026-04-02', around: 'easter', why: 'Tue 31 (1) Wed 1 (2) Thu 2 (3): ends before Good Friday, no shift' },
  { received: '2026-04-04', land: 'RP', step: 'findings_forwarded', due: '2026-04-09', around: 'easter', why: 'received on Holy Saturday: [Sun 5, Mon 6] Tue 7 (1) Wed 8 (2) Thu 9 (3)' },
  // Ascension, Whitsun and Fronleichnam 2026
  { received: '2026-05-13', land: 'HE', step: 'findings_forwarded', due: '2026-05-18', around: 'whitsun', why: '[Thu 14 Ascension] Fri 15 (1) Sat 16 (2) [Sun 17] Mon 18 (3)' },
  { received: '2026-05-21', land: 'BW', step: 'findings_forwarded', due: '2026-05-26', around: 'whitsun', why: 'Fri 22 (1) Sat 23 (2) [Sun 24, Mon 25 Whit Monday] Tue 26 (3)' },
  { received: '2026-05-20', land: 'HE', step: 'findings_forwarded', due: '2026-05-26', around: 'whitsun', why: 'Thu 21 (1) Fri 22 (2) Sat 23 (3): Saturday end → [Sun 24, Mon 25] Tue 26' },
  { received: '2026-05-19', land: 'RP', step: 'findings_forwarded', due: '2026-05-22', around: 'whitsun', why: 'Wed 20 (1) Thu 21 (2) Fri 22 (3): no shift' },
  { received: '2026-06-03', land: 'RP', step: 'findings_forwarded', due: '2026-06-08', around: 'corpus_christi', why: '[Thu 4 Fronleichnam] Fri 5 (1) Sat 6 (2) [Sun 7] Mon 8 (3)' },
  { received: '2026-06-01', land: 'BW', step: 'findings_forwarded', due: '2026-06-05', around: 'corpus_christi', why: 'Tue 2 (1) Wed 3 (2) [Thu 4 Fronleichnam] Fri 5 (3)' },
  { received: '2026-06-01', land: 'NI', step: 'findings_forwarded', due: '2026-06-04', around: 'corpus_christi', why: 'no Fronleichnam in Lower Saxony: Tue 2 (1) Wed 3 (2) Thu 4 (3)' },
  // Christmas and New Year 2026/27
  { received: '2026-12-21', land: 'RP', step: 'findings_forwarded', due: '2026-12-24', around: 'christmas', why: 'Tue 22 (1) Wed 23 (2) Thu 24 (3): Christmas Eve is a Werktag' },
  { received: '2026-12-22', land: 'BW', step: 'findings_forwarded', due: '2026-12-28', around: 'christmas', why: 'Wed 23 (1) Thu 24 (2) [Fri 25, Sat 26, Sun 27] Mon 28 (3)' },
  { received: '2026-12-23', land: 'HE', step: 'findings_forwarded', due: '2026-12-29', around: 'christmas', why: 'Thu 24 (1) [Fri 25, Sat 26, Sun 27] Mon 28 (2) Tue 29 (3)' },
  { received: '2026-12-29', land: 'BW', step: 'findings_forwarded', due: '2027-01-04', around: 'christmas', why: 'Wed 30 (1) Thu 31 (2) [Fri 1 Jan] Sat 2 (3): Saturday end → [Sun 3] Mon 4' },
  { received: '2027-01-04', land: 'BW', step: 'findings_forwarded', due: '2027-01-08', around: 'christmas', why: 'Tue 5 (1) [Wed 6 Epiphany in BW] Thu 7 (2) Fri 8 (3)' },
  { received: '2027-01-04', land: 'HE', step: 'findings_forwarded', due: '2027-01-07', around: 'christmas', why: 'no Epiphany in Hesse: Tue 5 (1) Wed 6 (2) Thu 7 (3)' },
  // Tag der Deutschen Einheit: a Saturday in 2026, a Friday in 2025, a Tuesday in 2028
  { received: '2026-09-29', land: 'RP', step: 'findings_forwarded', due: '2026-10-02', around: 'unity_day', why: 'Wed 30 (1) Thu 1 (2) Fri 2 (3): no shift' },
  { received: '2026-09-30', land: 'BW', step: 'findings_forwarded', due: '2026-10-05', around: 'unity_day', why: 'Thu 1 (1) Fri 2 (2) [Sat 3 holiday, Sun 4] Mon 5 (3)' },
  { received: '2026-10-01', land: 'HE', step: 'findings_forwarded', due: '2026-10-06', around: 'unity_day', why: 'Fri 2 (1) [Sat 3, Sun 4] Mon 5 (2) Tue 6 (3)' },
  { received: '2025-09-30', land: 'BW', step: 'findings_forwarded', due: '2025-10-06', around: 'unity_day', why: 'Wed 1 (1) Thu 2 (2) [Fri 3] Sat 4 (3): Saturday end → [Sun 5] Mon 6' },
  { received: '2025-10-01', land: 'HE', step: 'findings_forwarded', due: '2025-10-06', around: 'unity_day', why: 'Thu 2 (1) [Fri 3] Sat 4 (2) [Sun 5] Mon 6 (3)' },
  { received: '2028-10-02', land: 'RP', step: 'findings_forwarded', due: '2028-10-06', around: 'unity_day', why: '[Tue 3] Wed 4 (1) Thu 5 (2) Fri 6 (3)' },
  // Ordinary weeks and All Saints
  { received: '2026-10-07', land: 'BW', step: 'findings_forwarded', due: '2026-10-12', around: 'other', why: 'Thu 8 (1) Fri 9 (2) Sat 10 (3): Saturday end → [Sun 11] Mon 12' },
  { received: '2026-10-08', land: 'RP', step: 'findings_forwarded', due: '2026-10-12', around: 'other', why: 'Fri 9 (1) Sat 10 (2) [Sun 11] Mon 12 (3): one day earlier than Monday–Friday counting' },
  { received: '2027-10-28', land: 'BW', step: 'findings_forwarded', due: '2027-11-02', around: 'other', why: 'Fri 29 (1) Sat 30 (2) [Sun 31, Mon 1 Nov All Saints in BW] Tue 2 (3)' },
  { received: '2027-10-28', land: 'HE', step: 'findings_forwarded', due: '2027-11-01', around: 'other', why: 'no All Saints in Hesse: Fri 29 (1) Sat 30 (2) Mon 1 Nov (3)' },
];

/** §14a Abs. 2 BQFG: the recognition body confirms receipt within 2 weeks (its Land's holidays). */
const receiptTwoWeeks: PeriodRow[] = [
  { received: '2026-03-19', land: 'RP', step: 'receipt_confirmed', due: '2026-04-02', around: 'easter', why: 'Thu + 2 weeks = Thu 2 Apr: no shift' },
  { received: '2026-03-20', land: 'BW', step: 'receipt_confirmed', due: '2026-04-07', around: 'easter', why: 'Fri + 2 weeks = Fri 3 Apr (Good Friday) → [Sat 4, Sun 5, Mon 6] Tue 7' },
  { received: '2026-03-21', land: 'HE', step: 'receipt_confirmed', due: '2026-04-07', around: 'easter', why: 'Sat + 2 weeks = Sat 4 Apr → [Sun 5, Mon 6] Tue 7' },
  { received: '2026-05-11', land: 'HE', step: 'receipt_confirmed', due: '2026-05-26', around: 'whitsun', why: 'Mon + 2 weeks = Whit Monday 25 May → Tue 26' },
  { received: '2026-05-21', land: 'RP', step: 'receipt_confirmed', due: '2026-06-05', around: 'corpus_christi', why: 'Thu + 2 weeks = Thu 4 Jun (Fronleichnam) → Fri 5' },
  { received: '2026-05-21', land: 'NI', step: 'receipt_confirmed', due: '2026-06-04', around: 'corpus_christi', why: 'no Fronleichnam in Lower Saxony: Thu 4 Jun stays' },
  { received: '2026-12-11', land: 'BW', step: 'receipt_confirmed', due: '2026-12-28', around: 'christmas', why: 'Fri + 2 weeks = Fri 25 Dec → [Sat 26, Sun 27] Mon 28' },
  { received: '2026-12-23', land: 'BW', step: 'receipt_confirmed', due: '2027-01-07', around: 'christmas', why: 'Wed + 2 weeks = Wed 6 Jan (Epiphany in BW) → Thu 7' },
  { received: '2026-12-23', land: 'HE', step: 'receipt_confirmed', due: '2027-01-06', around: 'christmas', why: 'no Epiphany in Hesse: Wed 6 Jan stays' },
  { received: '2026-09-19', land: 'RP', step: 'receipt_confirmed', due: '2026-10-05', around: 'unity_day', why: 'Sat + 2 weeks = Sat 3 Oct (holiday) → [Sun 4] Mon 5' },
  { received: '2026-09-20', land: 'BW', step: 'receipt_confirmed', due: '2026-10-05', around: 'unity_day', why: 'Sun + 2 weeks = Sun 4 Oct → Mon 5' },
  { received: '2026-09-17', land: 'HE', step: 'receipt_confirmed', due: '2026-10-01', around: 'unity_day', why: 'Thu + 2 weeks = Thu 1 Oct: no shift' },
];

/** §14a Abs. 3 BQFG: the decision within 2 months of the complete file (§188 Abs. 2, 3 BGB). */
const decisionTwoMonths: PeriodRow[] = [
  { received: '2026-02-02', land: 'BW', step: 'equivalence_decided', due: '2026-04-02', around: 'easter', why: '2 Feb + 2 months = Thu 2 Apr: no shift' },
  { received: '2026-02-03', land: 'HE', step: 'equivalence_decided', due: '2026-04-07', around: 'easter', why: '3 Feb + 2 months = Fri 3 Apr (Good Friday) → Tue 7' },
  { received: '2026-03-25', land: 'BW', step: 'equivalence_decided', due: '2026-05-26', around: 'whitsun', why: '25 Mar + 2 months = Whit Monday 25 May → Tue 26' },
  { received: '2026-04-04', land: 'RP', step: 'equivalence_decided', due: '2026-06-05', around: 'corpus_christi', why: '4 Apr + 2 months = Thu 4 Jun (Fronleichnam) → Fri 5' },
  { received: '2026-10-25', land: 'HE', step: 'equivalence_decided', due: '2026-12-28', around: 'christmas', why: '25 Oct + 2 months = Fri 25 Dec → [Sat 26, Sun 27] Mon 28' },
  { received: '2026-10-24', land: 'RP', step: 'equivalence_decided', due: '2026-12-24', around: 'christmas', why: '24 Oct + 2 months = Thu 24 Dec: no shift' },
  { received: '2026-08-03', land: 'BW', step: 'equivalence_decided', due: '2026-10-05', around: 'unity_day', why: '3 Aug + 2 months = Sat 3 Oct → [Sun 4] Mon 5' },
  { received: '2025-12-31', land: 'HE', step: 'equivalence_decided', due: '2026-03-02', around: 'other', why: '31 Dec + 2 months = Sat 28 Feb (clamped) → [Sun 1 Mar] Mon 2' },
];

/** §36 Abs. 2 Satz 2 BeschV: the BA's approval is deemed granted after 1 week (holidays of every Land). */
const baOneWeek: PeriodRow[] = [
  { received: '2026-03-27', land: 'nationwide', step: 'ba_approval', due: '2026-04-07', around: 'easter', why: 'Fri + 1 week = Good Friday 3 Apr → [Sat 4, Sun 5, Mon 6] Tue 7' },
  { received: '2026-03-26', land: 'nationwide', step: 'ba_approval', due: '2026-04-02', around: 'easter', why: 'Thu + 1 week = Thu 2 Apr: no shift' },
  { received: '2026-05-18', land: 'nationwide', step: 'ba_approval', due: '2026-05-26', around: 'whitsun', why: 'Mon + 1 week = Whit Monday → Tue 26' },
  { received: '2026-05-28', land: 'nationwide', step: 'ba_approval', due: '2026-06-04', around: 'corpus_christi', why: 'Thu + 1 week = Thu 4 Jun: Fronleichnam is not a holiday in every Land, no shift' },
  { received: '2026-12-18', land: 'nationwide', step: 'ba_approval', due: '2026-12-28', around: 'christmas', why: 'Fri + 1 week = Fri 25 Dec → Mon 28' },
  { received: '2026-12-24', land: 'nationwide', step: 'ba_approval', due: '2026-12-31', around: 'christmas', why: 'Thu + 1 week = Thu 31 Dec: no shift' },
  { received: '2026-09-26', land: 'nationwide', step: 'ba_approval', due: '2026-10-05', around: 'unity_day', why: 'Sat + 1 week = Sat 3 Oct → Mon 5' },
];

/** §31a AufenthV: visa appointment within 3 weeks of the request, decision as a rule within 3 weeks. */
const missionThreeWeeks: PeriodRow[] = [
  { received: '2026-03-13', land: 'nationwide', step: 'visa_appointment', due: '2026-04-07', around: 'easter', why: 'Fri + 3 weeks = Good Friday → Tue 7 Apr' },
  { received: '2026-05-04', land: 'nationwide', step: 'visa_appointment', due: '2026-05-26', around: 'whitsun', why: 'Mon + 3 weeks = Whit Monday → Tue 26' },
  { received: '2026-12-04', land: 'nationwide', step: 'visa_appointment', due: '2026-12-28', around: 'christmas', why: 'Fri + 3 weeks = Fri 25 Dec → Mon 28' },
  { received: '2026-12-09', land: 'nationwide', step: 'visa_appointment', due: '2026-12-30', around: 'christmas', why: 'Wed + 3 weeks = Wed 30 Dec: no shift' },
  { received: '2026-09-12', land: 'nationwide', step: 'visa_appointment', due: '2026-10-05', around: 'unity_day', why: 'Sat + 3 weeks = Sat 3 Oct → Mon 5' },
  { received: '2026-09-13', land: 'nationwide', step: 'visa_appointment', due: '2026-10-05', around: 'unity_day', why: 'Sun + 3 weeks = Sun 4 Oct → Mon 5' },
  { received: '2026-04-23', land: 'nationwide', step: 'visa_decision', due: '2026-05-15', around: 'whitsun', why: 'Thu + 3 weeks = Ascension 14 May → Fri 15' },
  { received: '2026-12-10', land: 'nationwide', step: 'visa_decision', due: '2026-12-31', around: 'christmas', why: 'Thu + 3 weeks = Thu 31 Dec: no shift' },
  { received: '2026-12-11', land: 'nationwide', step: 'visa_decision', due: '2027-01-04', around: 'christmas', why: 'Fri + 3 weeks = New Year (Friday) → [Sat 2, Sun 3] Mon 4 Jan' },
  { received: '2025-09-12', land: 'nationwide', step: 'visa_decision', due: '2025-10-06', around: 'unity_day', why: 'Fri + 3 weeks = Fri 3 Oct 2025 → Mon 6' },
];

export const statutoryPeriodRows: readonly PeriodRow[] = [...werktage, ...receiptTwoWeeks, ...decisionTwoMonths, ...baOneWeek, ...missionThreeWeeks];
