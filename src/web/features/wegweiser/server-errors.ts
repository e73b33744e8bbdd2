import type { AnswerKey, Answers } from './answers';
import type { FieldErrors } from './validate';

/** Profile paths of the API (`profile.job.annualGrossSalaryEur`) → the answer that produced them. */
const fieldByPath: [prefix: string, field: AnswerKey | ((answers: Answers) => AnswerKey)][] = [
  ['profile.citizenship', (answers) => (answers.citizenship === 'other' ? 'citizenshipOther' : 'citizenship')],
  ['profile.age', (answers) => (answers.ageMode === 'age' ? 'age' : 'birthDate')],
  ['profile.birthDate', 'birthDate'],
  ['profile.location', 'location'],
  ['profile.currentTitle', 'currentTitle'],
  ['profile.qualification.type', 'qualificationType'],
  ['profile.qualification.obtainedIn', 'obtainedIn'],
  ['profile.qualification.completedOn', 'completedOn'],
  ['profile.qualification.trainingYears', 'trainingYears'],
  ['profile.qualification.stateRecognisedAbroad', 'stateRecognisedAbroad'],
  ['profile.qualification.germanRecognition', 'germanRecognition'],
  ['profile.qualification.professionalLicence', 'professionalLicence'],
  ['profile.qualification', 'occupation'],
  ['profile.job.contractMonths', 'contractMonths'],
  ['profile.job.isco', 'jobOccupation'],
  ['profile.job.employerTariffBound', 'employerTariffBound'],
  ['profile.job.recognitionPartnership', 'recognitionPartnership'],
  ['profile.job', 'salary'],
  ['profile.experience', 'experienceYears'],
  ['profile.german', 'german'],
  ['profile.english', 'english'],
  ['profile.fundsPerMonthEur', 'fundsPerMonth'],
  ['profile.adequatePensionProvision', 'pensionProvision'],
  ['profile.lawfulStayInGermanyMonthsLast5Years', 'lawfulStayMonths'],
  ['profile.spouseAppliesJointlyForChancenkarte', 'spouseJoins'],
  ['profile.qualificationMeasure', 'measurePlace'],
  ['profile.westbalkan', 'westbalkanMission'],
  ['profile.evaluationDate', 'evaluationDate'],
];

/** The answer a server field path belongs to, or undefined when none does. */
export function answerForPath(path: string, answers: Answers): AnswerKey | undefined {
  const entry = fieldByPath.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`));
  if (!entry) return undefined;
  const [, field] = entry;
  return typeof field === 'function' ? field(answers) : field;
}

/**
 * The API's field errors (400 VALIDATION_FAILED, 422 UNPROCESSABLE) as questionnaire errors.
 * The server's message is technical English, so the field shows a translated text; the
 * evaluation date's range comes along. Paths no answer produced are returned separately.
 */
export function mapServerErrors(
  fields: Record<string, string>,
  answers: Answers,
  range: { from: string; until: string },
): { errors: FieldErrors; unmapped: string[] } {
  const errors: FieldErrors = {};
  const unmapped: string[] = [];
  for (const path of Object.keys(fields)) {
    const field = answerForPath(path, answers);
    if (!field) unmapped.push(path);
    else if (field === 'evaluationDate') errors[field] = { key: 'dateOutOfRange', values: { ...range } };
    else errors[field] ??= { key: 'invalid' };
  }
  return { errors, unmapped };
}
