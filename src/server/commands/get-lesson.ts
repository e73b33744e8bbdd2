import { nextLessonId, previousLessonId } from '../../domain/learning/index';
import { getLessonBySlug, type LessonRow } from '../db/repositories/learning-content.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import { loadCourse, loadOverview, requireLearner, type CourseOverview } from './learning-access';

export type LessonView = { overview: CourseOverview; lesson: LessonRow; previousSlug: string | null; nextSlug: string | null };

/** A lesson of a course with its rendered text, its neighbours and whether the caller has done it. */
export async function getLesson(ctx: CommandContext, courseSlug: string, lessonSlug: string): Promise<LessonView> {
  const actor = requireLearner(ctx);
  const course = await loadCourse(ctx.db, courseSlug);
  const lesson = await getLessonBySlug(ctx.db, course.id, lessonSlug);
  if (!lesson) throw new AppError('NOT_FOUND', 'No such lesson in this course.');
  const overview = await loadOverview(ctx.db, actor.userId, course);
  const slugs = overview.lessons.map((header) => header.slug);
  return { overview, lesson, previousSlug: previousLessonId(slugs, lesson.slug), nextSlug: nextLessonId(slugs, lesson.slug) };
}
