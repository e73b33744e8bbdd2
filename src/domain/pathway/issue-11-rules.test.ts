/**
 * What the person reads for the rules corrected in issue 11: the §20 livelihood never asks yes/no
 * when an amount was given, the Westbalkan advice never tells someone in Germany to wait for next
 * year, months are counted in words, and other titles are named, not coded.
 */
import { describe, expect, it } from 'vitest';
import { issue11ProfileScenarios } from './__scenarios__/issue-11-rules';
import { evaluateProfile, profileSchema, type Evaluation } from './index';
import type { LocalizedText, TitleEvaluation } from './types';

const scenarioProfile = (id: string) => issue11ProfileScenarios.find((scenario) => scenario.id === id)?.profile ?? {};

function evaluate(raw: Record<string, unknown>): Evaluation {
  const result = evaluateProfile(profileSchema.parse(raw), { today: '2026-11-22' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const titleOf = (evaluation: Evaluation, id: string): TitleEvaluation => {
  const title = evaluation.titles.find((entry) => entry.id === id);
  if (!title) throw new Error(`no title ${id}`);
  return title;
};

const conditionText = (title: TitleEvaluation, id: string): LocalizedText => {
  const condition = title.conditions.find((entry) => entry.id === id);
  if (!condition) throw new Error(`no condition ${id}`);
  return condition.explanation;
};

/** Every sentence of an evaluation the person reads: explanations and next steps. */
const sentences = (evaluation: Evaluation): string[] =>
  evaluation.titles.flatMap((title) => [...title.conditions.flatMap((c) => [c.explanation.de, c.explanation.en]), ...title.nextSteps.flatMap((s) => [s.de, s.en])]);

describe('§20 livelihood with a stated amount', () => {
  it('compares the amount with the benchmark and says the authority still decides', () => {
    const text = conditionText(titleOf(evaluate(scenarioProfile('I11-L01')), '20_post_study'), 'livelihood_secured');
    expect(text.de).toBe(
      'Mittel von 992,00 € pro Monat erreichen den Richtwert von 992,00 € pro Monat (Bedarf für Studierende nach dem BAföG, §2 Abs. 3 Satz 5 AufenthG). Ob der Lebensunterhalt gesichert ist, prüft die Ausländerbehörde im Einzelfall.',
    );
    expect(text.en).toContain('still assesses the individual case');
  });

  it('names the shortfall and never asks whether the livelihood is secured', () => {
    const evaluation = evaluate(scenarioProfile('I11-L04'));
    const title = titleOf(evaluation, '20_post_study');
    expect(conditionText(title, 'livelihood_secured').de).toContain('liegen 492,00 € unter dem Richtwert von 992,00 €');
    expect(title.nextSteps.map((step) => step.de)).toContainEqual(expect.stringContaining('Mit 492,00 € mehr pro Monat'));
    for (const sentence of sentences(evaluation)) expect(sentence).not.toMatch(/ob der Lebensunterhalt gesichert ist\.$|whether your livelihood is secured/i);
  });

  it('asks for the monthly amount when nothing was given', () => {
    const title = titleOf(evaluate(scenarioProfile('I11-L05')), '20_post_study');
    expect(title.nextSteps).toContainEqual({
      de: 'Angeben, über wie viel Geld Sie pro Monat verfügen (z. B. Einkommen, Sperrkonto).',
      en: 'State how much money you have per month (e.g. income, blocked account).',
    });
  });
});

describe('Westbalkan advice', () => {
  it('never tells someone in Germany to try again next calendar year', () => {
    for (const id of ['I11-W01', 'I11-W04']) {
      for (const sentence of sentences(evaluate(scenarioProfile(id)))) expect(sentence).not.toMatch(/nächsten Kalenderjahr|next calendar year/);
    }
  });

  it('still gives that advice to a first applicant abroad', () => {
    const steps = titleOf(evaluate(scenarioProfile('I11-W05')), '19c1_westbalkan').nextSteps.map((step) => step.en);
    expect(steps).toContainEqual(expect.stringContaining('Try again next calendar year'));
  });

  it('writes the quota with a thousands separator', () => {
    const title = titleOf(evaluate(scenarioProfile('I11-W04')), '19c1_westbalkan');
    expect(conditionText(title, 'westbalkan_quota')).toEqual({
      de: 'Das Kontingent 2026 (bis zu 50.000 Zustimmungen) ist für erste Zustimmungen ausgeschöpft.',
      en: 'The 2026 quota (up to 50,000 approvals) is exhausted for first approvals.',
    });
  });

  it('explains the renewal in words', () => {
    const title = titleOf(evaluate(scenarioProfile('I11-W01')), '19c1_westbalkan');
    expect(conditionText(title, 'westbalkan_quota').de).toBe('Verlängerung in Deutschland: das Jahreskontingent zählt nur erste Zustimmungen und gilt für die Verlängerung nicht.');
  });
});

describe('Chancenkarte holders', () => {
  it('counts missing months with the right plural', () => {
    const oneMonth = conditionText(titleOf(evaluate(scenarioProfile('I11-C04')), '20a_fachkraft'), 'chancenkarte_reissue_wait');
    expect(oneMonth.de).toContain('Es fehlen noch 1 Monat im Ausland');
    expect(oneMonth.en).toContain('1 month more abroad');
    const raw = { ...scenarioProfile('I11-C04'), previousChancenkarte: { monthsUsed: 12, monthsSinceEnd: 10 } };
    expect(conditionText(titleOf(evaluate(raw), '20a_fachkraft'), 'chancenkarte_reissue_wait').de).toContain('Es fehlen noch 2 Monate');
  });

  it('names the other open title in words, not by its id', () => {
    const text = conditionText(titleOf(evaluate(scenarioProfile('I11-F02')), '20a_follow_up'), 'no_other_section_4_title');
    expect(text.de).toBe('Sie erfüllen die Voraussetzungen für: Fachkraft mit Berufsausbildung. Dann wird keine Folge-Chancenkarte erteilt.');
    expect(text.en).not.toMatch(/18a/);
  });

  it('tells a current holder what to do instead', () => {
    const title = titleOf(evaluate(scenarioProfile('I11-C01')), '20a_fachkraft');
    expect(title.nextSteps.map((step) => step.de)).toContainEqual(expect.stringContaining('Folge-Chancenkarte beantragen'));
  });
});

/** Conditions and titles written for issue 11 (older texts are converted separately). */
const NEW_CONDITIONS = new Set([
  'livelihood_secured',
  'research_title',
  'research_completed',
  'training_title',
  'german_vocational_training_completed',
  'recognition_stay_title',
  'recognition_obtained',
  'chancenkarte_reissue_wait',
  'search_chancenkarte_held',
  'no_other_section_4_title',
  'westbalkan_quota',
  'application_at_home_mission',
]);
const NEW_TITLES = new Set(['20_post_research', '20_post_training', '20_post_recognition', '20a_follow_up']);

describe('new texts carry no internal ids', () => {
  it.each(issue11ProfileScenarios.map((scenario) => [scenario.id, scenario.profile] as const))('%s', (_id, raw) => {
    for (const title of evaluate(raw).titles) {
      const texts = [
        ...title.conditions.filter((condition) => NEW_CONDITIONS.has(condition.id)).map((condition) => condition.explanation),
        ...(NEW_TITLES.has(title.id) ? [title.name, ...title.nextSteps] : []),
      ];
      for (const text of texts) {
        expect(`${text.de} ${text.en}`).not.toMatch(/\b\d{2}[a-z]?\d?_\w+|\b1[6-9][a-g]\d?\b|\b2[01]a?\b(?! (?:Stunden|hours|Jahre|years|Monate|months))/);
      }
    }
  });
});
