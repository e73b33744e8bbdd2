import type { AnswerKey } from './answers';

/** The questionnaire's steps in order; "result" follows the last one. */
export const stepIds = ['about', 'qualification', 'job', 'experience', 'more'] as const;
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
};
