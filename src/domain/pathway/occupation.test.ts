/**
 * KldB 2010 → ISCO-08 mapping (Umsteigeschlüssel of the Bundesagentur für Arbeit), the readings
 * built on it, and the wording of experience explanations (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { kldbExperienceScenarios } from './__scenarios__/issue-11-kldb-experience';
import { createIscoMatcher } from './isco';
import { KLDB_ISCO_TABLE } from './kldb-isco-table';
import { evaluateProfile, profileSchema } from './index';
import { iscoCodesOfKldb, matchOccupation, relateOccupations } from './occupation';
import { dayText, yearsText } from './experience-texts';
import { requireIsoDate } from '../shared/calendar-date';

const shortage = createIscoMatcher(['132', '133', '134', '21', '221', '222', '225', '226', '23', '25'], '§18g Abs. 1 Satz 2 Nr. 1 AufenthG');
const ict = createIscoMatcher(['133', '25'], '§18g Abs. 2 AufenthG');

describe('KldB 2010 → ISCO-08 table', () => {
  const tokens = KLDB_ISCO_TABLE.trim().split(/\s+/);

  it('holds 1,300 five-digit KldB codes, each with 4-digit ISCO-08 codes, and only BA rows', () => {
    expect(tokens).toHaveLength(1300);
    for (const token of tokens) expect(token).toMatch(/^\d{5}:\d{4}(,\d{4})*$/);
    expect(new Set(tokens.map((token) => token.slice(0, 5))).size).toBe(1300);
    expect(tokens.reduce((pairs, token) => pairs + token.split(',').length, 0)).toBe(1523);
    // 81122 was added by the copy's authors, not by the BA table: left out.
    expect(iscoCodesOfKldb('81122')).toBeUndefined();
  });

  it('maps codes as the BA table does (recommended ISCO code first)', () => {
    expect(iscoCodesOfKldb('43104')).toEqual(['2511', '2512', '2523']);
    expect(iscoCodesOfKldb('81404')).toEqual(['2211']);
    expect(iscoCodesOfKldb('81302')).toEqual(['3221']);
    expect(iscoCodesOfKldb('01104')).toEqual(['0110']);
  });

  it('maps a shorter KldB code to the union over its Berufsgattungen', () => {
    expect(iscoCodesOfKldb('8140')).toEqual(['2211']);
    expect(iscoCodesOfKldb('431')).toContain('1330');
    expect(iscoCodesOfKldb('99')).toBeUndefined();
  });
});

describe('profile schema', () => {
  const valid = { citizenship: 'IND', age: 30, qualification: { type: 'none' }, german: 'none', english: 'B2' };
  const issuesOf = (input: unknown) => profileSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`) ?? [];

  it('accepts a KldB code on experience periods and names the field when it is malformed (HTTP 400)', () => {
    expect(issuesOf({ ...valid, experience: [{ from: '2020-01-01', to: '2021-01-01', kldb: '43104' }] })).toEqual([]);
    expect(issuesOf({ ...valid, experience: [{ from: '2020-01-01', to: '2021-01-01', kldb: '431041' }] })).toEqual(['experience.0.kldb: invalid_format']);
    expect(issuesOf({ ...valid, job: { annualGrossSalaryEur: 1, kldb: '4310A' } })).toEqual(['job.kldb: invalid_format']);
  });
});

describe('matchOccupation', () => {
  it('all / none / mixed mapped codes give met / not met / unknown', () => {
    expect(matchOccupation(ict, { kldb: '43104' })).toMatchObject({ status: 'met', basis: 'kldb' });
    expect(matchOccupation(ict, { kldb: '81302' })).toMatchObject({ status: 'not_met', basis: 'kldb' });
    expect(matchOccupation(ict, { kldb: '43102' })).toMatchObject({ status: 'unknown', basis: 'kldb' });
  });

  it('an unmapped code is unknown, no code is unknown', () => {
    expect(matchOccupation(shortage, { kldb: '99999' })).toMatchObject({ status: 'unknown', basis: 'kldb_unmapped' });
    expect(matchOccupation(shortage, {})).toMatchObject({ status: 'unknown', basis: 'missing' });
    expect(matchOccupation(shortage, null)).toMatchObject({ status: 'unknown', basis: 'missing' });
  });

  it('ISCO decides unless it contradicts a decisive KldB code', () => {
    expect(matchOccupation(shortage, { isco: '2512', kldb: '43104' })).toMatchObject({ status: 'met', basis: 'isco' });
    expect(matchOccupation(shortage, { isco: '2512', kldb: '81302' })).toMatchObject({ status: 'unknown', basis: 'conflict' });
    expect(matchOccupation(shortage, { isco: '2', kldb: '43104' })).toMatchObject({ status: 'met', basis: 'kldb' });
    expect(matchOccupation(shortage, { isco: '2411', kldb: '43102' })).toMatchObject({ status: 'not_met', basis: 'isco' });
    expect(matchOccupation(shortage, { isco: '2512', kldb: '99999' })).toMatchObject({ status: 'met', basis: 'isco' });
  });
});

describe('relateOccupations (ISCO-08 minor group)', () => {
  it.each([
    [['7411'], ['7411'], 'related'],
    [['7412'], ['7411'], 'related'],
    [['2511', '2512'], ['2512'], 'related'],
    [['2511', '2512', '2523'], ['2511', '2512', '2523'], 'related'],
    [['5321'], ['7411'], 'uncertain'],
    [['25'], ['2512'], 'uncertain'],
    [['25'], ['25'], 'related'],
    [['2511', '2512', '2523'], ['2512'], 'uncertain'],
    [[], ['7411'], 'uncertain'],
    [undefined, ['7411'], 'assumed'],
    [['7411'], undefined, 'assumed'],
  ] as const)('%j against %j → %s', (entry, reference, expected) => {
    expect(relateOccupations(entry, reference)).toBe(expected);
  });
});

describe('wording', () => {
  it('dates in words and singular/plural of years', () => {
    expect(dayText(requireIsoDate('2019-06-30'), 'de')).toBe('30. Juni 2019');
    expect(dayText(requireIsoDate('2019-06-30'), 'en')).toBe('30 June 2019');
    expect(dayText(requireIsoDate('2026-03-01'), 'de')).toBe('1. März 2026');
    expect(yearsText(1, 'de')).toBe('1 Jahr');
    expect(yearsText(2, 'de')).toBe('2 Jahre');
    expect(yearsText(5, 'de', true)).toBe('5 Jahren');
    expect(yearsText(1.5, 'de')).toBe('1,5 Jahre');
    expect(yearsText(1, 'en')).toBe('1 year');
    expect(yearsText(2.5, 'en')).toBe('2.5 years');
  });

  const explanations = (id: string, key: string) => {
    const scenario = kldbExperienceScenarios.find((candidate) => candidate.id === id);
    const result = evaluateProfile(profileSchema.parse(scenario?.profile), { today: '2026-11-22' });
    if (!result.ok) throw new Error('out of range');
    const [titleId, conditionId] = key.split('/');
    const condition = result.value.titles.find((title) => title.id === titleId)?.conditions.find((candidate) => candidate.id === conditionId);
    if (condition === undefined) throw new Error(`no ${key}`);
    return condition.explanation;
  };

  it('no ISO date in any explanation of the issue-11 scenarios', () => {
    for (const scenario of kldbExperienceScenarios) {
      for (const key of Object.keys(scenario.conditions ?? {})) {
        const text = explanations(scenario.id, key);
        expect(text.de, `${scenario.id} ${key}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(text.en, `${scenario.id} ${key}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }
    }
  });

  it('§6 BeschV: experience in another occupation is named and asked about', () => {
    const text = explanations('KE21', '19c2_beschv6/experience_2_of_5_years');
    expect(text.de).toContain('Noch nicht gezählt: 22. November 2021 bis 31. Oktober 2026 (Beruf (ISCO 5321)');
    expect(text.de).toContain('wie die Stelle (ISCO 7411)');
    expect(text.de).toContain('Befähigt diese Berufserfahrung Sie zu der angebotenen Stelle?');
    expect(text.de).toContain('nicht in den letzten 5 Jahren');
    expect(text.en).toContain('Does this experience qualify you for the job offered?');
  });

  it('§6 BeschV: when the other occupation cannot decide, it is listed as not counted without a question', () => {
    const text = explanations('KE26', '19c2_beschv6/experience_2_of_5_years');
    expect(text.de).toContain('Nicht gezählt: 1. Juni 2025 bis 31. Oktober 2026');
    expect(text.de).not.toContain('?');
  });

  it('§6 BeschV: 729 days never read as 2 years; without occupation the relation is stated as assumed', () => {
    expect(explanations('KE24', '19c2_beschv6/experience_2_of_5_years').de).toMatch(/^1,99 Jahre Erfahrung seit 22\. November 2021 sicher gezählt/);
    expect(explanations('KE22', '19c2_beschv6/experience_2_of_5_years').de).toContain('wurde angenommen, dass die Berufserfahrung zu der Stelle passt');
  });

  it('Chancenkarte: asks whether the experience relates to the qualification; names the cut before the qualification', () => {
    const open = explanations('KE31', '20a_points/chancenkarte_points');
    expect(open.de).toContain('Steht diese Berufserfahrung im Zusammenhang mit Ihrer Qualifikation?');
    expect(open.de).toContain('wie die Qualifikation (ISCO 7411)');
    expect(open.en).toContain('Is this experience related to your qualification?');
    const cut = explanations('KE34', '20a_points/chancenkarte_points');
    expect(cut.de).toContain('Nicht gezählt: 1. Januar 2020 bis 29. Juni 2022 (vor dem Abschluss am 30. Juni 2022)');
    expect(cut.en).toContain('(before the qualification was obtained on 30 June 2022)');
  });

  it('KldB explanations name the BA table, the mapped codes and the group', () => {
    expect(explanations('KE01', '18g_reduced_shortage/shortage_occupation').de).toBe(
      'Die Stelle (KldB 43104) entspricht nach dem Umsteigeschlüssel der Bundesagentur für Arbeit ISCO 2511, 2512 und 2523; damit gehört sie zu einer Engpass-Berufsgruppe: IKT-Fachleute (ISCO 25).',
    );
    expect(explanations('KE04', '18g_reduced_shortage/shortage_occupation').de).toContain('Welcher Beruf ist es genau?');
    expect(explanations('KE07', '18g_reduced_shortage/shortage_occupation').de).toContain('KldB 99999 steht nicht im Umsteigeschlüssel');
    expect(explanations('KE09', '18g_reduced_shortage/shortage_occupation').de).toContain('Welche Angabe stimmt?');
  });
});
