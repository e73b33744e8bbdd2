/**
 * Conditions of the recognition routes: state recognition abroad (§16d Abs. 3, §6 BeschV,
 * §20a Abs. 4), the deficit notice of §16d Abs. 1, the recognition partnership of §16d Abs. 3.
 */
import { matchOccupation } from './occupation';
import { defineCondition, type ConditionRule } from './rule-model';
import type { ProfileContext } from './profile-context';
import type { ConditionStatus } from './types';
import { text } from './text-helpers';

type Ctx = ProfileContext;
type StateKey = 'no_qualification' | 'german_qualification' | 'too_short' | 'training_unknown' | 'recognised' | 'not_recognised' | 'unknown';

/** Foreign qualification state-recognised where obtained; vocational ≥ 2 years (§16d Abs. 3 Nr. 1, §6 Abs. 1 Nr. 3 BeschV, §20a Abs. 4 Satz 3 Nr. 1). */
export function stateRecognition(ctx: Ctx): { status: ConditionStatus; text: StateKey } {
  const q = ctx.profile.qualification;
  if (q.type === 'none') return { status: 'not_met', text: 'no_qualification' };
  if (q.obtainedIn === 'germany') return { status: 'not_met', text: 'german_qualification' };
  if (q.stateRecognisedAbroad === false) return { status: 'not_met', text: 'not_recognised' };
  if (q.type === 'vocational') {
    if (q.trainingYears === undefined) return { status: 'unknown', text: 'training_unknown' };
    if (q.trainingYears < ctx.period.rules.minimumTrainingYears.value) return { status: 'not_met', text: 'too_short' };
  }
  return q.stateRecognisedAbroad === true ? { status: 'met', text: 'recognised' } : { status: 'unknown', text: 'unknown' };
}

const stateTexts = {
  no_qualification: text('Keine Berufsqualifikation und kein Hochschulabschluss angegeben.', 'No vocational qualification or degree given.'),
  german_qualification: text(
    'Die Regel gilt für ausländische Qualifikationen; mit einem deutschen Abschluss kommen §18a/§18b AufenthG in Betracht.',
    'The rule covers foreign qualifications; with a German qualification see §18a/§18b AufenthG.',
  ),
  too_short: text('Die Ausbildung dauerte weniger als 2 Jahre.', 'The training lasted less than 2 years.'),
  training_unknown: text('Die gesetzlich festgelegte Ausbildungsdauer ist nicht angegeben.', 'The legally fixed training duration is not stated.'),
  recognised: text('Die Qualifikation ist im Herkunftsstaat staatlich anerkannt.', 'The qualification is state-recognised in the country where it was obtained.'),
  not_recognised: text('Die Qualifikation ist im Herkunftsstaat nicht staatlich anerkannt.', 'The qualification is not state-recognised where it was obtained.'),
  unknown: text('Ob die Qualifikation im Herkunftsstaat staatlich anerkannt ist, ist noch nicht bestätigt.', 'State recognition in the country of origin is not confirmed yet.'),
};

const confirmHint = text(
  'Staatliche Anerkennung durch die ZAB bestätigen lassen ("Digitale Auskunft zur Berufsqualifikation", 150 €).',
  'Have the ZAB confirm the state recognition ("Digitale Auskunft zur Berufsqualifikation", €150).',
);
const trainingHint = text('Die gesetzliche Ausbildungsdauer angeben.', 'State the legally fixed training duration.');

export const stateRecognisedCondition = defineCondition({
  id: 'state_recognised_qualification',
  legalRef: '§16d Abs. 3 Satz 1 Nr. 1 AufenthG',
  question: text('Ist Ihre Qualifikation im Herkunftsstaat staatlich anerkannt?', 'Is your qualification state-recognised in the country where you obtained it?'),
  texts: stateTexts,
  hints: { unknown: confirmHint, training_unknown: trainingHint },
  check: (ctx: Ctx) => Object.assign(stateRecognition(ctx), { values: { stateRecognisedAbroad: ctx.profile.qualification.stateRecognisedAbroad ?? null } }),
});

export const beschv6QualificationCondition = defineCondition({
  id: 'beschv6_qualification',
  legalRef: '§6 Abs. 1 Satz 1 Nr. 3, Satz 3 BeschV',
  question: text('Ist Ihre Qualifikation im Herkunftsstaat staatlich anerkannt (nicht nötig in IT-Berufen)?', 'Is your qualification state-recognised abroad (not needed in IT jobs)?'),
  texts: {
    ...stateTexts,
    ict_exempt: text('IT-Beruf: eine formale Qualifikation ist nicht erforderlich.', 'IT occupation: no formal qualification is required.'),
  },
  hints: { unknown: confirmHint, training_unknown: trainingHint },
  check: (ctx: Ctx) => {
    const jobIsco = ctx.profile.job?.isco;
    const ict = ctx.profile.job ? matchOccupation(ctx.period.ictGroups, ctx.profile.job).status : 'not_met';
    const values = { jobIsco: jobIsco ?? null, ictOccupation: ict, stateRecognisedAbroad: ctx.profile.qualification.stateRecognisedAbroad ?? null };
    if (ict === 'met') return { status: 'met' as const, text: 'ict_exempt' as const, values };
    const base = stateRecognition(ctx);
    // An IT job could still waive the requirement while the job's ISCO code is unknown.
    if (base.status === 'not_met' && ict === 'unknown') return { status: 'unknown' as const, text: base.text, values };
    return Object.assign(base, { values });
  },
});

export const chancenkarteQualificationCondition = defineCondition({
  id: 'chancenkarte_qualification',
  legalRef: '§20a Abs. 4 Satz 3 Nr. 1, §20b Abs. 1 Satz 2 AufenthG',
  question: text('Ist Ihre Qualifikation im Herkunftsstaat staatlich anerkannt?', 'Is your qualification state-recognised where you obtained it?'),
  texts: {
    ...stateTexts,
    waived: text(
      'Entfällt: Teilanerkennung (Defizitbescheid) bringt 4 Punkte und ersetzt diese Voraussetzung.',
      'Waived: partial recognition (deficit notice) gives 4 points and replaces this requirement.',
    ),
    degree_comparable: text('Der Hochschulabschluss ist als vergleichbar bewertet (anabin/ZAB).', 'The degree is assessed as comparable (anabin/ZAB).'),
  },
  hints: { unknown: confirmHint, training_unknown: trainingHint },
  check: (ctx: Ctx) => {
    const q = ctx.profile.qualification;
    const values = { germanRecognition: q.germanRecognition ?? null, stateRecognisedAbroad: q.stateRecognisedAbroad ?? null };
    if (q.type !== 'none' && q.obtainedIn !== 'germany') {
      if (q.germanRecognition === 'partial') return { status: 'met' as const, text: 'waived' as const, values };
      const comparable = q.germanRecognition === 'full' || q.germanRecognition === 'comparable';
      if (q.type === 'academic' && comparable) return { status: 'met' as const, text: 'degree_comparable' as const, values };
    }
    return Object.assign(stateRecognition(ctx), { values });
  },
});

export const partialRecognitionCondition = defineCondition({
  id: 'partial_recognition',
  legalRef: '§16d Abs. 1 Satz 1 AufenthG',
  question: text('Hat eine deutsche Anerkennungsstelle Ausgleichsmaßnahmen verlangt (Defizitbescheid)?', 'Has a German recognition body required compensation measures (deficit notice)?'),
  texts: {
    met: text('Defizitbescheid: Anpassungs- oder Ausgleichsmaßnahmen sind erforderlich.', 'Deficit notice: adaptation or compensation measures are required.'),
    no_foreign_qualification: text('Keine ausländische Berufsqualifikation angegeben.', 'No foreign professional qualification given.'),
    already_recognised: text('Die Qualifikation ist bereits anerkannt; eine Qualifizierungsmaßnahme ist nicht nötig.', 'The qualification is already recognised; no qualification measure is needed.'),
    no_decision: text('Es gibt noch keinen Bescheid einer Anerkennungsstelle.', 'There is no decision of a recognition body yet.'),
    rejected: text('Die Anerkennung wurde abgelehnt, ohne Ausgleichsmaßnahmen zu benennen.', 'Recognition was refused without naming compensation measures.'),
    unknown: text('Der Stand der Anerkennung ist nicht angegeben.', 'The recognition status is not stated.'),
  },
  hints: {
    no_decision: text('Anerkennung beantragen; ein Defizitbescheid öffnet §16d Abs. 1 AufenthG.', 'Apply for recognition; a deficit notice opens §16d(1) AufenthG.'),
    unknown: text('Den Stand der Anerkennung angeben.', 'State the recognition status.'),
  },
  check: (ctx: Ctx) => {
    const q = ctx.profile.qualification;
    const values = { germanRecognition: q.germanRecognition ?? null };
    if (q.type === 'none' || q.obtainedIn === 'germany') return { status: 'not_met' as const, text: 'no_foreign_qualification' as const, values };
    switch (q.germanRecognition) {
      case 'partial':
        return { status: 'met' as const, text: 'met' as const, values };
      case undefined:
        return { status: 'unknown' as const, text: 'unknown' as const, values };
      case 'not_applied':
        return { status: 'not_met' as const, text: 'no_decision' as const, values };
      case 'none':
        return { status: 'not_met' as const, text: 'rejected' as const, values };
      default:
        return { status: 'not_met' as const, text: 'already_recognised' as const, values };
    }
  },
});

export const recognitionPendingCondition = defineCondition({
  id: 'recognition_pending',
  legalRef: '§16d Abs. 3 Satz 1 AufenthG',
  question: text('Steht die Anerkennung in Deutschland noch aus?', 'Is recognition in Germany still to be obtained?'),
  texts: {
    pending: text('Die Anerkennung in Deutschland steht noch aus; sie kann während der Beschäftigung betrieben werden.', 'Recognition in Germany is still open and can be pursued while working.'),
    no_foreign_qualification: text('Keine ausländische Berufsqualifikation angegeben.', 'No foreign professional qualification given.'),
    already_recognised: text('Bereits anerkannt: §18a/§18b AufenthG passen besser.', 'Already recognised: §18a/§18b AufenthG fit better.'),
    rejected: text('Die Anerkennung wurde abgelehnt.', 'Recognition was refused.'),
    unknown: text('Der Stand der Anerkennung ist nicht angegeben.', 'The recognition status is not stated.'),
  },
  hints: { unknown: text('Den Stand der Anerkennung angeben.', 'State the recognition status.') },
  check: (ctx: Ctx) => {
    const q = ctx.profile.qualification;
    const values = { germanRecognition: q.germanRecognition ?? null };
    if (q.type === 'none' || q.obtainedIn === 'germany') return { status: 'not_met' as const, text: 'no_foreign_qualification' as const, values };
    if (q.germanRecognition === undefined) return { status: 'unknown' as const, text: 'unknown' as const, values };
    if (q.germanRecognition === 'not_applied' || q.germanRecognition === 'partial') return { status: 'met' as const, text: 'pending' as const, values };
    if (q.germanRecognition === 'none') return { status: 'not_met' as const, text: 'rejected' as const, values };
    return { status: 'not_met' as const, text: 'already_recognised' as const, values };
  },
});

export const recognitionConditions: readonly ConditionRule<Ctx>[] = [
  stateRecognisedCondition,
  beschv6QualificationCondition,
  chancenkarteQualificationCondition,
  partialRecognitionCondition,
  recognitionPendingCondition,
];
