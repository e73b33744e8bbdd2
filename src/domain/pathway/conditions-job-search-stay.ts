/**
 * Conditions of the job-search permits after a stay in Germany beyond study (§20 Abs. 1 Nr. 2–4
 * AufenthG): after research (§18d/§18f), after qualified vocational training (§16a) and after
 * equivalence or a professional licence obtained during a §16d stay. Each pairs "what was completed"
 * with "under which title"; the livelihood condition is shared with §20 Abs. 1 Nr. 1.
 */
import { defineCondition, type ConditionRule, type StatutoryList } from './rule-model';
import type { ProfileContext } from './profile-context';
import { text } from './text-helpers';

type Ctx = ProfileContext;
type TitleValues = { currentTitle: string | null; location: 'abroad' | 'germany' };

/** Whether the person holds one of the listed titles in Germany; `undefined` when in Germany without an answer. */
function holdsTitle(ctx: Ctx, list: StatutoryList): boolean | undefined {
  const current = ctx.profile.currentTitle;
  if (ctx.isAbroad) return false;
  if (current === undefined) return undefined;
  return current !== null && list.codes.includes(current);
}

const titleValues = (ctx: Ctx): TitleValues => ({ currentTitle: ctx.profile.currentTitle ?? null, location: ctx.isAbroad ? 'abroad' : 'germany' });

const currentTitleQuestion = text('Welchen Aufenthaltstitel haben Sie in Deutschland?', 'Which residence title do you hold in Germany?');
const currentTitleUnknown = text('Der aktuelle Aufenthaltstitel ist nicht angegeben.', 'The current residence title is not stated.');
const currentTitleHint = text('Den aktuellen Aufenthaltstitel angeben.', 'State your current residence title.');

/** A "held the right title in Germany" condition for one number of §20 Abs. 1. */
function stayTitleCondition(id: string, legalRef: string, pick: (ctx: Ctx) => StatutoryList, met: { de: string; en: string }, notMet: { de: string; en: string }) {
  return defineCondition({
    id,
    legalRef,
    question: currentTitleQuestion,
    texts: { met, not_met: notMet, unknown: currentTitleUnknown },
    hints: { unknown: currentTitleHint },
    check: (ctx: Ctx) => {
      const held = holdsTitle(ctx, pick(ctx));
      const values = titleValues(ctx);
      if (held === undefined) return { status: 'unknown', text: 'unknown', values } as const;
      return held ? ({ status: 'met', text: 'met', values } as const) : ({ status: 'not_met', text: 'not_met', values } as const);
    },
  });
}

export const researchTitleCondition = stayTitleCondition(
  'research_title',
  '§20 Abs. 1 Nr. 2 AufenthG',
  (ctx) => ctx.period.rules.postResearchPreviousTitleIds,
  text('Sie forschen in Deutschland mit einer Aufenthaltserlaubnis für Forschende.', 'You do research in Germany with a residence permit for researchers.'),
  text(
    'Die Forschungstätigkeit wurde nicht mit einer Aufenthaltserlaubnis für Forschende (auch für mobile Forschende) in Deutschland ausgeübt.',
    'The research was not done in Germany with a residence permit for researchers (or mobile researchers).',
  ),
);

export const trainingTitleCondition = stayTitleCondition(
  'training_title',
  '§20 Abs. 1 Nr. 3 AufenthG',
  (ctx) => ctx.period.rules.postTrainingPreviousTitleIds,
  text('Sie machen Ihre Ausbildung in Deutschland mit einer Aufenthaltserlaubnis zur Berufsausbildung.', 'You train in Germany with a residence permit for vocational training.'),
  text('Die Ausbildung wurde nicht mit einer Aufenthaltserlaubnis zur Berufsausbildung in Deutschland gemacht.', 'The training was not done in Germany with a residence permit for vocational training.'),
);

export const recognitionTitleCondition = stayTitleCondition(
  'recognition_stay_title',
  '§20 Abs. 1 Nr. 4 AufenthG',
  (ctx) => ctx.period.rules.postRecognitionPreviousTitleIds,
  text('Sie sind mit einer Aufenthaltserlaubnis für die Anerkennung Ihrer Berufsqualifikation in Deutschland.', 'You are in Germany with a residence permit for the recognition of your qualification.'),
  text(
    'Sie sind nicht mit einer Aufenthaltserlaubnis für die Anerkennung Ihrer Berufsqualifikation (Qualifizierungsmaßnahme, Anerkennungspartnerschaft, Prüfung) in Deutschland.',
    'You are not in Germany with a residence permit for the recognition of your qualification (qualification measure, recognition partnership, examination).',
  ),
);

export const researchCompletedCondition = defineCondition({
  id: 'research_completed',
  legalRef: '§20 Abs. 1 Nr. 2 AufenthG',
  question: text('Haben Sie Ihre Forschungstätigkeit in Deutschland abgeschlossen, und wann?', 'Have you completed your research activity in Germany, and when?'),
  texts: {
    met: text('Die Forschungstätigkeit ist abgeschlossen.', 'The research activity is completed.'),
    not_completed: text('Die Forschungstätigkeit ist zum Bewertungsdatum noch nicht abgeschlossen.', 'The research activity is not completed on the evaluation date.'),
    none: text('Kein Abschluss einer Forschungstätigkeit in Deutschland angegeben.', 'No completed research activity in Germany given.'),
    unknown: text('Ob und wann die Forschungstätigkeit abgeschlossen wurde, ist nicht angegeben.', 'It is not stated whether and when the research activity was completed.'),
  },
  hints: { unknown: text('Das Datum angeben, an dem die Forschungstätigkeit endet oder endete.', 'State the date your research activity ends or ended.') },
  check: (ctx: Ctx) => {
    const completedOn = ctx.profile.researchCompletedOn;
    const values = { researchCompletedOn: completedOn ?? null };
    if (completedOn === undefined) {
      // The date matters only for someone who does research in Germany; for everyone else nothing was completed.
      const researcher = holdsTitle(ctx, ctx.period.rules.postResearchPreviousTitleIds);
      return researcher === false ? ({ status: 'not_met', text: 'none', values } as const) : ({ status: 'unknown', text: 'unknown', values } as const);
    }
    return completedOn <= ctx.evaluationDate ? ({ status: 'met', text: 'met', values } as const) : ({ status: 'not_met', text: 'not_completed', values } as const);
  },
});

export const germanVocationalTrainingCondition = defineCondition({
  id: 'german_vocational_training_completed',
  legalRef: '§20 Abs. 1 Nr. 3 AufenthG',
  question: text('Haben Sie eine qualifizierte Berufsausbildung in Deutschland erfolgreich abgeschlossen?', 'Have you successfully completed qualified vocational training in Germany?'),
  texts: {
    met: text('Qualifizierte Berufsausbildung in Deutschland erfolgreich abgeschlossen.', 'Qualified vocational training successfully completed in Germany.'),
    not_german: text('Keine in Deutschland abgeschlossene Berufsausbildung angegeben.', 'No vocational training completed in Germany given.'),
    too_short: (v: { minimumYears: number }) => ({
      de: `Die Ausbildung dauerte weniger als ${v.minimumYears} Jahre; qualifiziert ist erst eine Ausbildung ab ${v.minimumYears} Jahren (§2 Abs. 12a AufenthG).`,
      en: `The training lasted less than ${v.minimumYears} years; qualified training needs at least ${v.minimumYears} years (§2(12a) AufenthG).`,
    }),
    not_completed: text('Die Ausbildung ist zum Bewertungsdatum noch nicht abgeschlossen.', 'The training is not completed on the evaluation date.'),
    unknown: text('Das Datum des Ausbildungsabschlusses ist nicht angegeben.', 'The date the training was completed is not stated.'),
  },
  hints: { unknown: text('Das Datum des Ausbildungsabschlusses angeben.', 'State the date the training was completed.') },
  check: (ctx: Ctx) => {
    const q = ctx.profile.qualification;
    const minimumYears = ctx.period.rules.minimumTrainingYears.value;
    const values = { qualificationType: q.type, obtainedIn: q.obtainedIn ?? 'abroad', trainingYears: q.trainingYears ?? null, completedOn: q.completedOn ?? null, minimumYears };
    if (q.type !== 'vocational' || q.obtainedIn !== 'germany') return { status: 'not_met', text: 'not_german', values } as const;
    if (q.trainingYears !== undefined && q.trainingYears < minimumYears) return { status: 'not_met', text: 'too_short', values } as const;
    const completed = ctx.qualificationCompletedDay;
    if (completed === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    return completed <= ctx.day ? ({ status: 'met', text: 'met', values } as const) : ({ status: 'not_met', text: 'not_completed', values } as const);
  },
});

export const recognitionObtainedCondition = defineCondition({
  id: 'recognition_obtained',
  legalRef: '§20 Abs. 1 Nr. 4 AufenthG',
  question: text(
    'Wurde die Gleichwertigkeit Ihrer Berufsqualifikation festgestellt oder eine Berufsausübungserlaubnis erteilt?',
    'Has your qualification been found equivalent, or a professional licence been granted?',
  ),
  texts: {
    equivalent: text('Die Gleichwertigkeit der Berufsqualifikation ist festgestellt.', 'The qualification has been found equivalent.'),
    licence: text('Die Berufsausübungserlaubnis ist erteilt.', 'The professional licence has been granted.'),
    not_met: text(
      'Weder ist die Gleichwertigkeit der Berufsqualifikation festgestellt noch eine Berufsausübungserlaubnis erteilt.',
      'The qualification has neither been found equivalent nor has a professional licence been granted.',
    ),
    unknown: text('Ob die Gleichwertigkeit festgestellt oder eine Berufsausübungserlaubnis erteilt wurde, ist nicht angegeben.', 'It is not stated whether equivalence was established or a professional licence granted.'),
  },
  hints: {
    not_met: text('Die Anerkennung abschließen: Ausgleichsmaßnahme oder Prüfung bestehen, dann den Bescheid vorlegen.', 'Complete the recognition: pass the compensation measure or examination, then present the decision.'),
    unknown: text('Angeben, ob ein Anerkennungsbescheid oder eine Berufsausübungserlaubnis vorliegt.', 'State whether a recognition decision or a professional licence exists.'),
  },
  check: (ctx: Ctx) => {
    const q = ctx.profile.qualification;
    const values = { germanRecognition: q.germanRecognition ?? null, professionalLicence: q.professionalLicence ?? null };
    if (q.professionalLicence === true) return { status: 'met', text: 'licence', values } as const;
    if (q.germanRecognition === 'full') return { status: 'met', text: 'equivalent', values } as const;
    if (q.germanRecognition === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    return { status: 'not_met', text: 'not_met', values } as const;
  },
});

export const jobSearchStayConditions: readonly ConditionRule<Ctx>[] = [
  researchTitleCondition,
  researchCompletedCondition,
  trainingTitleCondition,
  germanVocationalTrainingCondition,
  recognitionTitleCondition,
  recognitionObtainedCondition,
];
