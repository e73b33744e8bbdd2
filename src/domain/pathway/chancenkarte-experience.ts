/**
 * The experience behind the Chancenkarte points for experience (§20b Abs. 1 Satz 1 Nr. 6 and 7
 * AufenthG: "Berufserfahrung, die im Zusammenhang mit der Berufsqualifikation steht", gained after the
 * qualification): which periods counted, which did not and why, and which need the person to confirm
 * that they relate to the qualification. Appended to the explanation of the points condition.
 */
import { experienceValues, type ExperienceValues } from './conditions-experience';
import { displayYears, isoDateText, notesText, yearsText } from './experience-texts';
import type { ProfileContext } from './profile-context';
import type { Template } from './rule-model';
import type { LocalizedText } from './types';

/** The summary that decides the experience points: the 5-of-7-years one unless it is plainly not met. */
export function chancenkarteExperienceValues(ctx: ProfileContext): ExperienceValues | null {
  const rules = ctx.period.rules.chancenkarte;
  const qualification = ctx.profile.qualification;
  if (qualification.type === 'none' || ctx.profile.experience === undefined) return null;
  const options = { qualificationCompletedOn: qualification.completedOn };
  const long = ctx.experience(rules.experienceLong, undefined, true, 'qualification');
  if (long.status !== 'not_met') return experienceValues(long, rules.experienceLong, 'qualification', options);
  const short = ctx.experience(rules.experienceShort, undefined, true, 'qualification');
  return experienceValues(short, rules.experienceShort, 'qualification', options);
}

/** "Für die Erfahrungspunkte gezählt: …" when some experience was not counted or its relation was assumed. */
export function chancenkarteExperienceText(v: ExperienceValues | null): LocalizedText | null {
  if (v === null) return null;
  const notes = notesText(v);
  if (notes.de === '') return null;
  const years = displayYears(v.experienceDays);
  return {
    de: `Für die Erfahrungspunkte gezählt: ${yearsText(years, 'de')} seit ${isoDateText(v.countedFrom, 'de')}. ${notes.de}`,
    en: `Counted for the experience points: ${yearsText(years, 'en')} since ${isoDateText(v.countedFrom, 'en')}. ${notes.en}`,
  };
}

/** Appends the experience sentence to every template of a condition whose values carry `experience`. */
export function withExperienceNotes<K extends string, V extends { experience: ExperienceValues | null }>(
  texts: Record<K, Template<V>>,
): Record<K, (values: V) => LocalizedText> {
  const result = {} as Record<K, (values: V) => LocalizedText>;
  for (const key of Object.keys(texts) as K[]) {
    const template = texts[key];
    result[key] = (values: V) => {
      const base = typeof template === 'function' ? (template as (values: V) => LocalizedText)(values) : (template as LocalizedText);
      const extra = chancenkarteExperienceText(values.experience);
      return extra === null ? base : { de: `${base.de} ${extra.de}`, en: `${base.en} ${extra.en}` };
    };
  }
  return result;
}
