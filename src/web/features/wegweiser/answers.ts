import { z } from 'zod';
import { coveredRange } from '../../../contract/pathways';

/** A three-way answer: the engine treats "unknown" as an open question, never as "no". */
const triState = z.enum(['yes', 'no', 'unknown']);
const levels = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export const occupationAreas = ['ict', 'physician', 'nurse', 'engineer', 'craft', 'other'] as const;
export type OccupationArea = (typeof occupationAreas)[number];

/** Titles someone in Germany may hold, as offered in the questionnaire ("none" = no title). */
export const currentTitleChoices = ['16b', '16a', '16d', '18a', '18b', '18g', '19c', '19c1_westbalkan', '20', '20a', 'other', 'none'] as const;

export const familyRoles = ['spouse', 'child', 'parent'] as const;
export type FamilyRole = (typeof familyRoles)[number];

/** One family member who is to join the person (step "family"); age is checked when the step is left. */
const familyMemberAnswerSchema = z.object({
  role: z.enum(familyRoles),
  age: z.number().int().min(-999).max(999).nullable(),
  german: z.union([z.literal(''), z.enum(levels)]),
  movesWithParent: triState,
  healthInsurance: triState,
});
export type FamilyMemberAnswer = z.infer<typeof familyMemberAnswerSchema>;

/**
 * The questionnaire's answers, exactly as entered (empty string = not answered yet). They
 * are what the permalink carries; `toProfile` turns them into the contract's Profile.
 */
export const answersSchema = z.object({
  // Step 1: about you
  citizenship: z.string().max(5),
  citizenshipOther: z.string().max(10),
  ageMode: z.enum(['age', 'birthDate']),
  // Any whole number, so that an implausible age reaches the step's check (and its message).
  age: z.number().int().min(-999).max(999).nullable(),
  birthDate: z.string().max(10),
  location: z.enum(['', 'abroad', 'germany']),
  currentTitle: z.union([z.literal(''), z.enum(currentTitleChoices)]),
  // Step 2: qualification
  qualificationType: z.enum(['', 'none', 'vocational', 'academic']),
  obtainedIn: z.enum(['abroad', 'germany']),
  completedOn: z.string().max(10),
  trainingYears: z.number().min(0).max(15).nullable(),
  germanRecognition: z.enum(['', 'full', 'comparable', 'partial', 'none', 'not_applied']),
  stateRecognisedAbroad: triState,
  occupation: z.union([z.literal(''), z.enum(occupationAreas)]),
  professionalLicence: triState,
  measurePlace: triState,
  // Step 3: job offer
  hasJobOffer: z.enum(['', 'yes', 'no']),
  salary: z.number().min(0).max(100_000_000).nullable(),
  unlimitedContract: z.boolean(),
  contractMonths: z.number().int().min(0).max(1200).nullable(),
  jobOccupation: z.union([z.literal('same'), z.enum(occupationAreas)]),
  employerTariffBound: triState,
  recognitionPartnership: triState,
  pensionProvision: triState,
  // Step 4: experience and languages
  experienceYears: z.number().min(0).max(60).nullable(),
  german: z.enum(levels),
  english: z.enum(levels),
  // Step 5: money and other
  fundsPerMonth: z.number().min(0).max(100_000_000).nullable(),
  lawfulStayMonths: z.number().int().min(0).max(60).nullable(),
  spouseJoins: z.boolean(),
  westbalkanMission: z.boolean(),
  westbalkanAsylblg: z.boolean(),
  evaluationDate: z.string().max(10),
  // Step "where" (optional): the municipality chosen from the suggestions, and the text typed.
  // The defaults keep links made before these steps existed working.
  place: z.object({ ags: z.string().regex(/^\d{8}$/), name: z.string().min(1).max(100) }).nullable().default(null),
  placeQuery: z.string().max(100).default(''),
  // Step "family" (optional): who is to join, and the household questions.
  family: z.array(familyMemberAnswerSchema).max(20).default([]),
  familyLivingSpace: triState.default('unknown'),
  familyLivelihood: triState.default('unknown'),
  /** The title the family evaluation assumes the person gets; "" = the best open one. */
  familySponsorTitle: z.string().max(40).default(''),
});

export type Answers = z.infer<typeof answersSchema>;
export type AnswerKey = keyof Answers;
export type Level = (typeof levels)[number];
export { levels };
export type TriState = z.infer<typeof triState>;

/** Today, or the nearest day the rules cover (the law of a day outside the range is unknown). */
const nearestCoveredDay = (day: string) => (day < coveredRange.from ? coveredRange.from : day > coveredRange.until ? coveredRange.until : day);

/** A fresh questionnaire; the evaluation date starts at today (local calendar day), if covered. */
export function emptyAnswers(today: string): Answers {
  return {
    citizenship: '',
    citizenshipOther: '',
    ageMode: 'age',
    age: null,
    birthDate: '',
    location: '',
    currentTitle: '',
    qualificationType: '',
    obtainedIn: 'abroad',
    completedOn: '',
    trainingYears: null,
    germanRecognition: '',
    stateRecognisedAbroad: 'unknown',
    occupation: '',
    professionalLicence: 'unknown',
    measurePlace: 'unknown',
    hasJobOffer: '',
    salary: null,
    unlimitedContract: true,
    contractMonths: null,
    jobOccupation: 'same',
    employerTariffBound: 'unknown',
    recognitionPartnership: 'unknown',
    pensionProvision: 'unknown',
    experienceYears: null,
    german: 'none',
    english: 'none',
    fundsPerMonth: null,
    lawfulStayMonths: null,
    spouseJoins: false,
    westbalkanMission: false,
    westbalkanAsylblg: false,
    evaluationDate: nearestCoveredDay(today),
    place: null,
    placeQuery: '',
    family: [],
    familyLivingSpace: 'unknown',
    familyLivelihood: 'unknown',
    familySponsorTitle: '',
  };
}

/** Today as YYYY-MM-DD in the browser's time zone (what the person calls "today"). */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
