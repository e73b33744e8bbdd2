import { describe, expect, it } from 'vitest';
import { evaluateBodySchema } from '../../../contract/pathways';
import { emptyAnswers, type Answers } from './answers';
import { ageOn, shiftMonths, toProfile } from './to-profile';

const today = '2026-11-22';

/** A graduate from India with a comparable degree in IT and a 60,000 € offer. */
const blueCard = (changes: Partial<Answers> = {}): Answers => ({
  ...emptyAnswers(today),
  citizenship: 'IND',
  age: 30,
  location: 'abroad',
  qualificationType: 'academic',
  germanRecognition: 'comparable',
  occupation: 'ict',
  hasJobOffer: 'yes',
  salary: 60000,
  experienceYears: 5,
  english: 'C1',
  ...changes,
});

/** The profile, checked against the API's strict request schema. */
const profileOf = (answers: Answers) => evaluateBodySchema.parse({ profile: toProfile(answers, today) }).profile;

describe('toProfile', () => {
  it('turns the answers into a profile the API accepts', () => {
    expect(profileOf(blueCard())).toEqual({
      evaluationDate: today,
      citizenship: 'IND',
      age: 30,
      location: 'abroad',
      qualification: { type: 'academic', obtainedIn: 'abroad', stateRecognisedAbroad: null, germanRecognition: 'comparable', isco: '25' },
      job: { annualGrossSalaryEur: 60000, contractMonths: null, isco: '25' },
      experience: [{ from: '2021-11-22', to: today, isco: '25' }],
      german: 'none',
      english: 'C1',
      spouseAppliesJointlyForChancenkarte: false,
    });
  });

  it('ends the experience on an earlier evaluation date, counted back from today', () => {
    const profile = profileOf(blueCard({ experienceYears: 2.5, evaluationDate: '2026-06-15' }));
    expect(profile.experience).toEqual([{ from: '2024-05-22', to: '2026-06-15', isco: '25' }]);
    expect(profileOf(blueCard({ experienceYears: null })).experience).toBeUndefined();
  });

  it('sends "unknown" as absent, never as "no"', () => {
    const profile = profileOf(blueCard({ employerTariffBound: 'unknown', recognitionPartnership: 'no', stateRecognisedAbroad: 'yes' }));
    expect(profile.job).not.toHaveProperty('employerTariffBound');
    expect(profile.job?.recognitionPartnership).toBe(false);
    expect(profile.qualification.stateRecognisedAbroad).toBe(true);
  });

  it('leaves the ISCO code out for "other" and uses the job field when it differs', () => {
    expect(profileOf(blueCard({ occupation: 'other' })).qualification).not.toHaveProperty('isco');
    expect(profileOf(blueCard({ jobOccupation: 'engineer' })).job?.isco).toBe('21');
  });

  it('marks physicians and nurses as regulated and asks for their licence', () => {
    const qualification = profileOf(blueCard({ occupation: 'physician', professionalLicence: 'yes' })).qualification;
    expect(qualification).toMatchObject({ isco: '2211', regulatedProfession: true, professionalLicence: true });
    expect(profileOf(blueCard({ occupation: 'nurse' })).qualification).not.toHaveProperty('professionalLicence');
  });

  it('sends answers of hidden questions only where they apply', () => {
    const answers = blueCard({ location: 'abroad', currentTitle: '16b', qualificationType: 'none', trainingYears: 3, measurePlace: 'yes' });
    const profile = profileOf(answers);
    expect(profile).not.toHaveProperty('currentTitle');
    expect(profile.qualification).toEqual({ type: 'none', isco: '25' });
    expect(profile).not.toHaveProperty('qualificationMeasure');
    expect(profileOf(blueCard({ location: 'germany', currentTitle: 'none' })).currentTitle).toBeNull();
    expect(profileOf(blueCard({ location: 'germany', currentTitle: '16b' })).currentTitle).toBe('16b');
  });

  it('asks the Westbalkan questions of Westbalkan citizens only', () => {
    expect(profileOf(blueCard())).not.toHaveProperty('westbalkan');
    expect(profileOf(blueCard({ citizenship: 'XKX', westbalkanMission: true })).westbalkan).toEqual({
      applicationAtMissionInHomeCountry: true,
      asylblgBenefitsLast24Months: false,
    });
  });

  it('takes another citizenship as typed, in capitals', () => {
    expect(profileOf(blueCard({ citizenship: 'other', citizenshipOther: ' chn ' })).citizenship).toBe('CHN');
  });

  it('uses either the age or the birth date', () => {
    const profile = profileOf(blueCard({ ageMode: 'birthDate', birthDate: '1979-05-10', age: 30 }));
    expect(profile).not.toHaveProperty('age');
    expect(profile.birthDate).toBe('1979-05-10');
    expect(ageOn(blueCard({ ageMode: 'birthDate', birthDate: '1979-05-10' }))).toBe(47);
    expect(ageOn(blueCard({ ageMode: 'birthDate', birthDate: '1979-12-10' }))).toBe(46);
  });

  it('sends no job when there is no offer', () => {
    expect(profileOf(blueCard({ hasJobOffer: 'no' })).job).toBeNull();
    expect(profileOf(blueCard({ unlimitedContract: false, contractMonths: 24 })).job?.contractMonths).toBe(24);
  });
});

describe('emptyAnswers', () => {
  it('starts at today, also in a year whose figures are not entered yet (evaluated, not moved back)', () => {
    expect(emptyAnswers('2026-11-22').evaluationDate).toBe('2026-11-22');
    expect(emptyAnswers('2027-03-01').evaluationDate).toBe('2027-03-01');
    expect(emptyAnswers('2024-01-01').evaluationDate).toBe('2024-06-01');
  });
});

describe('shiftMonths', () => {
  it('clamps the day to the end of the month', () => {
    expect(shiftMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(shiftMonths('2026-11-22', -60)).toBe('2021-11-22');
  });
});
