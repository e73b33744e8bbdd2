import { describe, expect, it } from 'vitest';
import { emptyCreateForm, serverErrors, toCreateBody, validateCreateForm, validateMemberForm } from './person-form';

const today = '2026-11-22';
const filled = { ...emptyCreateForm, givenName: ' Priya ', familyName: 'Sharma', birthDate: '1994-03-02', citizenship: 'IND' };

describe('case forms', () => {
  it('asks for the required person fields', () => {
    expect(validateCreateForm(emptyCreateForm, today)).toEqual({ givenName: 'required', familyName: 'required', birthDate: 'required', citizenship: 'required' });
    expect(validateCreateForm(filled, today)).toEqual({});
  });

  it('checks dates, codes and the optional contact fields', () => {
    expect(validateCreateForm({ ...filled, birthDate: '2026-11-22' }, today).birthDate).toBe('dateNotPast');
    expect(validateCreateForm({ ...filled, birthDate: '1994-02-30' }, today).birthDate).toBe('date');
    expect(validateCreateForm({ ...filled, birthDate: '1899-12-31' }, today).birthDate).toBe('dateTooEarly');
    expect(validateCreateForm({ ...filled, citizenship: 'other', citizenshipOther: 'ch' }, today).citizenshipOther).toBe('citizenshipCode');
    expect(validateCreateForm({ ...filled, citizenship: 'other', citizenshipOther: 'chn' }, today)).toEqual({});
    expect(validateCreateForm({ ...filled, email: 'priya@', phone: 'call me', languages: 'en, EN' }, today)).toEqual({ email: 'email', phone: 'phone', languages: 'languages' });
    expect(validateMemberForm({ ...filled, relation: '' }, today)).toEqual({ relation: 'required' });
  });

  it('builds the request, with the profile when there is one', () => {
    expect(toCreateBody({ ...filled, email: 'p@example.org', languages: 'en hi', targetTitleId: '18b' })).toEqual({
      person: { givenName: 'Priya', familyName: 'Sharma', birthDate: '1994-03-02', citizenship: 'IND', contact: { email: 'p@example.org' }, languages: ['en', 'hi'] },
      targetTitleId: '18b',
    });
    const profile = { citizenship: 'IND', qualification: { type: 'none' as const } };
    expect(toCreateBody(filled, profile as never)).toMatchObject({ profile });
  });

  it('maps the server field paths to the form fields', () => {
    const fields = { 'person.birthDate': 'must be in the past', 'person.contact.email': 'must be an e-mail address', 'person.languages.1': 'bad', other: 'x' };
    expect(serverErrors(fields, ['birthDate', 'email', 'languages'] as const)).toEqual({ birthDate: 'dateNotPast', email: 'invalid', languages: 'invalid' });
    expect(serverErrors({ 'person.citizenship': 'bad' }, ['citizenship', 'citizenshipOther'] as const, true)).toEqual({ citizenshipOther: 'invalid' });
  });
});
