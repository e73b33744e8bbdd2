/**
 * Conditions of the job-search titles: §20 Abs. 1 Nr. 1 (after a German degree) and the
 * Chancenkarte (§20a, §20b AufenthG).
 */
import { chancenkartePointsOf } from './chancenkarte-points';
import { fundsCondition } from './conditions-measures';
import { defineCondition, type ConditionRule } from './rule-model';
import type { ProfileContext } from './profile-context';
import { ageText, countText, isoDateText, languageLevelText, quoted, text } from './text-helpers';
import { titleNameText } from './title-names';
import type { LocalizedText } from './types';

type Ctx = ProfileContext;

export const germanDegreeCondition = defineCondition({
  id: 'german_degree',
  legalRef: '§20 Abs. 1 Nr. 1 AufenthG',
  question: text('Haben Sie ein Studium in Deutschland erfolgreich abgeschlossen?', 'Have you successfully completed a degree in Germany?'),
  texts: {
    met: (v: { completedOn: string | null }) => {
      const date = v.completedOn === null ? null : isoDateText(v.completedOn);
      return date === null
        ? text('Studium in Deutschland abgeschlossen.', 'Degree completed in Germany.')
        : { de: `Studium in Deutschland abgeschlossen am ${date.de}.`, en: `Degree completed in Germany on ${date.en}.` };
    },
    not_german: text('Kein in Deutschland abgeschlossenes Studium angegeben.', 'No degree completed in Germany given.'),
    not_completed: text('Das Studium ist zum Bewertungsdatum noch nicht abgeschlossen.', 'The degree is not completed on the evaluation date.'),
    unknown: text('Das Abschlussdatum ist nicht angegeben.', 'The graduation date is not stated.'),
  },
  hints: { unknown: text('Das Datum des Studienabschlusses angeben.', 'State the graduation date.') },
  check: (ctx: Ctx) => {
    const q = ctx.profile.qualification;
    const values = { completedOn: q.completedOn ?? null, obtainedIn: q.obtainedIn ?? 'abroad' };
    if (q.type !== 'academic' || q.obtainedIn !== 'germany') return { status: 'not_met', text: 'not_german', values } as const;
    const completed = ctx.qualificationCompletedDay;
    if (completed === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    return completed <= ctx.day ? ({ status: 'met', text: 'met', values } as const) : ({ status: 'not_met', text: 'not_completed', values } as const);
  },
});

export const studyTitleCondition = defineCondition({
  id: 'study_title',
  legalRef: '§20 Abs. 1 Nr. 1 AufenthG',
  question: text('Welchen Aufenthaltstitel haben Sie in Deutschland?', 'Which residence title do you hold in Germany?'),
  texts: {
    met: (v: { currentTitle: string | null }) => ({ de: `Studium im Rahmen eines Aufenthalts nach §${v.currentTitle} AufenthG.`, en: `Studies under a §${v.currentTitle} AufenthG residence title.` }),
    not_met: text('Das Studium wurde nicht mit einem Aufenthaltstitel nach §16b oder §16c AufenthG abgeschlossen.', 'The degree was not completed under a §16b or §16c AufenthG title.'),
    unknown: text('Der aktuelle Aufenthaltstitel ist nicht angegeben.', 'The current residence title is not stated.'),
  },
  hints: { unknown: text('Den aktuellen Aufenthaltstitel angeben (z. B. Aufenthaltserlaubnis zum Studium).', 'State the current residence title (e.g. residence permit for study).') },
  check: (ctx: Ctx) => {
    const current = ctx.profile.currentTitle;
    const values = { currentTitle: current ?? null, location: ctx.isAbroad ? 'abroad' : 'germany' };
    // Someone abroad holds no German title; in Germany a missing answer is an open question.
    if (current === undefined && !ctx.isAbroad) return { status: 'unknown', text: 'unknown', values } as const;
    const met = current != null && ctx.period.postStudyPreviousTitles.has(current);
    return { status: met ? 'met' : 'not_met', text: met ? 'met' : 'not_met', values } as const;
  },
});

export const livelihoodSecuredCondition = defineCondition({
  id: 'livelihood_secured',
  legalRef: '§20 Abs. 2 Satz 1 AufenthG',
  question: text('Ist Ihr Lebensunterhalt während der Arbeitsplatzsuche gesichert?', 'Is your livelihood secured during the job search?'),
  texts: {
    met: text('Der Lebensunterhalt ist gesichert.', 'The livelihood is secured.'),
    not_met: text('Der Lebensunterhalt ist nicht gesichert.', 'The livelihood is not secured.'),
    unknown: text('Ob der Lebensunterhalt gesichert ist, ist nicht angegeben (die Behörde prüft den Einzelfall).', 'It is not stated whether the livelihood is secured (the authority assesses each case).'),
  },
  hints: {
    not_met: text('Mittel für den Lebensunterhalt einschließlich Krankenversicherung nachweisen.', 'Prove means of subsistence including health insurance.'),
    unknown: text('Angeben, ob der Lebensunterhalt gesichert ist.', 'State whether your livelihood is secured.'),
  },
  check: (ctx: Ctx) => {
    const secured = ctx.profile.livelihoodSecured;
    const status = secured === true ? 'met' : secured === false ? 'not_met' : 'unknown';
    return { status, text: status, values: { livelihoodSecured: secured ?? null, fundsPerMonthEur: ctx.profile.fundsPerMonthEur ?? null } } as const;
  },
});

export const chancenkarteFundsCondition = fundsCondition(
  'livelihood_chancenkarte',
  '§20a Abs. 4 Satz 1 AufenthG',
  (parameters) => parameters.chancenkarteFundsPerMonth,
);

export const inlandTitleCondition = defineCondition({
  id: 'inland_title_section_3_4',
  legalRef: '§20a Abs. 4 Satz 2 AufenthG',
  question: text('Welchen Aufenthaltstitel haben Sie in Deutschland?', 'Which residence title do you hold in Germany?'),
  texts: {
    abroad: text('Antrag aus dem Ausland.', 'Application from abroad.'),
    met: (v: { currentTitle: string | null }) => {
      const title = quoted(titleNameText(v.currentTitle));
      return { de: `In Deutschland mit einem Titel aus Abschnitt 3 oder 4: ${title.de}.`, en: `In Germany with a Section 3 or 4 title: ${title.en}.` };
    },
    not_met: text('In Deutschland nur mit einem Titel aus Abschnitt 3 oder 4 AufenthG (§§16–21) möglich.', 'In Germany only with a title from Section 3 or 4 AufenthG (§§16–21).'),
    unknown: text('Der aktuelle Aufenthaltstitel ist nicht angegeben.', 'The current residence title is not stated.'),
  },
  hints: { unknown: text('Den aktuellen Aufenthaltstitel angeben.', 'State the current residence title.') },
  check: (ctx: Ctx) => {
    const current = ctx.profile.currentTitle;
    const values = { currentTitle: current ?? null, location: ctx.isAbroad ? 'abroad' : 'germany' };
    if (ctx.isAbroad) return { status: 'met', text: 'abroad', values } as const;
    if (current === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    // Title ids start with their paragraph number ("16b", "18g_standard"); §§16–21 form Sections 3 and 4.
    const paragraph = current === null ? undefined : /^\d+/.exec(current)?.[0];
    const met = paragraph !== undefined && ctx.period.inlandTitleParagraphs.has(paragraph);
    return { status: met ? 'met' : 'not_met', text: met ? 'met' : 'not_met', values } as const;
  },
});

export const chancenkarteLanguageCondition = defineCondition({
  id: 'chancenkarte_language',
  legalRef: '§20a Abs. 4 Satz 3 Nr. 2 AufenthG',
  question: text('Welches Deutsch- und Englischniveau haben Sie?', 'What are your levels of German and English?'),
  texts: {
    met: (v: { german: string; english: string }) => {
      const known = languagesText(v);
      return { de: `Ihre Sprachkenntnisse: ${known.de}. Deutsch A1 oder Englisch B2 ist erreicht.`, en: `Your languages: ${known.en}. German A1 or English B2 is reached.` };
    },
    not_met: (v: { german: string; english: string }) => {
      const known = languagesText(v);
      return { de: `Ihre Sprachkenntnisse: ${known.de}. Nötig ist Deutsch A1 oder Englisch B2.`, en: `Your languages: ${known.en}. German A1 or English B2 is needed.` };
    },
  },
  hints: { not_met: text('Deutsch A1 oder Englisch B2 mit Zertifikat nachweisen.', 'Prove German A1 or English B2 with a certificate.') },
  check: (ctx: Ctx) => {
    const met = ctx.germanRank >= 1 || ctx.englishRank >= 4;
    return { status: met ? 'met' : 'not_met', text: met ? 'met' : 'not_met', values: { german: ctx.profile.german, english: ctx.profile.english } } as const;
  },
});

/** "keine Deutschkenntnisse, Englisch C1". */
function languagesText(v: { german: string; english: string }) {
  const german = languageLevelText('german', v.german);
  const english = languageLevelText('english', v.english);
  return { de: `${german.de}, ${english.de}`, en: `${german.en}, ${english.en}` };
}

type PointsValues = {
  points: number;
  minimumPoints: number;
  maximumReachablePoints: number;
  age?: number | null;
  birthdayToday?: boolean;
  agePoints?: number;
  qualificationCompletedOn?: string | null;
  experienceBeforeQualification?: boolean;
};

/** What explains the points: the age and its points, and experience that did not count. */
function pointsDetails(v: PointsValues): LocalizedText {
  const de: string[] = [];
  const en: string[] = [];
  if (v.age != null) {
    const age = ageText(v.age, v.birthdayToday === true);
    const points = countText(v.agePoints ?? 0, 'point');
    de.push(v.agePoints ? ` ${age.de}: ${points.de} für das Alter.` : ` ${age.de}: keine Punkte für das Alter.`);
    en.push(v.agePoints ? ` ${age.en}: ${points.en} for age.` : ` ${age.en}: no points for age.`);
  }
  if (v.experienceBeforeQualification === true && v.qualificationCompletedOn != null) {
    const date = isoDateText(v.qualificationCompletedOn);
    de.push(` Berufserfahrung vor dem Abschluss am ${date.de} zählt für die Punkte nicht.`);
    en.push(` Experience before the qualification was obtained on ${date.en} does not count for points.`);
  }
  return { de: de.join(''), en: en.join('') };
}

export const chancenkartePointsCondition = defineCondition({
  id: 'chancenkarte_points',
  legalRef: '§20a Abs. 3 Nr. 2, §20b AufenthG i.V.m. Anlage',
  question: text('Erreichen Sie die Mindestpunktzahl der Chancenkarte?', 'Do you reach the minimum opportunity-card points?'),
  texts: {
    met: (v: PointsValues) => {
      const points = countText(v.points, 'point');
      return { de: `${points.de}, mindestens ${v.minimumPoints} nötig.`, en: `${points.en}, at least ${v.minimumPoints} needed.` };
    },
    not_met: (v: PointsValues) => {
      const points = countText(v.points, 'point');
      const details = pointsDetails(v);
      return { de: `${points.de}; nötig sind mindestens ${v.minimumPoints}.${details.de}`, en: `${points.en}; at least ${v.minimumPoints} are needed.${details.en}` };
    },
    unknown: (v: PointsValues) => {
      const points = countText(v.points, 'point');
      const details = pointsDetails(v);
      return {
        de: `${points.de} sicher, bis zu ${v.maximumReachablePoints} möglich, wenn offene Angaben zutreffen; nötig sind mindestens ${v.minimumPoints}.${details.de}`,
        en: `${points.en} certain, up to ${v.maximumReachablePoints} if open answers apply; at least ${v.minimumPoints} are needed.${details.en}`,
      };
    },
  },
  hints: {
    not_met: (v: PointsValues) => {
      const missing = v.minimumPoints - v.points;
      const points = countText(missing, 'point');
      return missing === 1
        ? { de: `Noch ${points.de} fehlt (z. B. durch Deutschkenntnisse).`, en: `${missing} more point is needed (e.g. through German).` }
        : { de: `Noch ${points.de} fehlen (z. B. durch Deutschkenntnisse).`, en: `${missing} more points are needed (e.g. through German).` };
    },
    unknown: text('Die offenen Punkte-Fragen beantworten.', 'Answer the open points questions.'),
  },
  check: (ctx: Ctx) => {
    const result = chancenkartePointsOf(ctx);
    const completedOn = ctx.profile.qualification.completedOn;
    const values: PointsValues = {
      points: result.points,
      minimumPoints: result.minimumPoints,
      maximumReachablePoints: result.maximumReachablePoints,
      // For the explanation only: the age and its points, and whether experience before the qualification was left out.
      age: ctx.age ?? null,
      birthdayToday: ctx.birthdayToday,
      agePoints: result.breakdown.reduce((sum, item) => (item.criterion === 'age_band_high' || item.criterion === 'age_band_low' ? sum + item.points : sum), 0),
      qualificationCompletedOn: completedOn ?? null,
      // ISO dates compare as strings.
      experienceBeforeQualification: completedOn !== undefined && (ctx.profile.experience ?? []).some((entry) => entry.from < completedOn),
    };
    const status = result.points >= result.minimumPoints ? 'met' : result.maximumReachablePoints >= result.minimumPoints ? 'unknown' : 'not_met';
    return { status, text: status, values } as const;
  },
});

export const jobSearchConditions: readonly ConditionRule<Ctx>[] = [
  germanDegreeCondition,
  studyTitleCondition,
  livelihoodSecuredCondition,
  chancenkarteFundsCondition,
  inlandTitleCondition,
  chancenkarteLanguageCondition,
  chancenkartePointsCondition,
];
