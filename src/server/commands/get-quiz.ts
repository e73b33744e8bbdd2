import { findQuizQuestions, type CourseRow, type QuizQuestionRow } from '../db/repositories/learning-content.repository';
import type { CommandContext } from './context';
import { loadCourse, requireLearner } from './learning-access';

/** A course's quiz; the presenter leaves out which options are correct. */
export async function getQuiz(ctx: CommandContext, courseSlug: string): Promise<{ course: CourseRow; questions: QuizQuestionRow[] }> {
  requireLearner(ctx);
  const course = await loadCourse(ctx.db, courseSlug);
  return { course, questions: await findQuizQuestions(ctx.db, course.id) };
}
