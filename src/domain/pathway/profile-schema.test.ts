import { describe, expect, it } from 'vitest';
import examples from './__scenarios__/pathway-examples.json';
import { evaluateRequestSchema, familyRequestSchema, profileSchema } from './profile-schema';

const valid = { citizenship: 'IND', age: 30, qualification: { type: 'none' }, german: 'none', english: 'B2' };
const issuesOf = (input: unknown) => profileSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`) ?? [];

describe('profileSchema', () => {
  it('accepts every shared worked example', () => {
    for (const example of examples.evaluate) expect(issuesOf(example.profile), example.id).toEqual([]);
    for (const example of examples.family) expect(familyRequestSchema.safeParse(example.request).success, example.id).toBe(true);
    expect(evaluateRequestSchema.safeParse({ profile: examples.evaluate[0]?.profile }).success).toBe(true);
  });

  it('rejects unknown fields at every level', () => {
    expect(issuesOf({ ...valid, salary: 1 })).toEqual([': unrecognized_keys']);
    expect(issuesOf({ ...valid, qualification: { type: 'none', grade: 'A' } })).toEqual(['qualification: unrecognized_keys']);
    expect(issuesOf({ ...valid, job: { annualGrossSalaryEur: 1, bonus: 2 } })).toEqual(['job: unrecognized_keys']);
    expect(evaluateRequestSchema.safeParse({ profile: valid, extra: true }).success).toBe(false);
  });

  it('accepts only real calendar dates', () => {
    expect(issuesOf({ ...valid, evaluationDate: '2026-02-30' })).toEqual(['evaluationDate: invalid_format']);
    expect(issuesOf({ ...valid, evaluationDate: '2023-02-29' })).toHaveLength(1);
    expect(issuesOf({ ...valid, evaluationDate: '2024-02-29' })).toEqual([]);
    expect(issuesOf({ ...valid, evaluationDate: '22.11.2026' })).toHaveLength(1);
  });

  it('requires non-negative amounts exact to the cent', () => {
    expect(issuesOf({ ...valid, job: { annualGrossSalaryEur: -1 } })).toEqual(['job.annualGrossSalaryEur: too_small']);
    expect(issuesOf({ ...valid, job: { annualGrossSalaryEur: 45934.205 } })).toEqual(['job.annualGrossSalaryEur: custom']);
    expect(issuesOf({ ...valid, job: { annualGrossSalaryEur: 45934.2 } })).toEqual([]);
    expect(issuesOf({ ...valid, fundsPerMonthEur: -0.01 })).toEqual(['fundsPerMonthEur: too_small']);
  });

  it('checks levels, codes, ages and periods', () => {
    expect(issuesOf({ ...valid, german: 'B3' })).toEqual(['german: invalid_value']);
    expect(issuesOf({ ...valid, citizenship: 'ind' })).toEqual(['citizenship: invalid_format']);
    expect(issuesOf({ ...valid, job: { annualGrossSalaryEur: 1, isco: '25A' } })).toEqual(['job.isco: invalid_format']);
    expect(issuesOf({ ...valid, age: undefined })).toEqual(['age: custom']);
    expect(issuesOf({ ...valid, age: undefined, birthDate: '1990-01-01' })).toEqual([]);
    expect(issuesOf({ ...valid, experience: [{ from: '2025-01-01', to: '2024-01-01' }] })).toEqual(['experience.0.to: custom']);
    expect(issuesOf({ ...valid, evaluationDate: '2026-01-01', birthDate: '2026-01-02' })).toEqual(['birthDate: custom']);
  });
});

describe('familyRequestSchema', () => {
  const request = { sponsor: { titleId: '18b', firstIssuedOn: '2025-01-01' }, members: [{ role: 'spouse', age: 30 }] };

  it('accepts a minimal request and rejects bad roles, empty families and unknown fields', () => {
    expect(familyRequestSchema.safeParse(request).success).toBe(true);
    expect(familyRequestSchema.safeParse({ ...request, members: [{ role: 'cousin', age: 30 }] }).success).toBe(false);
    expect(familyRequestSchema.safeParse({ ...request, members: [] }).success).toBe(false);
    expect(familyRequestSchema.safeParse({ ...request, sponsor: { ...request.sponsor, since: 1 } }).success).toBe(false);
    expect(familyRequestSchema.safeParse({ ...request, sponsor: { ...request.sponsor, firstIssuedOn: '2025-02-29' } }).success).toBe(false);
  });
});
