import { coveredRange } from '../../../contract/pathways';
import type de from '../../i18n/de.json';
import type { AnswerKey, Answers } from './answers';
import { stepOfField, type StepId } from './steps';

export type ErrorKey = keyof typeof de.wegweiser.errors;
export type FieldError = { key: ErrorKey; values?: Record<string, string> };
export type FieldErrors = Partial<Record<AnswerKey, FieldError>>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Client-side checks of the answers: required fields and plain plausibility. */
function validateAll(answers: Answers, today: string): FieldErrors {
  const errors: FieldErrors = {};
  const need = (key: AnswerKey, missing: boolean, error: ErrorKey = 'required') => {
    if (missing && !errors[key]) errors[key] = { key: error };
  };

  need('citizenship', answers.citizenship === '');
  if (answers.citizenship === 'other') {
    need('citizenshipOther', !/^[A-Za-z]{3}$/.test(answers.citizenshipOther.trim()), 'countryCode');
  }
  if (answers.ageMode === 'age') need('age', answers.age === null);
  else {
    need('birthDate', answers.birthDate === '');
    need('birthDate', !isoDate.test(answers.birthDate), 'date');
    need('birthDate', answers.birthDate > today, 'birthDateFuture');
  }
  need('location', answers.location === '');

  need('qualificationType', answers.qualificationType === '');
  if (answers.qualificationType === 'vocational' || answers.qualificationType === 'academic') {
    need('germanRecognition', answers.germanRecognition === '');
    need('completedOn', answers.completedOn !== '' && !isoDate.test(answers.completedOn), 'date');
  }

  need('hasJobOffer', answers.hasJobOffer === '');
  if (answers.hasJobOffer === 'yes') {
    need('salary', answers.salary === null);
    if (!answers.unlimitedContract) need('contractMonths', answers.contractMonths === null || answers.contractMonths < 1, 'months');
  }

  need('evaluationDate', answers.evaluationDate === '');
  need('evaluationDate', !isoDate.test(answers.evaluationDate), 'date');
  if (!errors.evaluationDate && (answers.evaluationDate < coveredRange.from || answers.evaluationDate > coveredRange.until)) {
    errors.evaluationDate = { key: 'dateOutOfRange', values: { from: coveredRange.from, until: coveredRange.until } };
  }
  return errors;
}

/** The errors of one step (the others are checked when their step is submitted). */
export function validateStep(step: StepId, answers: Answers, today: string): FieldErrors {
  const all = validateAll(answers, today);
  return Object.fromEntries(Object.entries(all).filter(([key]) => stepOfField[key as AnswerKey] === step)) as FieldErrors;
}

/** All errors, for the final check before evaluating (e.g. answers restored from a link). */
export function validateAnswers(answers: Answers, today: string): FieldErrors {
  return validateAll(answers, today);
}
