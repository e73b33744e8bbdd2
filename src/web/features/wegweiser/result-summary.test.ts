import { describe, expect, it } from 'vitest';
import type { ConditionResult, EvaluationDetails, TitleResult } from '../../../contract/pathways';
import { formatDate, formatEuro } from './format';
import { checklist, groupTitles, nearMiss } from './result-summary';

const text = (de: string) => ({ de, en: de });
const condition = (id: string, status: ConditionResult['status'], values?: Record<string, unknown>): ConditionResult => ({
  id, legalRef: '§1', status, explanation: text(id), values,
});
const title = (id: string, outcome: TitleResult['outcome'], conditions: ConditionResult[], rank?: number): TitleResult => ({
  id, name: text(id), legalRef: '§1', outcome, baApprovalRequired: false, conditions, rank,
  documents: [{ id: `doc-${id}`, name: text(id) }, { id: 'passport', name: text('Pass') }], nextSteps: [],
});

const salary = (shortfallEur: number) => ({ salaryEur: 49500, thresholdEur: 49500 + shortfallEur, shortfallEur });

describe('nearMiss', () => {
  it('names the salary shortfall when it is the only thing missing', () => {
    const blueCard = title('18g_standard', 'not_eligible', [condition('job_offer', 'met'), condition('salary', 'not_met', salary(1200))]);
    expect(nearMiss(blueCard)).toMatchObject({ kind: 'salary', shortfallEur: 1200, wouldOpen: true });
  });

  it('says so when open questions remain besides the amount', () => {
    const withQuestion = title('x', 'not_eligible', [condition('isco', 'unknown'), condition('salary', 'not_met', salary(50))]);
    expect(nearMiss(withQuestion)).toMatchObject({ kind: 'salary', wouldOpen: false });
  });

  it('recognises missing monthly funds', () => {
    const funds = title('20a', 'not_eligible', [condition('funds', 'not_met', { requiredPerMonthEur: 1091, shortfallEur: 91 })]);
    expect(nearMiss(funds)).toMatchObject({ kind: 'funds', shortfallEur: 91 });
  });

  it('is silent when more than an amount is missing, or nothing is', () => {
    expect(nearMiss(title('a', 'not_eligible', [condition('x', 'not_met'), condition('s', 'not_met', salary(10))]))).toBeNull();
    expect(nearMiss(title('b', 'eligible', [condition('s', 'met', salary(0))]))).toBeNull();
    expect(nearMiss(title('c', 'not_eligible', [condition('degree', 'not_met', { maximumYears: 3 })]))).toBeNull();
  });
});

describe('groupTitles and checklist', () => {
  const evaluation = {
    evaluationDate: '2026-06-15', ruleSet: { id: 'r', validFrom: '2026-01-01' }, notices: [], eligibleTitleIds: ['b', 'a'],
    titles: [title('c', 'not_eligible', [], 3), title('b', 'eligible', [], 2), title('a', 'eligible', [], 1), title('d', 'needs_info', [], 4)],
    chancenkarte: { points: 0, minimumPoints: 6, breakdown: [] },
  } satisfies EvaluationDetails;

  it('groups by outcome in rank order', () => {
    const groups = groupTitles(evaluation);
    expect(groups.open.map((item) => item.id)).toEqual(['a', 'b']);
    expect(groups.needsInfo.map((item) => item.id)).toEqual(['d']);
    expect(groups.closed.map((item) => item.id)).toEqual(['c']);
  });

  it('lists each document once', () => {
    expect(checklist(groupTitles(evaluation).open).map((document) => document.id)).toEqual(['doc-a', 'passport', 'doc-b']);
  });
});

describe('formatting', () => {
  it('writes euros and dates the way each language reads them', () => {
    expect(formatEuro(1234, 'de')).toBe('1.234\u00a0€'); // a no-break space before the sign
    expect(formatEuro(1234.5, 'en')).toBe('€1,234.50');
    expect(formatDate('2026-06-15', 'de')).toBe('15. Juni 2026');
    expect(formatDate('2026-06-15', 'en')).toBe('15 June 2026');
  });
});
