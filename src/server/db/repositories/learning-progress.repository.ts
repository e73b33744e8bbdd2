import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { courseCertificates, courseLessons, courses, lessonCompletions, quizAttempts, users } from '../schema/index';

export type LessonCompletionRow = typeof lessonCompletions.$inferSelect;
export type QuizAttemptRow = typeof quizAttempts.$inferSelect;
export type CertificateRow = typeof courseCertificates.$inferSelect;

/** Marks a lesson done; returns the new row, or undefined when it was done already. */
export async function insertLessonCompletion(tx: Database, values: Omit<typeof lessonCompletions.$inferInsert, 'id'>): Promise<LessonCompletionRow | undefined> {
  const [row] = await tx.insert(lessonCompletions).values(values).onConflictDoNothing().returning();
  return row;
}

/** The person's lesson completions, of one course or all. */
export function findLessonCompletions(db: Database, userId: string, courseId?: string): Promise<LessonCompletionRow[]> {
  const condition = courseId ? and(eq(lessonCompletions.userId, userId), eq(lessonCompletions.courseId, courseId)) : eq(lessonCompletions.userId, userId);
  return db.select().from(lessonCompletions).where(condition);
}

export async function insertQuizAttempt(tx: Database, values: Omit<typeof quizAttempts.$inferInsert, 'id'>): Promise<QuizAttemptRow> {
  const [row] = await tx.insert(quizAttempts).values(values).returning();
  if (!row) throw new Error('quiz attempt insert returned no row');
  return row;
}

/**
 * The best attempt per course of a person (highest share right; the earliest among equals),
 * of one course or all.
 */
export async function findBestAttempts(db: Database, userId: string, courseId?: string): Promise<QuizAttemptRow[]> {
  const condition = courseId ? and(eq(quizAttempts.userId, userId), eq(quizAttempts.courseId, courseId)) : eq(quizAttempts.userId, userId);
  return db
    .selectDistinctOn([quizAttempts.courseId])
    .from(quizAttempts)
    .where(condition)
    .orderBy(quizAttempts.courseId, desc(sql`${quizAttempts.correctCount}::float8 / nullif(${quizAttempts.questionCount}, 0)`), asc(quizAttempts.submittedAt));
}

/** Inserts a certificate unless the person has one for the course, or the code is taken; undefined then. */
export async function insertCertificate(tx: Database, values: Omit<typeof courseCertificates.$inferInsert, 'id'>): Promise<CertificateRow | undefined> {
  const [row] = await tx.insert(courseCertificates).values(values).onConflictDoNothing().returning();
  return row;
}

export async function getCertificate(db: Database, userId: string, courseId: string): Promise<CertificateRow | undefined> {
  const [row] = await db
    .select()
    .from(courseCertificates)
    .where(and(eq(courseCertificates.userId, userId), eq(courseCertificates.courseId, courseId)))
    .limit(1);
  return row;
}

export function findCertificatesOfUser(db: Database, userId: string): Promise<(CertificateRow & { courseSlug: string })[]> {
  return db
    .select({ certificate: courseCertificates, courseSlug: courses.slug })
    .from(courseCertificates)
    .innerJoin(courses, eq(courses.id, courseCertificates.courseId))
    .where(eq(courseCertificates.userId, userId))
    .orderBy(desc(courseCertificates.issuedAt))
    .then((rows) => rows.map((row) => ({ ...row.certificate, courseSlug: row.courseSlug })));
}

export async function getCertificateByCode(db: Database, code: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(courseCertificates).where(eq(courseCertificates.code, code)).limit(1);
  return row;
}

const learner = { userId: users.id, name: users.name, email: users.email };
const course = { slug: courses.slug, title: courses.title };

/** What the xAPI export is built from: completions, attempts and certificates of one person, or of everyone. */
export async function findLearningRecords(db: Database, userId: string | null) {
  const [completions, attempts, certificates] = await Promise.all([
    db
      .select({ id: lessonCompletions.id, at: lessonCompletions.completedAt, person: learner, course, lesson: { slug: courseLessons.slug, title: courseLessons.title } })
      .from(lessonCompletions)
      .innerJoin(users, eq(users.id, lessonCompletions.userId))
      .innerJoin(courses, eq(courses.id, lessonCompletions.courseId))
      .innerJoin(courseLessons, eq(courseLessons.id, lessonCompletions.lessonId))
      .where(userId ? eq(lessonCompletions.userId, userId) : undefined)
      .orderBy(asc(lessonCompletions.completedAt)),
    db
      .select({ id: quizAttempts.id, at: quizAttempts.submittedAt, person: learner, course, correct: quizAttempts.correctCount, total: quizAttempts.questionCount, isPassed: quizAttempts.isPassed })
      .from(quizAttempts)
      .innerJoin(users, eq(users.id, quizAttempts.userId))
      .innerJoin(courses, eq(courses.id, quizAttempts.courseId))
      .where(userId ? eq(quizAttempts.userId, userId) : undefined)
      .orderBy(asc(quizAttempts.submittedAt)),
    db
      .select({ id: courseCertificates.id, at: courseCertificates.issuedAt, person: learner, course, correct: courseCertificates.correctCount, total: courseCertificates.questionCount })
      .from(courseCertificates)
      .innerJoin(users, eq(users.id, courseCertificates.userId))
      .innerJoin(courses, eq(courses.id, courseCertificates.courseId))
      .where(userId ? eq(courseCertificates.userId, userId) : undefined)
      .orderBy(asc(courseCertificates.issuedAt)),
  ]);
  return { completions, attempts, certificates };
}
