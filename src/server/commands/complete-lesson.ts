import { nextLessonId } from '../../domain/learning/index';
import { recordAudit } from '../audit/record-audit';
import { getLessonBySlug } from '../db/repositories/learning-content.repository';
import { insertLessonCompletion } from '../db/repositories/learning-progress.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import { issueCertificateIfComplete, learningPurpose, loadCourse, loadOverview, requireLearner, type CourseOverview } from './learning-access';
import type { CertificateRow } from '../db/repositories/learning-progress.repository';

export type LessonCompleted = { lessonSlug: string; completedAt: Date; overview: CourseOverview; nextSlug: string | null; certificate: CertificateRow | null };

/**
 * Marks a lesson as done for the caller. Marking it again keeps the first time and writes nothing.
 * When this completes the course (quiz passed before), the certificate is issued in the same transaction.
 */
export async function completeLesson(ctx: CommandContext, courseSlug: string, lessonSlug: string): Promise<LessonCompleted> {
  const actor = requireLearner(ctx);
  return ctx.db.transaction(async (tx) => {
    const course = await loadCourse(tx, courseSlug);
    const lesson = await getLessonBySlug(tx, course.id, lessonSlug);
    if (!lesson) throw new AppError('NOT_FOUND', 'No such lesson in this course.');
    const inserted = await insertLessonCompletion(tx, { userId: actor.userId, courseId: course.id, lessonId: lesson.id, completedAt: ctx.clock.now() });
    if (inserted) {
      await recordAudit(tx, ctx, {
        action: 'learning.lesson_completed',
        subjectType: 'course',
        subjectId: course.id,
        purpose: learningPurpose,
        details: { lessonId: lesson.id },
      });
    }
    const overview = await loadOverview(tx, actor.userId, course);
    const certificate = await issueCertificateIfComplete(tx, ctx, actor, overview);
    const completedAt = overview.completedAt.get(lesson.id) ?? ctx.clock.now();
    const slugs = overview.lessons.map((header) => header.slug);
    return { lessonSlug: lesson.slug, completedAt, overview: { ...overview, certificate }, nextSlug: nextLessonId(slugs, lesson.slug), certificate };
  });
}
