/**
 * Facts derived from one profile on one evaluation date, computed once and shared by all
 * conditions of all titles (salary in cents, age, language ranks, experience sums).
 */
import { addYears, completedYears, parseIsoDate, requireIsoDate, type DayNumber } from '../shared/calendar-date';
import { eurosToCents } from '../shared/money';
import type { CompiledTitle } from './evaluate-title';
import { coveredDays, DAYS_PER_EXPERIENCE_YEAR, type DayRange } from './experience';
import type { IscoMatcher } from './isco';
import { matchOccupation, occupationCodes, relateOccupations } from './occupation';
import type { Period } from './periods';
import type { Level, Profile } from './profile-schema';
import type { EvaluatedCondition, ExperienceRequirement } from './rule-model';
import type { ChancenkartePoints, ConditionStatus } from './types';

export const LEVEL_RANK: Record<Level, number> = { none: 0, A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 };

/**
 * Why (part of) an experience period was not counted, or counted only if a fact is confirmed:
 * - `before_qualification` / `before_window` / `after_date`: outside the counted window;
 * - `unrelated`: its occupation differs from the qualification's or job's (relation to be confirmed);
 * - `not_in_group` / `group_unknown`: outside the required ISCO groups, or the occupation does not show it;
 * - `unmapped`: given as a KldB code that is not in the BA table, so the occupation is open.
 */
export type ExperienceNoteReason = 'before_qualification' | 'before_window' | 'after_date' | 'unrelated' | 'not_in_group' | 'group_unknown' | 'unmapped';

export type ExperienceNote = {
  from: DayNumber;
  to: DayNumber;
  reason: ExperienceNoteReason;
  /** The period's occupation as given ("ISCO 5321", "KldB 81302"), or null. */
  occupation: string | null;
};

/** What experience is compared with (§20b Abs. 1 Nr. 6/7: the qualification; §6 BeschV: the job). */
export type ExperienceReference = 'qualification' | 'job';

/** Experience measured against a requirement; `possibleDays` adds periods whose relevance is unknown. */
export type ExperienceSummary = {
  status: ConditionStatus;
  days: number;
  possibleDays: number;
  requiredDays: number;
  windowFrom: DayNumber;
  /** Periods (or parts) not counted, or counted only if confirmed, with the reason. */
  notes: readonly ExperienceNote[];
  /** Counted periods whose relation to the reference was assumed (no occupation to compare). */
  assumedRelated: boolean;
  /** The reference occupation as given ("ISCO 2221"), or null. */
  reference: string | null;
};

type ExperienceEntry = DayRange & {
  isco: string | undefined;
  kldb: string | undefined;
  codes: readonly string[] | undefined;
  label: string | null;
};

const byStart = (a: ExperienceNote, b: ExperienceNote): number => a.from - b.from;

const occupationLabel = (occupation: { isco?: string | undefined; kldb?: string | undefined } | null | undefined): string | null =>
  occupation?.isco !== undefined ? `ISCO ${occupation.isco}` : occupation?.kldb !== undefined ? `KldB ${occupation.kldb}` : null;

export class ProfileContext {
  readonly age: number | undefined;
  readonly salaryCents: number | undefined;
  readonly germanRank: number;
  readonly englishRank: number;
  readonly isAbroad: boolean;
  readonly qualificationCompletedDay: DayNumber | undefined;
  readonly conditionCache = new Map<string, EvaluatedCondition>();
  chancenkarte: ChancenkartePoints | undefined;
  /** The titles in force for this evaluation, for conditions that depend on other titles (§20a Abs. 5 Satz 3). */
  titles: readonly CompiledTitle[] = [];
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
      kldb: entry.kldb,
      codes: occupationCodes(entry),
      label: occupationLabel(entry),
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

  private birthdayTodayValue: boolean | undefined;

  /** True when the age was completed on the evaluation date itself (the birthday is today); computed once. */
  get birthdayToday(): boolean {
    if (this.birthdayTodayValue === undefined) {
      const birthDate = this.profile.birthDate;
      this.birthdayTodayValue = birthDate !== undefined && this.age !== undefined && addYears(requireIsoDate(birthDate), this.age) === this.day;
    }
    return this.birthdayTodayValue;
  }

  /** True when the profile holds a German qualification of the given type. */
  get hasGermanQualification(): boolean {
    return this.profile.qualification.type !== 'none' && this.profile.qualification.obtainedIn === 'germany';
  }

  /**
   * Experience within the last `withinYears` years up to the evaluation date. With `groups`, only
   * periods in those ISCO groups count (periods without ISCO count as possible). With
   * `afterQualification`, periods before the known completion date of the qualification are cut off.
   * With `relatedTo`, a period whose occupation differs from the qualification's or job's occupation
   * (occupation.ts, relateOccupations) counts only as possible; without an occupation on either side
   * it counts and `assumedRelated` is set (NOTES.md, "KldB 2010 and experience relatedness").
   */
  experience(
    requirement: ExperienceRequirement,
    groups?: IscoMatcher,
    afterQualification = false,
    relatedTo?: ExperienceReference,
  ): ExperienceSummary {
    const key = `${requirement.years}/${requirement.withinYears}/${groups?.legalRef ?? ''}/${afterQualification}/${relatedTo ?? ''}`;
    const cached = this.experienceCache.get(key);
    if (cached) return cached;
    let windowFrom = addYears(this.day, -requirement.withinYears);
    let cutByQualification = false;
    if (afterQualification && this.qualificationCompletedDay !== undefined && this.qualificationCompletedDay > windowFrom) {
      windowFrom = this.qualificationCompletedDay;
      cutByQualification = true;
    }
    const requiredDays = requirement.years * DAYS_PER_EXPERIENCE_YEAR;
    const referenceOccupation = relatedTo === 'job' ? this.profile.job : relatedTo === 'qualification' ? this.profile.qualification : undefined;
    const reference = relatedTo === undefined ? null : occupationLabel(referenceOccupation);
    let summary: ExperienceSummary;
    if (this.experienceEntries === undefined) {
      summary = { status: 'unknown', days: 0, possibleDays: Number.POSITIVE_INFINITY, requiredDays, windowFrom, notes: [], assumedRelated: false, reference };
    } else {
      const referenceCodes = relatedTo === undefined ? undefined : occupationCodes(referenceOccupation);
      const certain: DayRange[] = [];
      const possible: DayRange[] = [];
      const notes: ExperienceNote[] = [];
      let assumedRelated = false;
      for (const entry of this.experienceEntries) {
        const occupation = entry.label;
        if (entry.from < windowFrom) {
          const reason = cutByQualification ? 'before_qualification' : 'before_window';
          notes.push({ from: entry.from, to: Math.min(entry.to, windowFrom - 1), reason, occupation });
        }
        if (entry.to > this.day) notes.push({ from: Math.max(entry.from, this.day + 1), to: entry.to, reason: 'after_date', occupation });
        const from = Math.max(entry.from, windowFrom);
        const to = Math.min(entry.to, this.day);
        if (from > to) continue;
        let match: ConditionStatus = 'met';
        let reason: ExperienceNoteReason | undefined;
        if (groups) {
          const occupationMatch = matchOccupation(groups, entry);
          match = occupationMatch.status;
          if (match !== 'met') reason = match === 'not_met' ? 'not_in_group' : occupationMatch.basis === 'kldb_unmapped' ? 'unmapped' : 'group_unknown';
        } else if (relatedTo !== undefined) {
          const relation = relateOccupations(entry.codes, referenceCodes);
          if (relation === 'uncertain') {
            match = 'unknown';
            reason = entry.codes !== undefined && entry.codes.length === 0 ? 'unmapped' : 'unrelated';
          } else if (relation === 'assumed' && referenceOccupation != null) assumedRelated = true;
        }
        if (match === 'met') certain.push(entry);
        if (match !== 'not_met') possible.push(entry);
        if (reason !== undefined) notes.push({ from, to, reason, occupation });
      }
      const days = coveredDays(certain, windowFrom, this.day);
      const possibleDays = possible.length === certain.length ? days : coveredDays(possible, windowFrom, this.day);
      const status: ConditionStatus = days >= requiredDays ? 'met' : possibleDays >= requiredDays ? 'unknown' : 'not_met';
      if (notes.length > 1) notes.sort(byStart);
      summary = { status, days, possibleDays, requiredDays, windowFrom, notes, assumedRelated, reference };
    }
    this.experienceCache.set(key, summary);
    return summary;
  }
}
