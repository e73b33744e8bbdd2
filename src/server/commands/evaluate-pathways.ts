import type { DateOutOfRangeError, Evaluation, FamilyEvaluation, FamilyRequest, PathwayEngine, Profile, PathwayResult } from '../../domain/pathway/index';
import { berlinDate, type Clock } from '../clock';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { pathwayEngineFor } from '../law/law-state';

/** The Wegweiser needs no actor: the law in force on a date is data (built in, or entered by an admin). */
type Deps = { clock: Clock; db: Database };

function unwrap<T>(result: PathwayResult<T>, field: string): T {
  if (result.ok) return result.value;
  throw outOfRange(result.error, field);
}

function outOfRange(error: DateOutOfRangeError, field: string): AppError {
  return new AppError('UNPROCESSABLE', `No rule set covers ${error.evaluationDate}; Lotse knows the law from ${error.coveredFrom}.`, {
    [field]: `before the first covered day ${error.coveredFrom}`,
  });
}

/** Evaluates every residence title for a profile; "today" is the German calendar date. */
export async function evaluatePathways(deps: Deps, profile: Profile, field = 'profile.evaluationDate'): Promise<Evaluation> {
  return evaluateProfileWith(await pathwayEngineFor(deps.db), deps.clock, profile, field);
}

/** Evaluates family reunification for each member of the request. */
export async function evaluateFamily(deps: Deps, request: FamilyRequest, field = 'evaluationDate'): Promise<FamilyEvaluation> {
  return evaluateFamilyWith(await pathwayEngineFor(deps.db), deps.clock, request, field);
}

/** The same with a given engine (the CLI without a database uses the built-in figures). */
export function evaluateProfileWith(engine: PathwayEngine, clock: Clock, profile: Profile, field = 'profile.evaluationDate'): Evaluation {
  return unwrap(engine.evaluateProfile(profile, { today: berlinDate(clock.now()) }), field);
}

export function evaluateFamilyWith(engine: PathwayEngine, clock: Clock, request: FamilyRequest, field = 'evaluationDate'): FamilyEvaluation {
  return unwrap(engine.evaluateFamily(request, { today: berlinDate(clock.now()) }), field);
}
