import { isPassingScore } from './quiz-scoring';

/** What is known about one person in one course. */
export type CourseProgressInput = {
  lessonIds: readonly string[];
  completedLessonIds: readonly string[];
  /** The best quiz attempt so far (most questions right), or null before the first attempt. */
  bestAttempt: { correct: number; total: number } | null;
  passPercent: number;
};

export type CourseProgress = {
  completedLessons: number;
  totalLessons: number;
  isQuizPassed: boolean;
  /** Best attempt in whole percent (rounded down), or null before the first attempt. */
  bestScorePercent: number | null;
  /**
   * Share of the course's steps done, in whole percent rounded down: each lesson is one step and
   * passing the quiz is one more, so 100 % means exactly "complete" (and never before it).
   */
  percent: number;
  isComplete: boolean;
  status: 'not_started' | 'in_progress' | 'completed';
};

/**
 * The completion rule: a course is complete when **every** lesson is marked done **and** the best
 * quiz attempt reaches the course's pass mark (default 80 %). Completions of lessons that no
 * longer belong to the course do not count.
 */
export function courseProgress(input: CourseProgressInput): CourseProgress {
  const lessons = new Set(input.lessonIds);
  const completedLessons = new Set(input.completedLessonIds.filter((id) => lessons.has(id))).size;
  const totalLessons = lessons.size;
  const best = input.bestAttempt;
  const isQuizPassed = best !== null && isPassingScore(best.correct, best.total, input.passPercent);
  const isComplete = completedLessons === totalLessons && isQuizPassed;
  const steps = totalLessons + 1;
  const done = completedLessons + (isQuizPassed ? 1 : 0);
  const percent = isComplete ? 100 : Math.min(99, Math.floor((done * 100) / steps));
  const hasStarted = completedLessons > 0 || best !== null;
  return {
    completedLessons,
    totalLessons,
    isQuizPassed,
    bestScorePercent: best && best.total > 0 ? Math.floor((best.correct * 100) / best.total) : best ? 0 : null,
    percent,
    isComplete,
    status: isComplete ? 'completed' : hasStarted ? 'in_progress' : 'not_started',
  };
}

/** The better of two attempts: more questions right in proportion; ties keep the earlier one. */
export function betterAttempt<T extends { correct: number; total: number }>(current: T | null, next: T): T {
  if (!current) return next;
  return next.correct * current.total > current.correct * next.total ? next : current;
}

/** The lesson after the given one in course order, or null at the end (the quiz comes next). */
export function nextLessonId(lessonIds: readonly string[], lessonId: string): string | null {
  const index = lessonIds.indexOf(lessonId);
  return index >= 0 && index + 1 < lessonIds.length ? (lessonIds[index + 1] ?? null) : null;
}

/** The lesson before the given one, or null at the start. */
export function previousLessonId(lessonIds: readonly string[], lessonId: string): string | null {
  const index = lessonIds.indexOf(lessonId);
  return index > 0 ? (lessonIds[index - 1] ?? null) : null;
}
