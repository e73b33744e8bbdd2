import { describe, expect, it } from 'vitest';
import { emptyAnswers } from './answers';
import { answerForPath, mapServerErrors } from './server-errors';
import { validateAnswers, validateStep } from './validate';

const today = '2026-11-22';
const range = { from: '2024-06-01', until: '2100-12-31' };

describe('validateStep', () => {
  it('asks for the required answers of the step only', () => {
    expect(validateStep('about', emptyAnswers(today), today)).toEqual({
      citizenship: { key: 'required' },
      age: { key: 'required' },
      location: { key: 'required' },
    });
    expect(validateStep('experience', emptyAnswers(today), today)).toEqual({});
  });

  it('checks the other citizenship, the contract length and the evaluation date', () => {
    const answers = { ...emptyAnswers(today), citizenship: 'other', citizenshipOther: 'C1', hasJobOffer: 'yes' as const, salary: 1, unlimitedContract: false };
    expect(validateStep('about', answers, today).citizenshipOther).toEqual({ key: 'countryCode' });
    expect(validateStep('job', answers, today)).toEqual({ contractMonths: { key: 'months' } });
    expect(validateAnswers({ ...answers, evaluationDate: '2023-12-31' }, today).evaluationDate).toEqual({ key: 'dateOutOfRange', values: range });
  });
});

describe('server errors', () => {
  const answers = { ...emptyAnswers(today), citizenship: 'other' };

  it('find the answer behind a profile path', () => {
    expect(answerForPath('profile.job.annualGrossSalaryEur', answers)).toBe('salary');
    expect(answerForPath('profile.job.contractMonths', answers)).toBe('contractMonths');
    expect(answerForPath('profile.experience.0.to', answers)).toBe('experienceYears');
    expect(answerForPath('profile.citizenship', answers)).toBe('citizenshipOther');
    expect(answerForPath('profile.qualification.isco', answers)).toBe('occupation');
    expect(answerForPath('profile.unknownField', answers)).toBeUndefined();
  });

  it('become translated field errors, the date one naming the covered range', () => {
    const fields = { 'profile.evaluationDate': 'outside the covered range', 'profile.job.annualGrossSalaryEur': 'too big', profile: 'x' };
    expect(mapServerErrors(fields, answers, range)).toEqual({
      errors: { evaluationDate: { key: 'dateOutOfRange', values: range }, salary: { key: 'invalid' } },
      unmapped: ['profile'],
    });
  });
});
