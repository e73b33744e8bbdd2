import type { AnswerKey } from './answers';

/** The questionnaire's steps in order; "result" follows the last one. */
export const stepIds = ['about', 'qualification', 'job', 'place', 'experience', 'more', 'family'] as const;
export type StepId = (typeof stepIds)[number];
export type View = StepId | 'result';

/** On which step each answer is asked (for server errors and the error summary). */
export const stepOfField: Record<AnswerKey, StepId> = {
  citizenship: 'about',
  citizenshipOther: 'about',
  ageMode: 'about',
  age: 'about',
  birthDate: 'about',
  location: 'about',
  currentTitle: 'about',
  qualificationType: 'qualification',
  obtainedIn: 'qualification',
  completedOn: 'qualification',
  trainingYears: 'qualification',
  germanRecognition: 'qualification',
  stateRecognisedAbroad: 'qualification',
  occupation: 'qualification',
  professionalLicence: 'qualification',
  measurePlace: 'qualification',
  hasJobOffer: 'job',
  salary: 'job',
  unlimitedContract: 'job',
  contractMonths: 'job',
  jobOccupation: 'job',
  employerTariffBound: 'job',
  recognitionPartnership: 'job',
  pensionProvision: 'job',
  experienceYears: 'experience',
  german: 'experience',
  english: 'experience',
  fundsPerMonth: 'more',
  lawfulStayMonths: 'more',
  spouseJoins: 'more',
  westbalkanMission: 'more',
  westbalkanAsylblg: 'more',
  evaluationDate: 'more',
  place: 'place',
  placeQuery: 'place',
  family: 'family',
  familyLivingSpace: 'family',
  familyLivelihood: 'family',
  familySponsorTitle: 'family',
};

/** The answers of one family member that are fields of their own (with their own errors). */
export const familyMemberFields = ['age', 'german', 'movesWithParent', 'healthInsurance'] as const;
export type FamilyMemberField = (typeof familyMemberFields)[number];
/** A family member's field: `family.<row>.<field>`. */
export type FamilyFieldName = `family.${number}.${FamilyMemberField}`;
/** Anything with its own error and focus target: an answer or a family member's field. */
export type FieldName = AnswerKey | FamilyFieldName;

export const familyField = (row: number, field: FamilyMemberField): FamilyFieldName => `family.${row}.${field}`;

/** The row and field of a family member's field name, or undefined for an answer. */
export function parseFamilyField(name: FieldName): { row: number; field: FamilyMemberField } | undefined {
  const match = /^family\.(\d+)\.(\w+)$/.exec(name);
  if (!match) return undefined;
  const field = familyMemberFields.find((candidate) => candidate === match[2]);
  return field ? { row: Number(match[1]), field } : undefined;
}

/** On which step a field is asked. */
export const stepOf = (name: FieldName): StepId => (parseFamilyField(name) ? 'family' : stepOfField[name as AnswerKey]);
