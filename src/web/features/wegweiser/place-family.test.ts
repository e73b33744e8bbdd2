import { describe, expect, it } from 'vitest';
import type { EvaluationDetails } from '../../../contract/pathways';
import { emptyAnswers, type Answers } from './answers';
import { memberNumber, newFamilyMember, sponsorChoices, sponsorTitle, toFamilyRequest } from './family';
import { decodeAnswers, encodeAnswers } from './permalink';
import { parseFamilyField, stepIds, stepOf } from './steps';
import { validateAnswers, validateStep } from './validate';

const today = '2026-11-22';
const base = (): Answers => ({ ...emptyAnswers(today), citizenship: 'IND', age: 30, location: 'abroad' });

describe('validation when a step is left', () => {
  it('refuses an age of −5 or 150 at step 1, and accepts 0 and 130', () => {
    for (const age of [-5, -1, 131, 150]) {
      expect(validateStep('about', { ...base(), age }, today), String(age)).toEqual({ age: { key: 'ageRange', values: { min: '0', max: '130' } } });
    }
    for (const age of [0, 30, 130]) expect(validateStep('about', { ...base(), age }, today), String(age)).toEqual({});
  });

  it('refuses a birth date more than 130 years back, and one in the future', () => {
    const answers = { ...base(), ageMode: 'birthDate' as const };
    expect(validateStep('about', { ...answers, birthDate: '1895-11-21' }, today).birthDate).toEqual({ key: 'birthDateTooEarly', values: { max: '130' } });
    expect(validateStep('about', { ...answers, birthDate: '1895-11-22' }, today)).toEqual({});
    expect(validateStep('about', { ...answers, birthDate: '2026-11-23' }, today).birthDate).toEqual({ key: 'birthDateFuture' });
  });

  it('checks the numbers of each step against their range on that step', () => {
    const answers = { ...base(), qualificationType: 'vocational' as const, germanRecognition: 'full' as const, trainingYears: 16, hasJobOffer: 'yes' as const, salary: -1, experienceYears: 61, lawfulStayMonths: 61, fundsPerMonth: -3 };
    expect(validateStep('qualification', answers, today)).toEqual({ trainingYears: { key: 'numberRange', values: { min: '0', max: '15' } } });
    expect(validateStep('job', answers, today)).toEqual({ salary: { key: 'numberRange', values: { min: '0', max: '100000000' } } });
    expect(validateStep('experience', answers, today)).toEqual({ experienceYears: { key: 'numberRange', values: { min: '0', max: '60' } } });
    expect(Object.keys(validateStep('more', answers, today)).sort()).toEqual(['fundsPerMonth', 'lawfulStayMonths']);
  });

  it('leaves "where" optional, but not a name typed and never chosen', () => {
    expect(validateStep('place', base(), today)).toEqual({});
    expect(validateStep('place', { ...base(), placeQuery: 'Ludwigsh' }, today)).toEqual({ placeQuery: { key: 'placeNotChosen' } });
    expect(validateStep('place', { ...base(), placeQuery: 'Ludwigshafen am Rhein', place: { ags: '07314000', name: 'Ludwigshafen am Rhein' } }, today)).toEqual({});
  });

  it("checks each family member's age on the family step, by row", () => {
    const family = [{ ...newFamilyMember('spouse'), age: 31 }, newFamilyMember('child'), { ...newFamilyMember('parent'), age: 150 }];
    const errors = validateStep('family', { ...base(), family }, today);
    expect(errors).toEqual({ 'family.1.age': { key: 'required' }, 'family.2.age': { key: 'ageRange', values: { min: '0', max: '130' } } });
    expect(validateStep('about', { ...base(), family }, today)).toEqual({});
    expect(Object.keys(validateAnswers({ ...base(), family }, today))).toEqual(expect.arrayContaining(['family.1.age', 'family.2.age']));
  });

  it('knows the step of every field, family rows included', () => {
    expect(stepIds).toEqual(['about', 'qualification', 'job', 'place', 'experience', 'more', 'family']);
    expect(stepOf('placeQuery')).toBe('place');
    expect(stepOf('family.3.movesWithParent')).toBe('family');
    expect(parseFamilyField('family.12.german')).toEqual({ row: 12, field: 'german' });
    expect(parseFamilyField('family.1.role' as never)).toBeUndefined();
    expect(parseFamilyField('age')).toBeUndefined();
  });
});

describe('permalink with place and family', () => {
  it('carries the place, the family and the title chosen for it', () => {
    const answers: Answers = {
      ...base(),
      place: { ags: '07314000', name: 'Ludwigshafen am Rhein' },
      placeQuery: 'Ludwigshafen am Rhein',
      family: [{ ...newFamilyMember('spouse'), age: 31, german: 'A1' }, { ...newFamilyMember('child'), age: 8, movesWithParent: 'yes' }],
      familyLivingSpace: 'yes',
      familyLivelihood: 'unknown',
      familySponsorTitle: '18b',
    };
    expect(decodeAnswers(encodeAnswers(answers))).toEqual({ status: 'ok', answers });
    expect(decodeAnswers(encodeAnswers(answers, 'family'))).toEqual({ status: 'ok', answers, step: 'family' });
  });

  it('still opens a link made before the two steps existed (no place, no family)', () => {
    const { place: _place, placeQuery: _query, family: _family, familyLivingSpace: _space, familyLivelihood: _livelihood, familySponsorTitle: _title, ...old } = base();
    const link = `#p=${btoa(JSON.stringify({ v: 1, a: old })).replace(/=+$/, '')}`;
    expect(decodeAnswers(link)).toEqual({ status: 'ok', answers: base() });
  });

  it('refuses a place without a valid AGS', () => {
    const broken = { ...base(), place: { ags: '0731', name: 'Ludwigshafen' } };
    expect(decodeAnswers(`#p=${btoa(JSON.stringify({ v: 1, a: broken }))}`)).toEqual({ status: 'invalid' });
  });
});

describe('family request', () => {
  const title = (id: string, rank: number, outcome: 'eligible' | 'needs_info' = 'eligible') => ({
    id,
    name: { de: id, en: id },
    legalRef: '§',
    outcome,
    baApprovalRequired: false,
    conditions: [],
    documents: [],
    nextSteps: [],
    rank,
  });
  const evaluation = {
    evaluationDate: '2026-06-15',
    ruleSet: { id: 'x', validFrom: '2026-01-01' },
    notices: [],
    eligibleTitleIds: ['18b', '18g_standard'],
    titles: [title('18b', 2), title('18g_standard', 1), title('20a_points', 3, 'needs_info')],
    chancenkarte: { points: 0, minimumPoints: 6, breakdown: [] },
  } as EvaluationDetails;

  it('takes the best open title as the sponsor, or the one chosen if it is open', () => {
    expect(sponsorChoices(evaluation).map((t) => t.id)).toEqual(['18g_standard', '18b']);
    expect(sponsorTitle(evaluation, '')?.id).toBe('18g_standard');
    expect(sponsorTitle(evaluation, '18b')?.id).toBe('18b');
    expect(sponsorTitle(evaluation, '20a_points')?.id).toBe('18g_standard');
    expect(sponsorTitle({ ...evaluation, titles: [title('20a_points', 1, 'needs_info')] } as EvaluationDetails, '')).toBeUndefined();
  });

  it('sends the members as the contract wants them, only what was answered', () => {
    const answers: Answers = {
      ...base(),
      hasJobOffer: 'yes',
      salary: 60_000,
      family: [{ ...newFamilyMember('spouse'), age: 31, german: 'none', healthInsurance: 'yes' }, { ...newFamilyMember('child'), age: 16, movesWithParent: 'no' }, { ...newFamilyMember('parent'), age: 62, movesWithParent: 'yes' }],
      familyLivingSpace: 'no',
    };
    expect(toFamilyRequest(answers, evaluation, '18g_standard')).toEqual({
      evaluationDate: '2026-06-15',
      sponsor: { titleId: '18g_standard', firstIssuedOn: '2026-06-15', annualGrossSalaryEur: 60_000, livingSpaceSufficient: false },
      members: [
        { role: 'spouse', age: 31, german: 'none', healthInsurance: true },
        { role: 'child', age: 16, movesWithParent: false },
        { role: 'parent', age: 62 },
      ],
    });
    expect(toFamilyRequest(base(), evaluation, '18b')).toBeUndefined();
    expect(toFamilyRequest({ ...answers, family: [newFamilyMember('child')] }, evaluation, '18b')).toBeUndefined();
  });

  it('numbers children and parents among their kind', () => {
    const family = [newFamilyMember('spouse'), newFamilyMember('child'), newFamilyMember('child'), newFamilyMember('parent')];
    expect([0, 1, 2, 3].map((row) => memberNumber(family, row))).toEqual([1, 1, 2, 1]);
  });
});
