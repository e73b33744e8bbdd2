import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { courseLessons, courseQuizQuestions, courses, onboardingPaths, searchEntries } from '../schema/index';

export type CourseRow = typeof courses.$inferSelect;
export type LessonRow = typeof courseLessons.$inferSelect;
export type QuizQuestionRow = typeof courseQuizQuestions.$inferSelect;
export type OnboardingPathRow = typeof onboardingPaths.$inferSelect;
/** A lesson without its text, for lists and progress. */
export type LessonHeader = Pick<LessonRow, 'id' | 'courseId' | 'slug' | 'position' | 'title' | 'minutes'>;

type CourseValues = Omit<typeof courses.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/**
 * Inserts or updates a course by slug. The version counts up only when the content hash differs,
 * so loading the same files again changes nothing.
 */
export async function upsertCourseBySlug(tx: Database, values: CourseValues, now: Date): Promise<{ row: CourseRow; isChanged: boolean }> {
  const [existing] = await tx.select().from(courses).where(eq(courses.slug, values.slug)).limit(1).for('update');
  if (!existing) {
    const [row] = await tx.insert(courses).values({ ...values, version: 1, createdAt: now, updatedAt: now }).returning();
    if (!row) throw new Error('course insert returned no row');
    return { row, isChanged: true };
  }
  if (existing.contentHash === values.contentHash) return { row: existing, isChanged: false };
  const [row] = await tx
    .update(courses)
    .set({ ...values, version: sql`${courses.version} + 1`, updatedAt: now })
    .where(eq(courses.id, existing.id))
    .returning();
  if (!row) throw new Error('course update returned no row');
  return { row, isChanged: true };
}

/** Makes the course's lessons exactly these (by slug): changed ones keep their ids, and so their completions. */
export async function replaceLessons(tx: Database, courseId: string, lessons: Omit<typeof courseLessons.$inferInsert, 'id' | 'courseId'>[]): Promise<LessonRow[]> {
  const rows: LessonRow[] = [];
  for (const lesson of lessons) {
    const [row] = await tx
      .insert(courseLessons)
      .values({ ...lesson, courseId })
      .onConflictDoUpdate({
        target: [courseLessons.courseId, courseLessons.slug],
        set: { position: lesson.position, title: lesson.title, minutes: lesson.minutes, legalRefs: lesson.legalRefs, bodyMarkdown: lesson.bodyMarkdown, bodyHtml: lesson.bodyHtml },
      })
      .returning();
    if (row) rows.push(row);
  }
  const keep = lessons.map((lesson) => lesson.slug);
  await tx.delete(courseLessons).where(and(eq(courseLessons.courseId, courseId), notInArray(courseLessons.slug, keep)));
  return rows;
}

/** Makes the course's quiz exactly these questions (by slug). */
export async function replaceQuizQuestions(tx: Database, courseId: string, questions: Omit<typeof courseQuizQuestions.$inferInsert, 'id' | 'courseId'>[]): Promise<void> {
  for (const question of questions) {
    await tx
      .insert(courseQuizQuestions)
      .values({ ...question, courseId })
      .onConflictDoUpdate({
        target: [courseQuizQuestions.courseId, courseQuizQuestions.slug],
        set: { position: question.position, kind: question.kind, prompt: question.prompt, options: question.options, explanation: question.explanation },
      });
  }
  const keep = questions.map((question) => question.slug);
  await tx.delete(courseQuizQuestions).where(and(eq(courseQuizQuestions.courseId, courseId), notInArray(courseQuizQuestions.slug, keep)));
}

export async function upsertOnboardingPath(tx: Database, values: typeof onboardingPaths.$inferInsert): Promise<void> {
  await tx
    .insert(onboardingPaths)
    .values(values)
    .onConflictDoUpdate({ target: onboardingPaths.role, set: { title: values.title, courseSlugs: values.courseSlugs, updatedAt: values.updatedAt } });
}

/** Every course, by area and title. */
export function findCourseRows(db: Database): Promise<CourseRow[]> {
  return db.select().from(courses).orderBy(asc(courses.area), asc(courses.title));
}

export async function getCourseBySlug(db: Database, slug: string): Promise<CourseRow | undefined> {
  const [row] = await db.select().from(courses).where(eq(courses.slug, slug)).limit(1);
  return row;
}

/** Lesson headers of the given courses (all when omitted), in course order. */
export function findLessonHeaders(db: Database, courseIds?: string[]): Promise<LessonHeader[]> {
  const query = db
    .select({ id: courseLessons.id, courseId: courseLessons.courseId, slug: courseLessons.slug, position: courseLessons.position, title: courseLessons.title, minutes: courseLessons.minutes })
    .from(courseLessons);
  const filtered = courseIds ? query.where(inArray(courseLessons.courseId, courseIds.length > 0 ? courseIds : ['00000000-0000-0000-0000-000000000000'])) : query;
  return filtered.orderBy(asc(courseLessons.courseId), asc(courseLessons.position));
}

export async function getLessonBySlug(db: Database, courseId: string, slug: string): Promise<LessonRow | undefined> {
  const [row] = await db.select().from(courseLessons).where(and(eq(courseLessons.courseId, courseId), eq(courseLessons.slug, slug))).limit(1);
  return row;
}

/** A course's quiz in order, solutions included: callers decide what leaves the server. */
export function findQuizQuestions(db: Database, courseId: string): Promise<QuizQuestionRow[]> {
  return db.select().from(courseQuizQuestions).where(eq(courseQuizQuestions.courseId, courseId)).orderBy(asc(courseQuizQuestions.position));
}

/** Number of quiz questions per course id. */
export async function countQuizQuestions(db: Database): Promise<Map<string, number>> {
  const rows = await db
    .select({ courseId: courseQuizQuestions.courseId, count: sql<number>`count(*)::int` })
    .from(courseQuizQuestions)
    .groupBy(courseQuizQuestions.courseId);
  return new Map(rows.map((row) => [row.courseId, Number(row.count)]));
}

export function findOnboardingPaths(db: Database, roles: readonly string[]): Promise<OnboardingPathRow[]> {
  if (roles.length === 0) return Promise.resolve([]);
  return db.select().from(onboardingPaths).where(inArray(onboardingPaths.role, [...roles])).orderBy(asc(onboardingPaths.role));
}

/** Search entries of kind `lesson` whose lesson no longer exists (removed from its course). */
export async function findOrphanedLessonEntryIds(db: Database): Promise<string[]> {
  const rows = await db
    .select({ refId: searchEntries.refId })
    .from(searchEntries)
    .where(and(eq(searchEntries.kind, 'lesson'), sql`NOT EXISTS (SELECT 1 FROM ${courseLessons} WHERE ${courseLessons.id}::text = ${searchEntries.refId})`));
  return rows.map((row) => row.refId);
}
