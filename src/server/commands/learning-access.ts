import { randomBytes } from 'node:crypto';
import { courseProgress, createVerificationCode, verificationCodeRandomBytes, type CourseProgress } from '../../domain/learning/index';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import {
  countQuizQuestions,
  findLessonHeaders,
  getCourseBySlug,
  type CourseRow,
  type LessonHeader,
} from '../db/repositories/learning-content.repository';
import {
  findBestAttempts,
  findCertificatesOfUser,
  findLessonCompletions,
  getCertificate,
  insertCertificate,
  type CertificateRow,
  type QuizAttemptRow,
} from '../db/repositories/learning-progress.repository';
import { AppError } from '../errors';
import type { Actor, CommandContext } from './context';

/** The purpose learning records are written and read under in the audit log. */
export const learningPurpose = 'learning';

export function requireLearner(ctx: CommandContext): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return ctx.actor;
}

export async function loadCourse(db: Database, slug: string): Promise<CourseRow> {
  const course = await getCourseBySlug(db, slug);
  if (!course) throw new AppError('NOT_FOUND', 'No such course.');
  return course;
}

/** A course as one person sees it: lessons, their completions, the best attempt, progress, certificate. */
export type CourseOverview = {
  course: CourseRow;
  lessons: LessonHeader[];
  questionCount: number;
  completedAt: Map<string, Date>;
  bestAttempt: QuizAttemptRow | null;
  progress: CourseProgress;
  certificate: CertificateRow | null;
};

/** Overviews of the given courses for one person, in the order given (four queries, whatever the number of courses). */
export async function loadOverviews(db: Database, userId: string, courses: CourseRow[]): Promise<CourseOverview[]> {
  const courseIds = courses.map((course) => course.id);
  const single = courses.length === 1 ? courses[0]?.id : undefined;
  const lessons = await findLessonHeaders(db, courseIds);
  const questionCounts = await countQuizQuestions(db);
  const completions = await findLessonCompletions(db, userId, single);
  const attempts = await findBestAttempts(db, userId, single);
  const certificates = single
    ? [await getCertificate(db, userId, single)].filter((row): row is CertificateRow => row !== undefined)
    : await findCertificatesOfUser(db, userId);
  return courses.map((course) => {
    const own = lessons.filter((lesson) => lesson.courseId === course.id);
    const completedAt = new Map(completions.filter((row) => row.courseId === course.id).map((row) => [row.lessonId, row.completedAt]));
    const bestAttempt = attempts.find((row) => row.courseId === course.id) ?? null;
    const progress = courseProgress({
      lessonIds: own.map((lesson) => lesson.id),
      completedLessonIds: [...completedAt.keys()],
      bestAttempt: bestAttempt ? { correct: bestAttempt.correctCount, total: bestAttempt.questionCount } : null,
      passPercent: course.passPercent,
    });
    const certificate = certificates.find((row) => row.courseId === course.id) ?? null;
    return { course, lessons: own, questionCount: questionCounts.get(course.id) ?? 0, completedAt, bestAttempt, progress, certificate };
  });
}

export async function loadOverview(db: Database, userId: string, course: CourseRow): Promise<CourseOverview> {
  const [overview] = await loadOverviews(db, userId, [course]);
  if (!overview) throw new Error('overview of a loaded course is missing');
  return overview;
}

/**
 * Issues the certificate when the completion rule is met for the first time (inside the caller's
 * transaction, audited). A person keeps one certificate per course; later attempts change nothing.
 */
export async function issueCertificateIfComplete(tx: Database, ctx: CommandContext, actor: Actor, overview: CourseOverview): Promise<CertificateRow | null> {
  if (overview.certificate) return overview.certificate;
  if (!overview.progress.isComplete || !overview.bestAttempt) return null;
  // 75 random bits make a clash practically impossible; the loop only guards the unique index.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const row = await insertCertificate(tx, {
      code: createVerificationCode(randomBytes(verificationCodeRandomBytes)),
      userId: actor.userId,
      courseId: overview.course.id,
      courseVersion: overview.course.version,
      courseTitle: overview.course.title,
      holderName: actor.name,
      correctCount: overview.bestAttempt.correctCount,
      questionCount: overview.bestAttempt.questionCount,
      issuedAt: ctx.clock.now(),
    });
    if (row) {
      await recordAudit(tx, ctx, {
        action: 'learning.certificate_issued',
        subjectType: 'certificate',
        subjectId: row.id,
        purpose: learningPurpose,
        details: { courseId: overview.course.id, courseVersion: overview.course.version },
      });
      return row;
    }
    const existing = await getCertificate(tx, actor.userId, overview.course.id);
    if (existing) return existing;
  }
  throw new Error('could not draw an unused certificate code');
}
