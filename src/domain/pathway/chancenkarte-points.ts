/**
 * Chancenkarte points (§20b Abs. 1 AufenthG + Anlage). Each criterion is met, not met or unknown;
 * only met criteria score. Mutually exclusive criteria ("es sei denn, er erhält Punkte nach Nr. …")
 * are evaluated as the statute words them, so a lower German level is "not met" once a higher one scores.
 */
import { matchOccupation } from './occupation';
import type { ProfileContext } from './profile-context';
import type { ChancenkarteCriterionId } from './rule-model';
import type { ChancenkarteBreakdownItem, ChancenkartePoints, ConditionStatus } from './types';

type Statuses = Record<ChancenkarteCriterionId, ConditionStatus>;

/** Criteria that exclude each other; the group scores at most its best criterion. */
const EXCLUSIVE_GROUPS: readonly (readonly ChancenkarteCriterionId[])[] = [
  ['german_b2', 'german_b1', 'german_a2'],
  ['experience_5_of_7_years', 'experience_2_of_5_years'],
  ['age_band_high', 'age_band_low'],
];

const fromBoolean = (value: boolean | null | undefined): ConditionStatus =>
  value === true ? 'met' : value === false ? 'not_met' : 'unknown';

/**
 * Status of "the higher criterion scores" chained for exclusive criteria: not met once a higher one is
 * met. While the higher one is still unknown (e.g. experience whose relation to the qualification is
 * open), a met lower criterion scores provisionally: its points are certain either way, and the
 * maximum reachable counts the difference (NOTES.md, "KldB 2010 and experience relatedness").
 */
function unless(own: ConditionStatus, higher: ConditionStatus): ConditionStatus {
  if (higher === 'met') return 'not_met';
  return own;
}

function statuses(ctx: ProfileContext): Statuses {
  const { profile, period } = ctx;
  const rules = period.rules.chancenkarte;
  const q = profile.qualification;
  const foreignQualification = q.type !== 'none' && q.obtainedIn !== 'germany';
  const partial = !foreignQualification ? 'not_met' : q.germanRecognition === undefined ? 'unknown' : fromBoolean(q.germanRecognition === 'partial');

  const b2 = fromBoolean(ctx.germanRank >= 4);
  const b1 = unless(fromBoolean(ctx.germanRank >= 3), b2);
  const a2 = unless(unless(fromBoolean(ctx.germanRank >= 2), b2), b1);

  // Experience counts only after a qualification (Nr. 6, 7): without one there is none to count.
  const hasQualification = q.type !== 'none';
  const long = hasQualification ? ctx.experience(rules.experienceLong, undefined, true, 'qualification').status : 'not_met';
  const short = unless(hasQualification ? ctx.experience(rules.experienceShort, undefined, true, 'qualification').status : 'not_met', long);

  const shortage = !hasQualification ? 'not_met' : matchOccupation(period.shortageGroups, q).status;

  const age = ctx.age;
  const high = age === undefined ? 'unknown' : fromBoolean(age <= rules.ageBandHighMaxAge.value);
  const low = age === undefined ? 'unknown' : fromBoolean(age > rules.ageBandHighMaxAge.value && age <= rules.ageBandLowMaxAge.value);

  const stayMonths = profile.lawfulStayInGermanyMonthsLast5Years;
  return {
    partial_recognition: partial,
    german_b2: b2,
    german_b1: b1,
    german_a2: a2,
    english_c1: fromBoolean(ctx.englishRank >= 5),
    experience_5_of_7_years: long,
    experience_2_of_5_years: short,
    shortage_occupation_group: shortage,
    age_band_high: high,
    age_band_low: low,
    lawful_stay_6_months: stayMonths === undefined ? 'unknown' : fromBoolean(stayMonths >= rules.lawfulStayMonths.value),
    spouse_applies_jointly: fromBoolean(profile.spouseAppliesJointlyForChancenkarte),
  };
}

/** Points, breakdown and the maximum reachable if every unknown criterion were met (memoised per context). */
export function chancenkartePointsOf(ctx: ProfileContext): ChancenkartePoints {
  if (ctx.chancenkarte) return ctx.chancenkarte;
  const rules = ctx.period.rules.chancenkarte;
  const status = statuses(ctx);
  const breakdown: ChancenkarteBreakdownItem[] = [];
  let points = 0;
  for (const id of Object.keys(rules.criteria) as ChancenkarteCriterionId[]) {
    const criterion = rules.criteria[id];
    const awarded = status[id] === 'met' ? criterion.points : 0;
    points += awarded;
    breakdown.push({ criterion: id, legalRef: criterion.legalRef, points: awarded, status: status[id], label: criterion.label });
  }
  let reachable = points;
  const grouped = new Set<ChancenkarteCriterionId>();
  for (const group of EXCLUSIVE_GROUPS) {
    let best = 0;
    let scored = 0;
    for (const id of group) {
      grouped.add(id);
      if (status[id] !== 'not_met') best = Math.max(best, rules.criteria[id].points);
      if (status[id] === 'met') scored = rules.criteria[id].points;
    }
    reachable += best - scored;
  }
  for (const id of Object.keys(status) as ChancenkarteCriterionId[]) {
    if (!grouped.has(id) && status[id] === 'unknown') reachable += rules.criteria[id].points;
  }
  const result = { points, minimumPoints: rules.minimumPoints.value, breakdown, maximumReachablePoints: reachable };
  ctx.chancenkarte = result;
  return result;
}
