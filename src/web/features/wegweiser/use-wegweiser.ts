import { useCallback, useEffect, useRef, useState } from 'react';
import { coveredRange, type EvaluationDetails } from '../../../contract/pathways';
import { ApiError } from '../../api/client';
import { evaluatePathways } from '../../api/pathways';
import { evaluateFamily, type FamilyEvaluationDetails } from '../../api/places';
import { contactServices, fetchPlaceContacts, type PlaceContacts } from '../network/responsibility-contacts';
import { emptyAnswers, localToday, type AnswerKey, type Answers, type FamilyMemberAnswer } from './answers';
import { sponsorTitle, toFamilyRequest } from './family';
import type { Focusable } from './field-controls';
import { decodeAnswers, encodeAnswers } from './permalink';
import { mapServerErrors } from './server-errors';
import { stepIds, stepOf, type FieldName, type StepId, type View } from './steps';
import { toProfile } from './to-profile';
import { validateAnswers, validateStep, type FieldErrors } from './validate';

export type Problem = 'evaluationFailed' | 'linkInvalid' | 'rateLimited';
type FocusTarget = 'heading' | 'summary' | null;
/** Something the result loads after the evaluation (the offices of the place, the family evaluation). */
export type Loadable<T> = { status: 'none' } | { status: 'loading' } | { status: 'failed' } | { status: 'ok'; data: T };

const firstStepOf = (errors: FieldErrors): StepId =>
  stepIds.find((step) => Object.keys(errors).some((field) => stepOf(field as FieldName) === step)) ?? stepIds[0];

/** Errors without the given fields (and, for `family`, without every family member's field). */
function withoutErrors(current: FieldErrors, names: readonly string[]): FieldErrors {
  const drop = (field: string) => names.includes(field) || (names.includes('family') && field.startsWith('family.'));
  if (!Object.keys(current).some(drop)) return current;
  return Object.fromEntries(Object.entries(current).filter(([field]) => !drop(field))) as FieldErrors;
}

/** Replaces the fragment without a new history entry (and without a hashchange event). */
const replaceFragment = (fragment: string) =>
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${fragment}`);

/**
 * The questionnaire's state: the current view, the answers (kept across back and forward),
 * the errors, the evaluation and where focus goes after a change of step.
 */
export function useWegweiser() {
  const today = localToday();
  const [view, setView] = useState<View>('about');
  const [answers, setAnswers] = useState<Answers>(() => emptyAnswers(today));
  // Opened from a permalink: show "loading" instead of step 1 until the result is there.
  const [isRestoring, setRestoring] = useState(() => {
    const decoded = decodeAnswers(window.location.hash);
    return decoded.status === 'ok' && !decoded.step;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [evaluation, setEvaluation] = useState<EvaluationDetails | null>(null);
  const [isPending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [offices, setOffices] = useState<Loadable<PlaceContacts>>({ status: 'none' });
  const [family, setFamily] = useState<Loadable<FamilyEvaluationDetails>>({ status: 'none' });
  // Only the newest request of each kind may set its state (an older answer can arrive later).
  const requestCount = useRef({ offices: 0, family: 0 });

  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fields = useRef(new Map<FieldName, Focusable>());
  const focusNext = useRef<FocusTarget>(null);

  // After a render that changed the step (or showed errors), move focus as requested.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'heading') headingRef.current?.focus();
    if (target === 'summary') summaryRef.current?.focus();
  });

  const register = useCallback(
    (name: FieldName) => (element: Focusable | null) => {
      if (element) fields.current.set(name, element);
      else fields.current.delete(name);
    },
    [],
  );

  const focusField = useCallback((name: FieldName) => void fields.current.get(name)?.focus(), []);

  const set = useCallback(<K extends AnswerKey>(key: K, value: Answers[K]) => {
    setAnswers((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutErrors(current, key === 'place' ? ['place', 'placeQuery'] : [key]));
  }, []);

  /** Changes one family member's answers (and clears the errors of the fields changed). */
  const setFamilyMember = useCallback((row: number, patch: Partial<FamilyMemberAnswer>) => {
    setAnswers((current) => ({ ...current, family: current.family.map((member, index) => (index === row ? { ...member, ...patch } : member)) }));
    setErrors((current) => withoutErrors(current, Object.keys(patch).map((field) => `family.${row}.${field}`)));
  }, []);

  // The contacts of the place from the responsibility finder: the Ausländerbehörde and the fitting counselling.
  const loadOffices = (toEvaluate: Answers) => {
    const count = ++requestCount.current.offices;
    const place = toEvaluate.place;
    if (!place) return setOffices({ status: 'none' });
    setOffices({ status: 'loading' });
    fetchPlaceContacts(place.ags, contactServices(toEvaluate)).then(
      (data) => count === requestCount.current.offices && setOffices({ status: 'ok', data }),
      () => count === requestCount.current.offices && setOffices({ status: 'failed' }),
    );
  };

  const loadFamily = (toEvaluate: Answers, result: EvaluationDetails) => {
    const count = ++requestCount.current.family;
    const title = sponsorTitle(result, toEvaluate.familySponsorTitle);
    const body = title ? toFamilyRequest(toEvaluate, result, title.id) : undefined;
    if (!body) return setFamily({ status: 'none' });
    setFamily({ status: 'loading' });
    evaluateFamily(body).then(
      (data) => count === requestCount.current.family && setFamily({ status: 'ok', data }),
      () => count === requestCount.current.family && setFamily({ status: 'failed' }),
    );
  };

  /** On the result: check the family for another open title (the link then carries the choice). */
  const chooseSponsorTitle = (titleId: string) => {
    if (!evaluation) return;
    const next = { ...answers, familySponsorTitle: titleId };
    setAnswers(next);
    replaceFragment(encodeAnswers(next));
    loadFamily(next, evaluation);
  };

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    setView(firstStepOf(found));
    focusNext.current = 'summary';
  };

  const goTo = (next: View) => {
    setErrors({});
    setProblem(null);
    setView(next);
    focusNext.current = 'heading';
  };

  const evaluate = async (toEvaluate: Answers, moveFocus = true) => {
    const found = validateAnswers(toEvaluate, today);
    if (Object.keys(found).length > 0) return showErrors(found);
    setPending(true);
    setProblem(null);
    try {
      const result = await evaluatePathways(toProfile(toEvaluate, today));
      setEvaluation(result);
      loadOffices(toEvaluate);
      loadFamily(toEvaluate, result);
      setErrors({});
      setView('result');
      replaceFragment(encodeAnswers(toEvaluate));
      if (moveFocus) focusNext.current = 'heading';
    } catch (error) {
      const mapped = error instanceof ApiError && error.fields ? mapServerErrors(error.fields, toEvaluate, coveredRange) : null;
      if (mapped && Object.keys(mapped.errors).length > 0) showErrors(mapped.errors);
      else setProblem(error instanceof ApiError && error.status === 429 ? 'rateLimited' : 'evaluationFailed');
    } finally {
      setPending(false);
    }
  };

  /** Next (or "show result" on the last step): checks the step, then moves on. */
  const submitStep = () => {
    if (view === 'result' || isPending) return;
    const found = validateStep(view, answers, today);
    if (Object.keys(found).length > 0) return showErrors(found);
    const index = stepIds.indexOf(view);
    if (index < stepIds.length - 1) goTo(stepIds[index + 1]!);
    else void evaluate(answers);
  };

  const back = () => {
    const index = view === 'result' ? stepIds.length : stepIds.indexOf(view);
    if (index > 0) goTo(stepIds[index - 1]!);
  };

  const edit = () => goTo(stepIds[0]);

  const restart = () => {
    replaceFragment('');
    setAnswers(emptyAnswers(today));
    setEvaluation(null);
    goTo(stepIds[0]);
  };

  // A permalink (`#p=…`) restores the answers and shows the result, on load and when pasted.
  const restoreFromFragment = useRef<(moveFocus: boolean) => void>(() => undefined);
  restoreFromFragment.current = (moveFocus) => {
    const decoded = decodeAnswers(window.location.hash);
    if (decoded.status === 'none') return;
    if (decoded.status === 'invalid') {
      setRestoring(false);
      setProblem('linkInvalid');
      return;
    }
    setAnswers(decoded.answers);
    if (decoded.step) {
      setRestoring(false);
      setView(decoded.step);
      return;
    }
    setRestoring(true);
    void evaluate(decoded.answers, moveFocus).finally(() => setRestoring(false));
  };
  const hasRestored = useRef(false);
  useEffect(() => {
    // Once per page load (React's StrictMode runs effects twice in development).
    if (!hasRestored.current) restoreFromFragment.current(false);
    hasRestored.current = true;
    const onHashChange = () => restoreFromFragment.current(true);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  // While editing, the address carries the answers and the step: a reload (the language
  // switch reloads the page) comes back to them. Nothing leaves the browser.
  const isUntouched = JSON.stringify(answers) === JSON.stringify(emptyAnswers(today));
  useEffect(() => {
    if (view === 'result' || isRestoring) return;
    if (!isUntouched || window.location.hash) replaceFragment(isUntouched ? '' : encodeAnswers(answers, view));
  }, [answers, view, isRestoring, isUntouched]);

  return {
    view, answers, errors, evaluation, isPending, isRestoring, problem, today, offices, family,
    headingRef, summaryRef, register, set, setFamilyMember, chooseSponsorTitle, focusField, submitStep, back, edit, restart,
  };
}
