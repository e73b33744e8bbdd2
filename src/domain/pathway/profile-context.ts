/**
 * Facts derived from one profile on one evaluation date, computed once and shared by all
 * conditions of all titles (salary in cents, age, language ranks, experience sums).
 */
import { addYears, completedYears, parseIsoDate, requireIsoDate, type DayNumber } from '../shared/calendar-date';
import { eurosToCents } from '../shared/money';
import { coveredDays, DAYS_PER_EXPERIENCE_YEAR, type DayRange } from './experience';
import type { IscoMatcher } from './isco';
import type { Period } from './periods';
import type { Level, Profile } from './profile-schema';
import type { EvaluatedCondition, ExperienceRequirement } from './rule-model';
import type { ChancenkartePoints, ConditionStatus } from './types';

export const LEVEL_RANK: Record<Level, number> = { none: 0, A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 };

/** Experience measured against a requirement; `possibleDays` adds periods whose relevance is unknown. */
export type ExperienceSummary = {
  status: ConditionStatus;
  days: number;
  possibleDays: number;
  requiredDays: number;
  windowFrom: DayNumber;
};

type ExperienceEntry = DayRange & { isco: string | undefined };

export class ProfileContext {
  readonly age: number | undefined;
  readonly salaryCents: number | undefined;
  readonly germanRank: number;
  readonly englishRank: number;
  readonly isAbroad: boolean;
  readonly qualificationCompletedDay: DayNumber | undefined;
  readonly conditionCache = new Map<string, EvaluatedCondition>();
  chancenkarte: ChancenkartePoints | undefined;
  private readonly experienceEntries: readonly ExperienceEntry[] | undefined;
  private readonly experienceCache = new Map<string, ExperienceSummary>();

  constructor(
    readonly profile: Profile,
    readonly period: Period,
    readonly day: DayNumber,
    readonly evaluationDate: string,
  ) {
    this.age = ProfileContext.ageOf(profile, day);
    this.salaryCents = profile.job ? eurosToCents(profile.job.annualGrossSalaryEur) : undefined;
    this.germanRank = LEVEL_RANK[profile.german];
    this.englishRank = LEVEL_RANK[profile.english];
    this.isAbroad = (profile.location ?? 'abroad') === 'abroad';
    const completedOn = profile.qualification.completedOn;
    this.qualificationCompletedDay = completedOn === undefined ? undefined : parseIsoDate(completedOn);
    this.experienceEntries = profile.experience?.map((entry) => ({
      from: requireIsoDate(entry.from),
      to: requireIsoDate(entry.to),
      isco: entry.isco,
    }));
  }

  /** Completed years: from birthDate when given (exact on the birthday), else the stated age. */
  private static ageOf(profile: Profile, day: DayNumber): number | undefined {
    if (profile.birthDate !== undefined) {
      const years = completedYears(requireIsoDate(profile.birthDate), day);
      return years >= 0 ? years : undefined;
    }
    return profile.age;
  }

  /** True when the age was completed on the evaluation date itself (the birthday is today). */
  get birthdayToday(): boolean {
    const birthDate = this.profile.birthDate;
    return birthDate !== undefined && this.age !== undefined && addYears(requireIsoDate(birthDate), this.age) === this.day;
  }

  /** True when the profile holds a German qualification of the given type. */
  get hasGermanQualification(): boolean {
    return this.profile.qualification.type !== 'none' && this.profile.qualification.obtainedIn === 'germany';
  }

  /**
   * Experience within the last `withinYears` years up to the evaluation date. With `groups`, only
   * periods in those ISCO groups count (periods without ISCO count as possible). With
   * `afterQualification`, periods before the known completion date of the qualification are cut off.
   */
  experience(requirement: ExperienceRequirement, groups?: IscoMatcher, afterQualification = false): ExperienceSummary {
    const key = `${requirement.years}/${requirement.withinYears}/${groups?.legalRef ?? ''}/${afterQualification}`;
    const cached = this.experienceCache.get(key);
    if (cached) return cached;
    let windowFrom = addYears(this.day, -requirement.withinYears);
    if (afterQualification && this.qualificationCompletedDay !== undefined) {
      windowFrom = Math.max(windowFrom, this.qualificationCompletedDay);
    }
    const requiredDays = requirement.years * DAYS_PER_EXPERIENCE_YEAR;
    let summary: ExperienceSummary;
    if (this.experienceEntries === undefined) {
      summary = { status: 'unknown', days: 0, possibleDays: Number.POSITIVE_INFINITY, requiredDays, windowFrom };
    } else {
      const certain: DayRange[] = [];
      const possible: DayRange[] = [];
      for (const entry of this.experienceEntries) {
        const match = groups ? groups.match(entry.isco) : 'met';
        if (match === 'met') certain.push(entry);
        if (match !== 'not_met') possible.push(entry);
      }
      const days = coveredDays(certain, windowFrom, this.day);
      const possibleDays = possible.length === certain.length ? days : coveredDays(possible, windowFrom, this.day);
      const status: ConditionStatus = days >= requiredDays ? 'met' : possibleDays >= requiredDays ? 'unknown' : 'not_met';
      summary = { status, days, possibleDays, requiredDays, windowFrom };
    }
    this.experienceCache.set(key, summary);
    return summary;
  }
}
