import { describe, expect, it } from 'vitest';
import { emptyRequestForm, parseSalary, serverRequestErrors, toRequestBody, validateRequestForm, type RequestForm } from './request-form';

const filled: RequestForm = {
  ...emptyRequestForm,
  givenName: ' Chidi ',
  familyName: 'Eze',
  birthDate: '1991-05-04',
  citizenship: 'NGA',
  occupationId: 'nurse',
  salary: '48.000',
  startOn: '2027-03-01',
  place: { ags: '07314000', name: 'Ludwigshafen am Rhein' },
  qualificationKind: 'vocational',
  qualificationCountry: 'NGA',
};

describe('the §81a request form', () => {
  it('names every missing answer', () => {
    expect(Object.keys(validateRequestForm(emptyRequestForm, '2026-12-07')).sort()).toEqual(
      ['birthDate', 'citizenship', 'familyName', 'givenName', 'occupationId', 'place', 'qualificationCountry', 'qualificationKind', 'salary', 'startOn'].sort(),
    );
  });

  it('checks dates, e-mail and salary', () => {
    expect(validateRequestForm(filled, '2026-12-07')).toEqual({});
    expect(validateRequestForm({ ...filled, birthDate: '2026-12-07', startOn: '2026-12-06', email: 'no', salary: '0' }, '2026-12-07')).toEqual({
      birthDate: 'birthDate', startOn: 'startOn', email: 'email', salary: 'salary',
    });
    expect(parseSalary('48 000')).toBe(48_000);
    expect(parseSalary('48000,50')).toBeNull();
  });

  it('builds the contract body without an empty e-mail', () => {
    expect(toRequestBody(filled)).toEqual({
      person: { givenName: 'Chidi', familyName: 'Eze', birthDate: '1991-05-04', citizenship: 'NGA' },
      job: { occupationId: 'nurse', annualGrossSalaryEur: 48_000, startOn: '2027-03-01', placeOfWorkAgs: '07314000' },
      qualification: { kind: 'vocational', country: 'NGA' },
    });
  });

  it('puts the server’s refusals on the fields; 422 on the place means outside the network', () => {
    expect(serverRequestErrors({ 'person.givenName': 'must not be empty', 'job.placeOfWorkAgs': 'outside' }, 422)).toEqual({ givenName: 'required', place: 'outside' });
    expect(serverRequestErrors({ 'job.annualGrossSalaryEur': 'x' }, 400)).toEqual({ salary: 'salary' });
  });
});
