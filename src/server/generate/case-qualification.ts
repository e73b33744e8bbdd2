import type { Journey } from './case-journey';
import type { CaseStory } from './case-story';
import { citizenships, type Job } from './vocabulary';
import { dayOf, MINUTES_PER_DAY, type LocalMinute } from './work-calendar';

/**
 * The recognised (or not yet recognised) qualification of a main person on a path with
 * recognition: the reference occupation of their job, the country it was obtained in, and an
 * outcome that follows the journey (pending while the recognition runs, decided when it ended).
 */

type ReferenceOccupation = { kldb: string; isco: string; name: string };

/**
 * The reference occupation per job (by the job's ISCO-08 code). Codes, names and the ISCO code are
 * one row each of the KldB 2010 (Fassung 2020) list with the BA's recommended ISCO-08 match, as in
 * seed/reference/occupations.json (sources: seed/reference/SOURCES.md); which row fits a job is
 * the generator's choice. Where the BA recommends another ISCO code than the job's (nursing 3221,
 * child care 3412, hotel service 4224), the row is taken as it stands.
 */
const referenceByJobIsco: ReadonlyMap<string, ReferenceOccupation> = new Map([
  ['2221', { kldb: '81302', isco: '3221', name: 'Berufe in der Gesundheits- und Krankenpflege (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten' }],
  ['2512', { kldb: '43414', isco: '2512', name: 'Berufe in der Softwareentwicklung – hoch komplexe Tätigkeiten' }],
  ['7411', { kldb: '26212', isco: '7411', name: 'Berufe in der Bauelektrik – fachlich ausgerichtete Tätigkeiten' }],
  ['7233', { kldb: '25102', isco: '7233', name: 'Berufe in der Maschinenbau- und Betriebstechnik (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten' }],
  ['2211', { kldb: '81404', isco: '2211', name: 'Ärzte/Ärztinnen (ohne Spezialisierung) – hoch komplexe Tätigkeiten' }],
  ['2142', { kldb: '31104', isco: '2142', name: 'Berufe in der Bauplanung und -überwachung (ohne Spezialisierung) – hoch komplexe Tätigkeiten' }],
  ['2144', { kldb: '25104', isco: '2144', name: 'Berufe in der Maschinenbau- und Betriebstechnik (ohne Spezialisierung) – hoch komplexe Tätigkeiten' }],
  ['8332', { kldb: '52122', isco: '8332', name: 'Berufskraftfahrer/innen (Güterverkehr/LKW) – fachlich ausgerichtete Tätigkeiten' }],
  ['5120', { kldb: '29302', isco: '5120', name: 'Köche/Köchinnen (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten' }],
  ['2342', { kldb: '83112', isco: '3412', name: 'Berufe in der Kinderbetreuung und -erziehung – fachlich ausgerichtete Tätigkeiten' }],
  ['7126', { kldb: '34212', isco: '7126', name: 'Berufe in der Sanitär-, Heizungs- und Klimatechnik – fachlich ausgerichtete Tätigkeiten' }],
  ['3512', { kldb: '43102', isco: '3512', name: 'Berufe in der Informatik (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten' }],
  ['2120', { kldb: '41114', isco: '2120', name: 'Berufe in der Statistik – hoch komplexe Tätigkeiten' }],
  ['5131', { kldb: '63222', isco: '4224', name: 'Berufe im Hotelservice – fachlich ausgerichtete Tätigkeiten' }],
]);

/** §16d titles: a partial recognition (Defizitbescheid) is what brings people onto them. */
const partialTitles: ReadonlySet<string> = new Set(['16d1', '16d3']);
const OWN_COUNTRY_SHARE = 0.9;

export type QualificationInput = {
  personId: string;
  job: Job;
  citizenship: string;
  targetTitleId: string;
  bodyOrganisationId: string | null;
};

function drawnOutcome(story: CaseStory, targetTitleId: string): 'full' | 'partial' | 'none' {
  const { random } = story;
  if (partialTitles.has(targetTitleId)) return random.chance(0.85) ? 'partial' : 'full';
  const u = random.float();
  return u < 0.78 ? 'full' : u < 0.97 ? 'partial' : 'none';
}

/** The decision: inside the §81a procedure (its equivalence step), else at the end of the recognition stage. */
function decisionOf(story: CaseStory, journey: Journey, input: QualificationInput): { outcome: string; at: LocalMinute | null } {
  const visit = journey.visits.find((candidate) => candidate.stage === 'recognition');
  if (!visit) return { outcome: 'pending', at: null };
  const procedure = journey.procedure;
  if (procedure && procedure.run.state.steps.some((step) => step.id === 'equivalence_decided')) {
    const decided = procedure.run.completions.find((completion) => completion.stepId === 'equivalence_decided');
    return decided ? { outcome: drawnOutcome(story, input.targetTitleId), at: story.time.startOf(decided.day) } : { outcome: 'pending', at: null };
  }
  if (visit.to === null) return { outcome: 'pending', at: null };
  const closedHere = journey.closed !== null && journey.closed.from === 'recognition' && journey.closed.at === visit.to;
  if (closedHere) {
    // A journey that ended in recognition: rejected (not eligible), or given up before a decision.
    if (journey.closed?.reason !== 'not_eligible') return { outcome: 'pending', at: null };
    return { outcome: 'none', at: story.time.between(Math.max(visit.from, visit.to - 10 * MINUTES_PER_DAY), visit.to) };
  }
  return { outcome: drawnOutcome(story, input.targetTitleId), at: story.time.between(Math.max(visit.from, visit.to - 15 * MINUTES_PER_DAY), visit.to) };
}

/** Adds the row once the recognition has begun (a case still in information has none yet). */
export function addQualification(story: CaseStory, journey: Journey, input: QualificationInput): void {
  const visit = journey.visits.find((candidate) => candidate.stage === 'recognition');
  const reference = referenceByJobIsco.get(input.job.isco);
  if (!visit) return;
  const { random } = story;
  const { outcome, at } = decisionOf(story, journey, input);
  const country = random.chance(OWN_COUNTRY_SHARE) ? input.citizenship : citizenships.draw(random).code;
  const updatedAt = at ?? visit.from;
  story.batch.qualifications.push({
    personId: input.personId,
    caseId: story.id,
    qualificationType: input.job.isco.startsWith('2') ? 'academic' : 'vocational',
    country,
    referenceKldb: reference?.kldb ?? null,
    referenceIsco: reference?.isco ?? input.job.isco,
    referenceName: reference?.name ?? input.job.title,
    outcome,
    decidedOn: at === null ? null : story.time.date(dayOf(at)),
    bodyOrganisationId: input.bodyOrganisationId,
    updatedBy: story.actors.caseworker,
    updatedAt: story.seconds(updatedAt),
  });
}
