import type { Profile } from '../../../contract/pathways';
import type { Answers, TriState } from './answers';
import { iscoByArea, regulatedAreas, westbalkanCodes } from './options';

type Qualification = Profile['qualification'];
type Job = NonNullable<Profile['job']>;

const triToBoolean = (value: TriState): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined);

/** Drops undefined entries so the strict schema sees only what was answered. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** Shifts an ISO date by whole months (day clamped to the month's length). */
export function shiftMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Completed years between a birth date and a day (both ISO), or undefined if unknown. */
export function ageOn(answers: Answers): number | undefined {
  if (answers.ageMode === 'age') return answers.age ?? undefined;
  const { birthDate, evaluationDate } = answers;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || !/^\d{4}-\d{2}-\d{2}$/.test(evaluationDate)) return undefined;
  const years = Number(evaluationDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return evaluationDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The citizenship code the profile carries: a listed country or the typed "other" code. */
export function citizenshipCode(answers: Answers): string {
  return answers.citizenship === 'other' ? answers.citizenshipOther.trim().toUpperCase() : answers.citizenship;
}

function qualification(answers: Answers): Qualification {
  const area = answers.occupation === '' ? undefined : answers.occupation;
  const isco = area ? iscoByArea[area] : undefined;
  if (answers.qualificationType === 'none' || answers.qualificationType === '') {
    return compact({ type: 'none', isco });
  }
  const regulated = area !== undefined && regulatedAreas.includes(area);
  return compact({
    type: answers.qualificationType,
    obtainedIn: answers.obtainedIn,
    completedOn: answers.completedOn || undefined,
    trainingYears: answers.qualificationType === 'vocational' ? (answers.trainingYears ?? undefined) : undefined,
    stateRecognisedAbroad: answers.stateRecognisedAbroad === 'unknown' ? null : answers.stateRecognisedAbroad === 'yes',
    germanRecognition: answers.germanRecognition || undefined,
    isco,
    regulatedProfession: regulated ? true : undefined,
    professionalLicence: regulated ? triToBoolean(answers.professionalLicence) : undefined,
  });
}

function job(answers: Answers): Job | null {
  if (answers.hasJobOffer !== 'yes' || answers.salary === null) return null;
  const area = answers.jobOccupation === 'same' ? answers.occupation || undefined : answers.jobOccupation;
  return compact({
    annualGrossSalaryEur: answers.salary,
    contractMonths: answers.unlimitedContract ? null : (answers.contractMonths ?? undefined),
    isco: area ? iscoByArea[area] : undefined,
    employerTariffBound: triToBoolean(answers.employerTariffBound),
    recognitionPartnership: triToBoolean(answers.recognitionPartnership),
  });
}

/**
 * One experience period for "N years of relevant experience": it ends today (or on the
 * evaluation date, if that is earlier) and starts N years before today.
 */
function experience(answers: Answers, today: string): Profile['experience'] {
  const years = answers.experienceYears;
  if (years === null || years <= 0) return undefined;
  const to = answers.evaluationDate && answers.evaluationDate < today ? answers.evaluationDate : today;
  const from = shiftMonths(today, -Math.round(years * 12));
  if (from > to) return undefined;
  const area = answers.occupation === '' ? undefined : answers.occupation;
  return [compact({ from, to, isco: area ? iscoByArea[area] : undefined })];
}

/** Whether the Westbalkan questions apply (§26 Abs. 2 BeschV). */
export const isWestbalkanCitizen = (answers: Answers): boolean => westbalkanCodes.includes(citizenshipCode(answers));

function westbalkan(answers: Answers): Profile['westbalkan'] {
  if (!isWestbalkanCitizen(answers)) return undefined;
  return { applicationAtMissionInHomeCountry: answers.westbalkanMission, asylblgBenefitsLast24Months: answers.westbalkanAsylblg };
}

/** The answers as the contract's Profile (what the API evaluates). */
export function toProfile(answers: Answers, today: string): Profile {
  const inGermany = answers.location === 'germany';
  const pension = triToBoolean(answers.pensionProvision);
  return compact({
    evaluationDate: answers.evaluationDate || undefined,
    citizenship: citizenshipCode(answers),
    age: answers.ageMode === 'age' ? (answers.age ?? undefined) : undefined,
    birthDate: answers.ageMode === 'birthDate' ? answers.birthDate || undefined : undefined,
    location: answers.location || undefined,
    currentTitle: inGermany && answers.currentTitle !== '' ? (answers.currentTitle === 'none' ? null : answers.currentTitle) : undefined,
    qualification: qualification(answers),
    job: answers.hasJobOffer === '' ? undefined : job(answers),
    experience: experience(answers, today),
    german: answers.german,
    english: answers.english,
    fundsPerMonthEur: answers.fundsPerMonth ?? undefined,
    adequatePensionProvision: answers.hasJobOffer === 'yes' ? pension : undefined,
    lawfulStayInGermanyMonthsLast5Years: answers.lawfulStayMonths ?? undefined,
    spouseAppliesJointlyForChancenkarte: answers.spouseJoins,
    qualificationMeasure: answers.germanRecognition === 'partial' && answers.measurePlace !== 'unknown' ? { placeConfirmed: answers.measurePlace === 'yes' } : undefined,
    westbalkan: westbalkan(answers),
  }) as Profile;
}
