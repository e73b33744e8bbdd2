import type { ActiveStage } from '../../domain/journey/index';
import { parseIsoDate, type DayNumber } from '../../domain/shared/calendar-date';
import type { CaseContact } from '../db/schema/index';
import type { GeneratedBatch } from '../db/repositories/generated-case-rows';
import { addFamily, type MainPerson } from './case-family';
import { journeyColumns, moveKind, simulateJourney, type Journey, type Visit } from './case-journey';
import { addQualification } from './case-qualification';
import { addObstacle, addProcedure, addStageMoves, addTasks } from './case-records';
import type { CreationDays } from './case-seasons';
import { CaseStory } from './case-story';
import { CaseTime } from './case-time';
import { namesByGroup } from './names';
import { Random } from './random';
import { baApprovalRequired, citizenshipByCode, citizenships, jobs, paceOf, paths, pathsWithoutRecognition, pathsWithRecognition, westBalkan, type Job, type PathKind } from './vocabulary';
import { dayOf, MINUTES_PER_DAY, type LocalMinute, type WorkCalendar } from './work-calendar';
import type { Office, World } from './world';

/** One generator run: everything a case needs besides its own random stream. */
export type GenerationRun = {
  seed: string;
  /** The first reference number of the run: keeps ids of two runs with the same seed apart. */
  salt: number;
  count: number;
  world: World;
  calendar: WorkCalendar;
  firstDay: DayNumber;
  /** When cases are opened between `firstDay` and `until` (seasons and growth). */
  creationDays: CreationDays;
  /** The last moment of the history (the end of office hours yesterday). */
  until: LocalMinute;
};

/** Fixed choices for a case that must look a certain way (the demo applicant's). */
export type CaseOverrides = {
  stream?: string;
  person?: { givenName: string; familyName: string; birthDate: string; citizenship: string; contact: CaseContact; languages: string[] };
  office?: Office;
  navigator?: { id: string; organisationId: string };
  path?: PathKind;
  createdDay?: DayNumber;
  fixedDays?: Partial<Record<ActiveStage, number>>;
  family?: boolean;
  procedure?: boolean;
};

const YEAR = 365.25;
/** Four years: enough for trends, seasons and a period to compare the last one with. */
const HISTORY_DAYS = 1461;
export const historyStart = (today: DayNumber): DayNumber => today - HISTORY_DAYS;

const ascii = (text: string) => text.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

function targetTitleFor(random: Random, job: Job, citizenship: string, path: PathKind): string {
  if (path === 'graduate' && random.chance(0.6)) return '20_post_study';
  if (path === 'in_germany' && random.chance(0.4)) return random.pick(['20a_fachkraft', '20a_points']);
  if (westBalkan.has(citizenship) && job.titles.includes('19c1_westbalkan') && random.chance(0.6)) return '19c1_westbalkan';
  const candidates = job.titles.filter((title) => title !== '19c1_westbalkan');
  return random.pick(candidates.length > 0 ? candidates : job.titles);
}

/** Shortly before the case left the matching stage, unless it left it by being closed. */
function jobFoundIn(visit: Visit | undefined, closedAt: LocalMinute | null, random: Random): LocalMinute | null {
  if (!visit || visit.to === null || visit.to === closedAt) return null;
  return Math.max(visit.from + 1, visit.to - random.int(5, 120));
}

/**
 * A welcome-centre case gets its responsible Ausländerbehörde (role `authority`) by the time it
 * reaches the visa procedure (the residence permit on paths without a visa), some already when
 * recognition or job matching begins; a case still in information has none yet.
 */
function addAuthority(story: CaseStory, journey: Journey, authorityId: string): void {
  for (const visit of journey.visits.slice(1)) {
    const due = visit.stage === 'visa_procedure' || visit.stage === 'entry' || visit.stage === 'residence_permit' || visit.stage === 'integration';
    if (due || story.random.chance(0.3)) {
      story.batch.caseOrganisations.push({ caseId: story.id, organisationId: authorityId, role: 'authority', addedAt: story.seconds(visit.from) });
      return;
    }
  }
}

/** Writes case number `index` of the run (rows and timeline) into the batch. */
export function generateCase(run: GenerationRun, batch: GeneratedBatch, index: number, number: number, overrides: CaseOverrides = {}): void {
  const { world, calendar, until } = run;
  const random = Random.of(run.seed, run.salt, overrides.stream ?? index);
  const caseId = random.uuid();
  const office = overrides.office ?? world.owners.draw(random);
  const caseworker = office.staff.draw(random);
  const time = new CaseTime(calendar, office.land, random);

  const drawn = citizenships.draw(random);
  const citizenship = (overrides.person && citizenshipByCode.get(overrides.person.citizenship)) || drawn;
  const names = namesByGroup[citizenship.group];
  const job = jobs.draw(random);
  const pathKind = overrides.path ?? (random.chance(job.recognitionShare) ? pathsWithRecognition : pathsWithoutRecognition).draw(random);
  const path = paths[pathKind];
  const targetTitleId = targetTitleFor(random, job, citizenship.code, pathKind);

  // Case numbers follow creation order; the network grows and first contacts follow the seasons.
  const createdDay = overrides.createdDay ?? run.creationDays.dayAt((index + random.float()) / run.count);
  let createdAt = time.after(createdDay * MINUTES_PER_DAY, 0);
  if (createdAt > until) createdAt = time.between(until - 3 * MINUTES_PER_DAY, until);

  // The welcome centre's navigators open cases of their own; an ABH case may get one later.
  let navigator = office.kind === 'welcome_center' ? { id: caseworker, organisationId: office.id } : null;
  let navigatorFrom: LocalMinute | null = navigator ? createdAt : null;
  if (!navigator && (overrides.navigator ?? (world.navigators && random.chance(0.35)))) {
    const drawn = overrides.navigator ?? world.navigators?.draw(random) ?? null;
    const from = time.after(createdAt, random.int(1, 25));
    if (drawn && from <= until) [navigator, navigatorFrom] = [drawn, from];
  }
  const story = new CaseStory(caseId, random, time, calendar, batch, until, { caseworker, navigator: navigator?.id ?? null, navigatorFrom });

  // The Ausländerbehörde responsible for the person: the owner, or for a welcome-centre case one of the region's.
  const authority = office.kind === 'abh' ? office : world.authorities.draw(random);
  const pace = paceOf(authority.slug, dayOf(until) - dayOf(createdAt));
  const withProcedure = path.procedure && office.kind === 'abh' && (overrides.procedure ?? random.chance(0.7));
  // Recognition inside the procedure needs a recognition body of the office's Land (ADR 0008: its Land dates steps 3–5).
  const recognitionBodyOrganisationId = pathKind === 'employer_led_recognition' ? (world.recognitionBodies.get(office.land) ?? null) : null;
  const recognitionBodyLand = recognitionBodyOrganisationId === null ? undefined : office.land;
  const journey = simulateJourney({
    random,
    time,
    calendar,
    path,
    createdAt,
    until,
    procedure: withProcedure ? { abhLand: office.land, recognitionBodyLand, isBaApprovalRequired: baApprovalRequired.get(targetTitleId) ?? true } : null,
    pace,
    ...(overrides.fixedDays ? { fixedDays: overrides.fixedDays } : {}),
  });
  const columns = journeyColumns(journey);

  const reference = `RN-${calendar.date(dayOf(createdAt)).slice(0, 4)}-${String(number).padStart(6, '0')}`;
  story.event(createdAt, 'created', { reference, stage: 'information', fromEvaluation: false, navigatorUserId: navigatorFrom === createdAt ? (navigator?.id ?? null) : null, synthetic: true }, { actor: caseworker });
  batch.caseOrganisations.push({ caseId, organisationId: office.id, role: 'owner', addedAt: story.seconds(createdAt) });
  if (navigator && navigatorFrom !== null) {
    const organisationId = office.kind === 'welcome_center' ? office.id : navigator.organisationId;
    batch.caseOrganisations.push({ caseId, organisationId, role: 'navigator', addedAt: story.seconds(navigatorFrom) });
    if (navigatorFrom !== createdAt) story.event(navigatorFrom, 'navigator_changed', { from: null, to: navigator.id }, { actor: caseworker, changesRow: true });
  }

  // The job is known from the start in employer-led journeys, otherwise once matching succeeded.
  const jobStage: ActiveStage | null = path.stages.includes('job_matching') ? 'job_matching' : pathKind === 'in_germany_recognition' ? 'recognition' : null;
  const jobFound = jobStage === null ? createdAt + 1 : jobFoundIn(journey.visits.find((visit) => visit.stage === jobStage), journey.closed?.at ?? null, random);
  let employerOrganisationId: string | null = null;
  if (jobFound !== null) {
    if (world.employers.length > 0 && random.chance(0.35)) employerOrganisationId = random.pick(world.employers);
    story.event(jobFound, 'job_changed', { isSet: true }, { changesRow: true });
    if (employerOrganisationId) {
      story.event(jobFound, 'employer_changed', { from: null, to: employerOrganisationId }, { changesRow: true });
      batch.caseOrganisations.push({ caseId, organisationId: employerOrganisationId, role: 'employer', addedAt: story.seconds(jobFound) });
    }
  }
  addStageMoves(story, journey, moveKind);

  const person = overrides.person ?? {
    givenName: random.pick(names.given),
    familyName: random.pick(names.family),
    birthDate: calendar.date(dayOf(createdAt) - Math.round(random.triangular(21, 29, 50) * YEAR)),
    citizenship: citizenship.code,
    contact: {},
    languages: [...citizenship.languages, ...(citizenship.languages.includes('en') || random.chance(0.5) ? [] : ['en']), ...(random.chance(0.3) ? ['de'] : [])],
  };
  const contact: CaseContact = overrides.person ? person.contact : random.chance(0.6) ? { email: `${ascii(person.givenName)}.${ascii(person.familyName)}${random.int(1, 99)}@mail.example` } : {};
  const personId = random.uuid();
  batch.persons.push({ id: personId, caseId, relation: 'main', ...person, contact, ...columns, targetTitleId, createdAt: story.seconds(createdAt) });
  if (office.kind === 'welcome_center') addAuthority(story, journey, authority.id);

  const main: MainPerson = {
    familyName: person.familyName,
    birthDay: parseIsoDate(person.birthDate) ?? dayOf(createdAt) - Math.round(30 * YEAR),
    citizenship: person.citizenship,
    group: citizenship.group,
    languages: person.languages,
  };
  const hasChildren = overrides.family === false ? false : addFamily(story, journey, main, createdAt, overrides.family === true);
  journey.visits.forEach((visit, position) => {
    const closedEarly = journey.closed !== null && journey.closed.reason !== 'goal_reached' && position === journey.visits.length - 1;
    addTasks(story, visit, closedEarly);
    addObstacle(story, visit, hasChildren);
  });
  if (journey.procedure) {
    addProcedure(story, journey.procedure, { abhOrganisationId: office.id, employerOrganisationId, recognitionBodyOrganisationId });
  }
  if (path.stages.includes('recognition')) {
    const bodyOrganisationId = world.recognitionBodies.get(authority.land) ?? null;
    addQualification(story, journey, { personId, job, citizenship: person.citizenship, targetTitleId, bodyOrganisationId });
  }

  const updatedAt = Math.max(story.flushEvents(), createdAt);
  batch.cases.push({
    id: caseId,
    reference,
    ownerOrganisationId: office.id,
    navigatorUserId: navigator?.id ?? null,
    navigatorAssignedAt: navigatorFrom === null ? null : story.seconds(navigatorFrom),
    ...columns,
    targetTitleId,
    employerOrganisationId,
    job: jobFound === null ? null : { title: job.title, isco: job.isco, annualGrossSalaryEur: random.int(job.salary[0] / 100, job.salary[1] / 100) * 100 },
    version: story.version,
    createdBy: caseworker,
    createdAt: story.seconds(createdAt),
    updatedAt: story.seconds(updatedAt),
  });
}
