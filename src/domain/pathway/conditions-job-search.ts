/**
 * Conditions of the job-search titles: §20 Abs. 1 Nr. 1 (after a German degree) and the
 * Chancenkarte (§20a, §20b AufenthG).
 */
import { chancenkarteExperienceValues, withExperienceNotes } from './chancenkarte-experience';
import { centsToEuros, eurosToCents } from '../shared/money';
import { chancenkartePointsOf } from './chancenkarte-points';
import { fundsCondition } from './conditions-measures';
import { defineCondition, type ConditionRule } from './rule-model';
import type { ProfileContext } from './profile-context';
import { ageText, countText, euroDe, euroEn, isoDateText, languageLevelText, quoted, text } from './text-helpers';
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

type JobSearchLivelihoodValues = {
  fundsPerMonthEur: number | null;
  fundsPerMonthCents: number | null;
  livelihoodSecured: boolean | null;
  /** null when the yes/no answer decided and the benchmark was not needed. */
  benchmarkPerMonthEur: number | null;
  benchmarkPerMonthCents: number | null;
  shortfallEur: number | null;
  shortfallCents: number | null;
  year: number;
};

/** "992,00 € pro Monat (Bedarf für Studierende nach dem BAföG, §2 Abs. 3 Satz 5 AufenthG)" */
const benchmarkDe = (v: JobSearchLivelihoodValues) => `${euroDe(v.benchmarkPerMonthCents ?? 0)} pro Monat (Bedarf für Studierende nach dem BAföG, §2 Abs. 3 Satz 5 AufenthG)`;
const benchmarkEn = (v: JobSearchLivelihoodValues) => `${euroEn(v.benchmarkPerMonthCents ?? 0)} per month (the BAföG student amount, §2(3) sentence 5 AufenthG)`;

/**
 * §20 Abs. 2 Satz 1: the livelihood must be secured. The statute names no amount; authorities use
 * the §2 Abs. 3 Satz 5 amount as benchmark (law.md §12). A stated monthly amount is compared with
 * it; only without an amount does the yes/no answer `livelihoodSecured` count.
 */
export const livelihoodSecuredCondition = defineCondition({
  id: 'livelihood_secured',
  legalRef: '§20 Abs. 2 Satz 1 AufenthG',
  question: text('Über wie viel Geld pro Monat verfügen Sie während der Arbeitsplatzsuche?', 'How much money per month do you have during the job search?'),
  texts: {
    funds_met: (v: JobSearchLivelihoodValues) => ({
      de: `Mittel von ${euroDe(v.fundsPerMonthCents ?? 0)} pro Monat erreichen den Richtwert von ${benchmarkDe(v)}. Ob der Lebensunterhalt gesichert ist, prüft die Ausländerbehörde im Einzelfall.`,
      en: `Means of ${euroEn(v.fundsPerMonthCents ?? 0)} per month reach the benchmark of ${benchmarkEn(v)}. The foreigners authority still assesses the individual case.`,
    }),
    funds_below: (v: JobSearchLivelihoodValues) => ({
      de: `Mittel von ${euroDe(v.fundsPerMonthCents ?? 0)} pro Monat liegen ${euroDe(v.shortfallCents ?? 0)} unter dem Richtwert von ${benchmarkDe(v)}.`,
      en: `Means of ${euroEn(v.fundsPerMonthCents ?? 0)} per month are ${euroEn(v.shortfallCents ?? 0)} below the benchmark of ${benchmarkEn(v)}.`,
    }),
    stated_met: text('Nach Ihrer Angabe ist der Lebensunterhalt gesichert; die Ausländerbehörde prüft den Einzelfall.', 'As you state, your livelihood is secured; the foreigners authority assesses the individual case.'),
    stated_not_met: text('Nach Ihrer Angabe ist der Lebensunterhalt nicht gesichert.', 'As you state, your livelihood is not secured.'),
    unknown: (v: JobSearchLivelihoodValues) => ({
      de: `Die Mittel pro Monat sind nicht angegeben; als Richtwert gelten ${benchmarkDe(v)}.`,
      en: `Your means per month are not stated; the benchmark is ${benchmarkEn(v)}.`,
    }),
  },
  hints: {
    funds_below: (v: JobSearchLivelihoodValues) => ({
      de: `Mit ${euroDe(v.shortfallCents ?? 0)} mehr pro Monat (z. B. Einkommen aus einer Beschäftigung, Sperrkonto oder Verpflichtungserklärung) wäre der Richtwert erreicht.`,
      en: `With ${euroEn(v.shortfallCents ?? 0)} more per month (e.g. income from work, a blocked account or a formal obligation) the benchmark would be reached.`,
    }),
    stated_not_met: text('Mittel für den Lebensunterhalt einschließlich Krankenversicherung nachweisen.', 'Prove means of subsistence including health insurance.'),
    unknown: text('Angeben, über wie viel Geld Sie pro Monat verfügen (z. B. Einkommen, Sperrkonto).', 'State how much money you have per month (e.g. income, blocked account).'),
  },
  check: (ctx: Ctx) => {
    const funds = ctx.profile.fundsPerMonthEur;
    const fundsCents = funds === undefined ? undefined : eurosToCents(funds);
    const secured = ctx.profile.livelihoodSecured;
    // The yearly benchmark is read only when needed: a yes/no answer without an amount stays
    // decidable in a year whose figures are not entered yet.
    const valuesWith = (benchmark: number | null): JobSearchLivelihoodValues => {
      const shortfall = benchmark === null ? null : fundsCents === undefined ? benchmark : Math.max(0, benchmark - fundsCents);
      return {
        fundsPerMonthEur: funds ?? null,
        fundsPerMonthCents: fundsCents ?? null,
        livelihoodSecured: secured ?? null,
        benchmarkPerMonthEur: benchmark === null ? null : centsToEuros(benchmark),
        benchmarkPerMonthCents: benchmark,
        shortfallEur: shortfall === null ? null : centsToEuros(shortfall),
        shortfallCents: shortfall,
        year: ctx.period.parameterYear,
      };
    };
    if (fundsCents === undefined && secured != null) {
      const values = valuesWith(null);
      return secured ? ({ status: 'met', text: 'stated_met', values } as const) : ({ status: 'not_met', text: 'stated_not_met', values } as const);
    }
    const values = valuesWith(ctx.period.parameters.studyFundsPerMonth.cents);
    if (fundsCents === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    return values.shortfallCents === 0 ? ({ status: 'met', text: 'funds_met', values } as const) : ({ status: 'not_met', text: 'funds_below', values } as const);
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
  experience: ReturnType<typeof chancenkarteExperienceValues>;
  age?: number | null;
  birthdayToday?: boolean;
  agePoints?: number;
};

/** What explains the points besides the experience notes: the age and its points. */
function pointsDetails(v: PointsValues): LocalizedText {
  if (v.age == null) return { de: '', en: '' };
  const age = ageText(v.age, v.birthdayToday === true);
  const points = countText(v.agePoints ?? 0, 'point');
  return v.agePoints
    ? { de: ` ${age.de}: ${points.de} für das Alter.`, en: ` ${age.en}: ${points.en} for age.` }
    : { de: ` ${age.de}: keine Punkte für das Alter.`, en: ` ${age.en}: no points for age.` };
}

export const chancenkartePointsCondition = defineCondition({
  id: 'chancenkarte_points',
  legalRef: '§20a Abs. 3 Nr. 2, §20b AufenthG i.V.m. Anlage',
  question: text('Erreichen Sie die Mindestpunktzahl der Chancenkarte?', 'Do you reach the minimum opportunity-card points?'),
  texts: withExperienceNotes({
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
  }),
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
    const values: PointsValues = {
      points: result.points,
      minimumPoints: result.minimumPoints,
      maximumReachablePoints: result.maximumReachablePoints,
      experience: chancenkarteExperienceValues(ctx),
      // For the explanation only: the age and its points.
      age: ctx.age ?? null,
      birthdayToday: ctx.birthdayToday,
      agePoints: result.breakdown.reduce((sum, item) => (item.criterion === 'age_band_high' || item.criterion === 'age_band_low' ? sum + item.points : sum), 0),
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
