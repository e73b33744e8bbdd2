import { coveredRange } from '../../../contract/pathways';
import type de from '../../i18n/de.json';
import type { AnswerKey, Answers } from './answers';
import { familyField, stepOf, type FieldName, type StepId } from './steps';

export type ErrorKey = keyof typeof de.wegweiser.errors;
export type FieldError = { key: ErrorKey; values?: Record<string, string> };
export type FieldErrors = Partial<Record<FieldName, FieldError>>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The plausible range of an age in years (the contract's, too). */
export const ageRange = { min: 0, max: 130 } as const;

/** Upper bounds of the numbers asked (the permalink schema's and the contract's limits). */
const numberRanges = {
  trainingYears: { min: 0, max: 15 },
  salary: { min: 0, max: 100_000_000 },
  experienceYears: { min: 0, max: 60 },
  fundsPerMonth: { min: 0, max: 100_000_000 },
  lawfulStayMonths: { min: 0, max: 60 },
} as const satisfies Partial<Record<AnswerKey, { min: number; max: number }>>;

const outside = (value: number | null, range: { min: number; max: number }) => value !== null && (value < range.min || value > range.max);
const rangeValues = (range: { min: number; max: number }) => ({ min: String(range.min), max: String(range.max) });

/** The day `years` years before an ISO day (29 February → 28 February). */
function yearsBefore(day: string, years: number): string {
  const shifted = `${String(Number(day.slice(0, 4)) - years).padStart(4, '0')}${day.slice(4)}`;
  return shifted.endsWith('-02-29') ? `${shifted.slice(0, 8)}28` : shifted;
}

/** Client-side checks of the answers: required fields and plain plausibility. */
function validateAll(answers: Answers, today: string): FieldErrors {
  const errors: FieldErrors = {};
  const need = (key: FieldName, missing: boolean, error: ErrorKey = 'required', values?: Record<string, string>) => {
    if (missing && !errors[key]) errors[key] = values ? { key: error, values } : { key: error };
  };

  need('citizenship', answers.citizenship === '');
  if (answers.citizenship === 'other') {
    need('citizenshipOther', !/^[A-Za-z]{3}$/.test(answers.citizenshipOther.trim()), 'countryCode');
  }
  if (answers.ageMode === 'age') {
    need('age', answers.age === null);
    need('age', outside(answers.age, ageRange), 'ageRange', rangeValues(ageRange));
  } else {
    need('birthDate', answers.birthDate === '');
    need('birthDate', !isoDate.test(answers.birthDate), 'date');
    need('birthDate', answers.birthDate > today, 'birthDateFuture');
    need('birthDate', answers.birthDate < yearsBefore(today, ageRange.max + 1), 'birthDateTooEarly', { max: String(ageRange.max) });
  }
  need('location', answers.location === '');

  need('qualificationType', answers.qualificationType === '');
  if (answers.qualificationType === 'vocational' || answers.qualificationType === 'academic') {
    need('germanRecognition', answers.germanRecognition === '');
    need('completedOn', answers.completedOn !== '' && !isoDate.test(answers.completedOn), 'date');
    if (answers.qualificationType === 'vocational') need('trainingYears', outside(answers.trainingYears, numberRanges.trainingYears), 'numberRange', rangeValues(numberRanges.trainingYears));
  }

  need('hasJobOffer', answers.hasJobOffer === '');
  if (answers.hasJobOffer === 'yes') {
    need('salary', answers.salary === null);
    need('salary', outside(answers.salary, numberRanges.salary), 'numberRange', rangeValues(numberRanges.salary));
    if (!answers.unlimitedContract) need('contractMonths', answers.contractMonths === null || answers.contractMonths < 1 || answers.contractMonths > 1200, 'months');
  }

  // "Where" is optional, but a name typed and not chosen from the suggestions would be lost silently.
  need('placeQuery', answers.place === null && answers.placeQuery.trim() !== '', 'placeNotChosen');

  need('experienceYears', outside(answers.experienceYears, numberRanges.experienceYears), 'numberRange', rangeValues(numberRanges.experienceYears));

  need('fundsPerMonth', outside(answers.fundsPerMonth, numberRanges.fundsPerMonth), 'numberRange', rangeValues(numberRanges.fundsPerMonth));
  need('lawfulStayMonths', outside(answers.lawfulStayMonths, numberRanges.lawfulStayMonths), 'numberRange', rangeValues(numberRanges.lawfulStayMonths));
  need('evaluationDate', answers.evaluationDate === '');
  need('evaluationDate', !isoDate.test(answers.evaluationDate), 'date');
  if (!errors.evaluationDate && (answers.evaluationDate < coveredRange.from || answers.evaluationDate > coveredRange.until)) {
    errors.evaluationDate = { key: 'dateOutOfRange', values: { from: coveredRange.from, until: coveredRange.until } };
  }

  answers.family.forEach((member, row) => {
    const age = familyField(row, 'age');
    need(age, member.age === null);
    need(age, outside(member.age, ageRange), 'ageRange', rangeValues(ageRange));
  });
  return errors;
}

/** The errors of one step (the others are checked when their step is left). */
export function validateStep(step: StepId, answers: Answers, today: string): FieldErrors {
  const all = validateAll(answers, today);
  return Object.fromEntries(Object.entries(all).filter(([key]) => stepOf(key as FieldName) === step)) as FieldErrors;
}

/** All errors, for the final check before evaluating (e.g. answers restored from a link). */
export function validateAnswers(answers: Answers, today: string): FieldErrors {
  return validateAll(answers, today);
}
