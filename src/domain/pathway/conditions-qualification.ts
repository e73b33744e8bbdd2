/**
 * Conditions about the applicant's qualification: Fachkraft status (§18 Abs. 3), professional
 * licence (§18 Abs. 2 Nr. 3) and state recognition abroad (§16d Abs. 3, §6 BeschV, §20a Abs. 4).
 */
import { defineCondition, type ConditionRule } from './rule-model';
import type { ProfileContext } from './profile-context';
import type { ConditionStatus } from './types';
import { text } from './text-helpers';

type Ctx = ProfileContext;
type Verdict<K extends string> = { status: ConditionStatus; text: K; values: Record<string, unknown> };

const recognitionValues = (ctx: Ctx) => ({
  qualificationType: ctx.profile.qualification.type,
  obtainedIn: ctx.profile.qualification.obtainedIn ?? 'abroad',
  germanRecognition: ctx.profile.qualification.germanRecognition ?? null,
});

type VocationalKey = 'not_vocational' | 'too_short' | 'german' | 'equivalent' | 'unknown' | 'no_decision' | 'partial' | 'not_equivalent';
type AcademicKey = 'not_academic' | 'german' | 'comparable' | 'unknown' | 'not_checked' | 'not_comparable';

/** §18 Abs. 3 Nr. 1: German training, or a foreign one formally found equivalent. */
export function vocationalFachkraft(ctx: Ctx): Verdict<VocationalKey> {
  const q = ctx.profile.qualification;
  const values = Object.assign(recognitionValues(ctx), { trainingYears: q.trainingYears ?? null });
  if (q.type !== 'vocational') return { status: 'not_met', text: 'not_vocational', values };
  if (q.trainingYears !== undefined && q.trainingYears < ctx.period.rules.minimumTrainingYears.value) {
    return { status: 'not_met', text: 'too_short', values };
  }
  if (q.obtainedIn === 'germany') return { status: 'met', text: 'german', values };
  switch (q.germanRecognition) {
    case 'full':
      return { status: 'met', text: 'equivalent', values };
    case undefined:
      return { status: 'unknown', text: 'unknown', values };
    // A vocational qualification needs a formal equivalence decision ("festgestellt"): none yet is a failure.
    case 'not_applied':
      return { status: 'not_met', text: 'no_decision', values };
    case 'partial':
      return { status: 'not_met', text: 'partial', values };
    default:
      return { status: 'not_met', text: 'not_equivalent', values };
  }
}

/** §18 Abs. 3 Nr. 2: German degree, or a recognised or comparable foreign degree. */
export function academicFachkraft(ctx: Ctx): Verdict<AcademicKey> {
  const q = ctx.profile.qualification;
  const values = recognitionValues(ctx);
  if (q.type !== 'academic') return { status: 'not_met', text: 'not_academic', values };
  if (q.obtainedIn === 'germany') return { status: 'met', text: 'german', values };
  switch (q.germanRecognition) {
    case 'full':
    case 'comparable':
      return { status: 'met', text: 'comparable', values };
    case undefined:
      return { status: 'unknown', text: 'unknown', values };
    // Comparability is a property of the degree (anabin/ZAB), so "not checked yet" is unknown, not a failure.
    case 'not_applied':
      return { status: 'unknown', text: 'not_checked', values };
    default:
      return { status: 'not_met', text: 'not_comparable', values };
  }
}

const vocationalTexts = {
  not_vocational: text('Keine Berufsausbildung angegeben.', 'No vocational qualification given.'),
  too_short: text(
    'Die Ausbildung dauerte weniger als 2 Jahre; qualifiziert ist erst eine Ausbildung ab 2 Jahren (§2 Abs. 12a AufenthG).',
    'The training lasted less than 2 years; qualified training needs at least 2 years (§2(12a) AufenthG).',
  ),
  german: text('Qualifizierte Berufsausbildung in Deutschland.', 'Qualified vocational training completed in Germany.'),
  equivalent: text('Die Gleichwertigkeit der ausländischen Berufsqualifikation ist festgestellt.', 'The foreign vocational qualification has been found equivalent.'),
  unknown: text('Ob die Gleichwertigkeit festgestellt ist, ist nicht angegeben.', 'It is not stated whether equivalence has been established.'),
  no_decision: text(
    'Es gibt noch keine Entscheidung über die Gleichwertigkeit; für eine Berufsausbildung ist ein förmlicher Bescheid nötig.',
    'There is no equivalence decision yet; a vocational qualification needs a formal decision.',
  ),
  partial: text(
    'Nur teilweise gleichwertig (Defizitbescheid): Fachkraft erst nach Ausgleichsmaßnahmen.',
    'Only partially equivalent (deficit notice): skilled-worker status only after compensation measures.',
  ),
  not_equivalent: text('Die Gleichwertigkeit wurde nicht festgestellt.', 'Equivalence has not been established.'),
};

export const vocationalFachkraftCondition = defineCondition({
  id: 'fachkraft_vocational',
  legalRef: '§18 Abs. 3 Nr. 1 AufenthG',
  question: text('Ist Ihre Berufsausbildung in Deutschland als gleichwertig anerkannt?', 'Has your vocational qualification been recognised as equivalent in Germany?'),
  texts: vocationalTexts,
  hints: {
    no_decision: text(
      'Anerkennung (Gleichwertigkeitsfeststellung) bei der zuständigen Stelle beantragen, z. B. IHK FOSA oder Handwerkskammer; im §81a-Verfahren übernimmt das die Ausländerbehörde.',
      'Apply for recognition (equivalence) at the competent body, e.g. IHK FOSA or a chamber of crafts; in the §81a procedure the foreigners authority starts it.',
    ),
    unknown: text('Angeben, ob ein Anerkennungsbescheid vorliegt.', 'State whether a recognition decision exists.'),
    partial: text('Ausgleichsmaßnahme absolvieren (§16d AufenthG).', 'Complete a compensation measure (§16d AufenthG).'),
  },
  check: vocationalFachkraft,
});

const academicTexts = {
  not_academic: text('Kein Hochschulabschluss angegeben.', 'No university degree given.'),
  german: text('Abschluss einer deutschen Hochschule.', 'Degree from a German university.'),
  comparable: text('Der ausländische Abschluss ist anerkannt oder mit einem deutschen vergleichbar.', 'The foreign degree is recognised or comparable to a German degree.'),
  unknown: text('Ob der Abschluss vergleichbar ist, ist nicht angegeben.', 'It is not stated whether the degree is comparable.'),
  not_checked: text('Die Vergleichbarkeit des Abschlusses ist noch nicht geprüft.', 'The comparability of the degree has not been checked yet.'),
  not_comparable: text('Der Abschluss ist nicht als vergleichbar bewertet.', 'The degree has not been assessed as comparable.'),
};

const academicHint = text(
  'In anabin prüfen (Hochschule H+ und Abschluss "entspricht" oder "gleichwertig") oder eine ZAB-Zeugnisbewertung beantragen (200 €).',
  'Check anabin (institution H+ and degree "entspricht" or "gleichwertig") or apply for a ZAB statement of comparability (€200).',
);

export const academicFachkraftCondition = defineCondition({
  id: 'fachkraft_academic',
  legalRef: '§18 Abs. 3 Nr. 2 AufenthG',
  question: text('Ist Ihr Hochschulabschluss anerkannt oder mit einem deutschen vergleichbar?', 'Is your degree recognised or comparable to a German degree?'),
  texts: academicTexts,
  hints: { unknown: academicHint, not_checked: academicHint },
  check: academicFachkraft,
});

/** Either kind of Fachkraft (§18 Abs. 3), for the Chancenkarte Fachkraft route. */
export const fachkraftCondition = defineCondition({
  id: 'fachkraft',
  legalRef: '§18 Abs. 3 AufenthG',
  question: text('Sind Sie Fachkraft (anerkannte Ausbildung oder vergleichbarer Abschluss)?', 'Are you a skilled worker (recognised training or comparable degree)?'),
  texts: {
    met: text('Sie sind Fachkraft im Sinne von §18 Abs. 3 AufenthG.', 'You are a skilled worker under §18(3) AufenthG.'),
    unknown: text('Ob Sie Fachkraft sind, hängt von der noch offenen Anerkennung oder Vergleichbarkeit ab.', 'Whether you are a skilled worker depends on the open recognition or comparability.'),
    not_met: text('Sie sind (noch) keine Fachkraft: weder anerkannte Berufsausbildung noch vergleichbarer Abschluss.', 'You are not (yet) a skilled worker: neither recognised training nor a comparable degree.'),
  },
  hints: { unknown: academicHint },
  check: (ctx: Ctx): Verdict<'met' | 'unknown' | 'not_met'> => {
    const vocational = vocationalFachkraft(ctx).status;
    const academic = academicFachkraft(ctx).status;
    const status: ConditionStatus =
      vocational === 'met' || academic === 'met' ? 'met' : vocational === 'unknown' || academic === 'unknown' ? 'unknown' : 'not_met';
    return { status, text: status, values: { vocational, academic } };
  },
});

export const professionalLicenceCondition = defineCondition({
  id: 'professional_licence',
  legalRef: '§18 Abs. 2 Nr. 3 AufenthG',
  question: text('Liegt die Berufsausübungserlaubnis vor oder ist sie zugesagt?', 'Has the professional licence been granted or promised?'),
  texts: {
    not_regulated: text('Kein reglementierter Beruf: keine Berufsausübungserlaubnis nötig.', 'Not a regulated profession: no professional licence needed.'),
    granted: text('Die Berufsausübungserlaubnis ist erteilt oder zugesagt.', 'The professional licence has been granted or promised.'),
    missing: text('Reglementierter Beruf ohne erteilte oder zugesagte Berufsausübungserlaubnis.', 'Regulated profession without a granted or promised licence.'),
    unknown: text('Reglementierter Beruf: ob die Berufsausübungserlaubnis vorliegt, ist nicht angegeben.', 'Regulated profession: it is not stated whether the licence exists.'),
  },
  hints: {
    missing: text('Berufsausübungserlaubnis (z. B. Approbation) bei der zuständigen Landesbehörde beantragen.', 'Apply for the professional licence (e.g. Approbation) at the competent Land authority.'),
    unknown: text('Angeben, ob die Berufsausübungserlaubnis vorliegt.', 'State whether the professional licence exists.'),
  },
  check: (ctx: Ctx) => {
    const q = ctx.profile.qualification;
    const values = { regulatedProfession: q.regulatedProfession ?? false, professionalLicence: q.professionalLicence ?? null };
    if (q.regulatedProfession !== true) return { status: 'met', text: 'not_regulated', values } as const;
    if (q.professionalLicence === true) return { status: 'met', text: 'granted', values } as const;
    if (q.professionalLicence === false) return { status: 'not_met', text: 'missing', values } as const;
    return { status: 'unknown', text: 'unknown', values } as const;
  },
});

export const qualificationConditions: readonly ConditionRule<Ctx>[] = [
  vocationalFachkraftCondition,
  academicFachkraftCondition,
  fachkraftCondition,
  professionalLicenceCondition,
];
