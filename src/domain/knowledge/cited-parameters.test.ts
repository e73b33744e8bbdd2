import { describe, expect, it } from 'vitest';
import { yearlyParameters } from '../pathway/yearly-parameters';
import { ruleSets } from '../pathway/rule-sets';
import type { YearlyParameters } from '../pathway/rule-model';
import { citationDate, citeParameters, parameterValueOn, reviewReasons, type ParameterData } from './cited-parameters';

const last = yearlyParameters[yearlyParameters.length - 1]!;
// A hypothetical next year with a higher pension ceiling: what adding the 2027 entry does.
const nextYear: YearlyParameters = {
  ...last,
  year: last.year + 1,
  pensionCeiling: { ...last.pensionCeiling, cents: last.pensionCeiling.cents + 300_000 },
  publishedThresholdsCents: {},
};
const withNextYear: ParameterData = { ruleSets, yearlyParameters: [...yearlyParameters, nextYear] };

describe('cited yearly parameters', () => {
  it('reads a value for a date from the yearly figures (published thresholds as derived)', () => {
    expect(parameterValueOn('blueCardStandard', '2026-03-01')).toMatchObject({ value: 5_070_000, unit: 'cents' });
    expect(parameterValueOn('blueCardStandard', '2025-03-01').value).toBe(4_830_000);
    expect(parameterValueOn('westbalkanAnnualQuota', '2026-03-01')).toMatchObject({ value: 50_000, unit: 'count' });
    expect(parameterValueOn('chancenkarteFundsPerMonth', '2026-03-01').value).toBe(109_100);
  });

  it('gives null for a date the figures do not cover', () => {
    expect(parameterValueOn('blueCardStandard', `${last.year + 1}-02-01`).value).toBeNull();
    expect(parameterValueOn('blueCardStandard', '2020-01-01').value).toBeNull();
  });

  it('cites as of today while valid, else as of the nearest end of the validity', () => {
    expect(citationDate('2026-05-01', '2024-06-01', null)).toBe('2026-05-01');
    expect(citationDate('2026-05-01', '2027-01-01', null)).toBe('2027-01-01');
    expect(citationDate('2026-05-01', '2024-06-01', '2025-12-31')).toBe('2025-12-31');
  });

  it('records each cited key once', () => {
    const cited = citeParameters(['blueCardStandard', 'blueCardStandard', 'pensionCeiling'], {
      today: '2026-02-01',
      validFrom: '2024-06-01',
      validUntil: null,
    });
    expect(cited.map((c) => [c.key, c.value])).toEqual([
      ['blueCardStandard', 5_070_000],
      ['pensionCeiling', 10_140_000],
    ]);
  });

  it('flags a version when a new year changes a figure it cites', () => {
    const version = { citedParameters: citeParameters(['blueCardStandard', 'westbalkanAnnualQuota'], { today: '2026-06-01', validFrom: '2024-06-01', validUntil: null }), validUntil: null };
    // Same data, same year: nothing to review.
    expect(reviewReasons(version, '2026-12-31')).toEqual([]);
    // The next year is not in the built-in data: no figure to compare with, no flag.
    expect(reviewReasons(version, `${last.year + 1}-01-10`)).toEqual([]);
    // Once the next year's entry is added, the threshold differs; the unchanged quota does not count.
    expect(reviewReasons(version, `${last.year + 1}-01-10`, withNextYear)).toEqual([
      { code: 'parameter_changed', key: 'blueCardStandard', cited: 5_070_000, current: 5_220_000, unit: 'cents' },
    ]);
  });

  it('flags a version whose validity has ended', () => {
    expect(reviewReasons({ citedParameters: [], validUntil: '2025-12-31' }, '2026-01-01')).toEqual([{ code: 'expired', validUntil: '2025-12-31' }]);
  });
});
