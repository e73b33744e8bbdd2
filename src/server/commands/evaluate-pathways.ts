import {
  evaluateFamily as evaluateFamilyRules,
  evaluateProfile,
  type DateOutOfRangeError,
  type Evaluation,
  type FamilyEvaluation,
  type FamilyRequest,
  type Profile,
  type PathwayResult,
} from '../../domain/pathway/index';
import { berlinDate, type Clock } from '../clock';
import { AppError } from '../errors';

/** The Wegweiser needs no database or actor: the law in force on a date is pure data. */
type Deps = { clock: Clock };

function unwrap<T>(result: PathwayResult<T>, field: string): T {
  if (result.ok) return result.value;
  throw outOfRange(result.error, field);
}

function outOfRange(error: DateOutOfRangeError, field: string): AppError {
  const range = `${error.coveredFrom} … ${error.coveredUntil}`;
  return new AppError('UNPROCESSABLE', `No rule set covers ${error.evaluationDate}; Lotse knows the law from ${range}.`, {
    [field]: `outside the covered range ${range}`,
  });
}

/** Evaluates every residence title for a profile; "today" is the German calendar date. */
export function evaluatePathways(deps: Deps, profile: Profile, field = 'profile.evaluationDate'): Evaluation {
  return unwrap(evaluateProfile(profile, { today: berlinDate(deps.clock.now()) }), field);
}

/** Evaluates family reunification for each member of the request. */
export function evaluateFamily(deps: Deps, request: FamilyRequest, field = 'evaluationDate'): FamilyEvaluation {
  return unwrap(evaluateFamilyRules(request, { today: berlinDate(deps.clock.now()) }), field);
}
