/** Reusable next-step texts (procedure facts from law.md §§0.4, 8.4, 9, 14). */
import { formatEuro } from '../shared/money';
import type { ProfileContext } from './profile-context';
import type { LocalizedText } from './types';
import { text } from './text-helpers';

export const steps = {
  accelerated: text(
    'Der Arbeitgeber kann mit Ihrer Vollmacht das beschleunigte Fachkräfteverfahren (§81a AufenthG) bei der zuständigen Ausländerbehörde beantragen (Gebühr 411 €).',
    'With your power of attorney the employer can use the accelerated skilled-worker procedure (§81a AufenthG) at the competent foreigners authority (fee €411).',
  ),
  visa: text('Nationales Visum bei der deutschen Auslandsvertretung beantragen (75 €).', 'Apply for a national visa at the German mission (€75).'),
  permitInGermany: text('Aufenthaltserlaubnis bei der Ausländerbehörde beantragen (Erstausstellung 100 €).', 'Apply for the residence permit at the foreigners authority (first issue €100).'),
  baApproval: text(
    'Die Behörde holt die Zustimmung der Bundesagentur für Arbeit ein; ohne Antwort gilt sie nach 2 Wochen als erteilt (1 Woche im §81a-Verfahren).',
    'The authority asks the Federal Employment Agency for approval; without an answer it is deemed given after 2 weeks (1 week in the §81a procedure).',
  ),
  blueCardSettlement: text(
    'Niederlassungserlaubnis nach 27 Monaten Beschäftigung mit Blauer Karte und Deutsch A1, nach 21 Monaten mit Deutsch B1 (§18c Abs. 2 AufenthG).',
    'Settlement permit after 27 months of Blue Card employment with German A1, after 21 months with B1 (§18c(2) AufenthG).',
  ),
  skilledSettlement: text(
    'Niederlassungserlaubnis nach 3 Jahren, 36 Monaten Rentenbeiträgen und Deutsch B1; 2 Jahre nach Ausbildung oder Studium in Deutschland (§18c Abs. 1 AufenthG).',
    'Settlement permit after 3 years, 36 months of pension contributions and German B1; 2 years after training or study in Germany (§18c(1) AufenthG).',
  ),
  generalSettlement: text('Eine Niederlassungserlaubnis ist nur nach den allgemeinen Regeln möglich (§9 AufenthG: 5 Jahre).', 'A settlement permit is only possible under the general rules (§9 AufenthG: 5 years).'),
  westbalkanPreApproval: text(
    'Der Arbeitgeber beantragt die Vorabzustimmung der Bundesagentur für Arbeit (mit Vorrangprüfung); dann Visumantrag bei der deutschen Auslandsvertretung im Herkunftsstaat.',
    'The employer requests the pre-approval of the Federal Employment Agency (with priority check); then apply for the visa at the German mission in your home country.',
  ),
  recognitionPartnership: text(
    'Das Anerkennungsverfahren spätestens nach der Einreise unverzüglich einleiten; erste Erteilung für höchstens 1 Jahr, insgesamt bis zu 3 Jahre.',
    'Start the recognition procedure without delay after entry at the latest; first issued for at most 1 year, up to 3 years in total.',
  ),
  qualificationMeasure: text(
    'Aufenthalt für die Qualifizierungsmaßnahme bis zu 24 Monate, verlängerbar bis 3 Jahre; Nebenjob bis 20 Stunden pro Woche.',
    'Stay for the qualification measure up to 24 months, extendable to 3 years; side job up to 20 hours a week.',
  ),
  postStudy: text(
    'Aufenthaltserlaubnis zur Arbeitsplatzsuche für bis zu 18 Monate bei der Ausländerbehörde beantragen; danach §18b oder Blaue Karte.',
    'Apply at the foreigners authority for a job-search permit of up to 18 months; then §18b or the Blue Card.',
  ),
  postResearch: text(
    'Aufenthaltserlaubnis zur Arbeitsplatzsuche nach der Forschung für bis zu 18 Monate bei der Ausländerbehörde beantragen; danach ein Aufenthaltstitel zur Beschäftigung, z. B. die Blaue Karte EU.',
    'Apply at the foreigners authority for a job-search permit after research of up to 18 months; then an employment residence title, e.g. the EU Blue Card.',
  ),
  postTraining: text(
    'Aufenthaltserlaubnis zur Arbeitsplatzsuche nach der Ausbildung für bis zu 18 Monate bei der Ausländerbehörde beantragen; danach die Aufenthaltserlaubnis als Fachkraft mit Berufsausbildung.',
    'Apply at the foreigners authority for a job-search permit after training of up to 18 months; then the residence permit for skilled workers with vocational training.',
  ),
  postRecognition: text(
    'Aufenthaltserlaubnis zur Arbeitsplatzsuche nach der Anerkennung für bis zu 18 Monate bei der Ausländerbehörde beantragen; danach ein Aufenthaltstitel als Fachkraft oder die Blaue Karte EU.',
    'Apply at the foreigners authority for a job-search permit after recognition of up to 18 months; then a residence title as a skilled worker or the EU Blue Card.',
  ),
  followUpChancenkarte: text(
    'Die Verlängerung als Folge-Chancenkarte vor Ablauf der Chancenkarte bei der Ausländerbehörde beantragen; bis zur Entscheidung ist nur die neue Beschäftigung erlaubt. Sie gilt bis zu 2 Jahre und wird danach nicht mehr als Chancenkarte verlängert.',
    'Apply at the foreigners authority for the extension as a follow-up opportunity card before the card expires; until the decision only the new job is allowed. It lasts up to 2 years and is not extended as an opportunity card afterwards.',
  ),
  chancenkarteRights: text(
    'Die Chancenkarte gilt bis zu 1 Jahr; erlaubt sind Beschäftigung bis durchschnittlich 20 Stunden pro Woche und Probebeschäftigungen bis je 2 Wochen.',
    'The opportunity card lasts up to 1 year; it allows work of 20 hours a week on average and trial work of up to 2 weeks each.',
  ),
  zabConfirmation: text(
    'Staatliche Anerkennung der Qualifikation von der ZAB bestätigen lassen (150 €).',
    'Have the ZAB confirm the state recognition of the qualification (€150).',
  ),
};

/** Visa from abroad, residence permit in Germany. */
export function applicationStep(ctx: ProfileContext): LocalizedText {
  return ctx.isAbroad ? steps.visa : steps.permitInGermany;
}

/** "Prove x € for 12 months", with the year's monthly amount. */
export function fundsStep(monthlyCents: number): LocalizedText {
  return {
    de: `Lebensunterhalt nachweisen: ${formatEuro(monthlyCents, 'de')} pro Monat, für 12 Monate ${formatEuro(monthlyCents * 12, 'de')} (z. B. Sperrkonto).`,
    en: `Prove means of ${formatEuro(monthlyCents, 'en')} per month, ${formatEuro(monthlyCents * 12, 'en')} for 12 months (e.g. blocked account).`,
  };
}
