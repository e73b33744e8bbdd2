import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity';

/** A legal reference as a lesson cites it (law, §, Abs., Satz). */
export type StoredLegalRef = { law: string; section: string; paragraph?: string; sentence?: string };
export type StoredQuizOption = { id: string; text: string; isCorrect: boolean };

/**
 * Learning courses, loaded from `seed/learning/courses/<slug>/` (idempotent by slug). `version`
 * counts content changes (`contentHash` differs); attempts and certificates record the version
 * they were made under.
 */
export const courses = pgTable(
  'courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    language: text('language').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** basiswissen | digitales-arbeiten | fachkraefteeinwanderung */
    area: text('area').notNull(),
    audienceRoles: text('audience_roles').array().notNull().default([]),
    estimatedMinutes: integer('estimated_minutes').notNull(),
    passPercent: integer('pass_percent').notNull().default(80),
    version: integer('version').notNull().default(1),
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('courses_slug_key').on(table.slug)],
);

/** Lessons in course order; the Markdown source and its sanitised HTML rendering (made once, at load). */
export const courseLessons = pgTable(
  'course_lessons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    minutes: integer('minutes').notNull(),
    legalRefs: jsonb('legal_refs').$type<StoredLegalRef[]>().notNull().default([]),
    bodyMarkdown: text('body_markdown').notNull(),
    bodyHtml: text('body_html').notNull(),
  },
  (table) => [uniqueIndex('course_lessons_course_slug_key').on(table.courseId, table.slug), index('course_lessons_course_position_idx').on(table.courseId, table.position)],
);

/** Quiz questions; `options[].isCorrect` is the solution and never leaves the server before an attempt. */
export const courseQuizQuestions = pgTable(
  'course_quiz_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    position: integer('position').notNull(),
    /** single | multiple */
    kind: text('kind').notNull(),
    prompt: text('prompt').notNull(),
    options: jsonb('options').$type<StoredQuizOption[]>().notNull(),
    explanation: text('explanation').notNull(),
  },
  (table) => [uniqueIndex('course_quiz_questions_course_slug_key').on(table.courseId, table.slug)],
);

/** Onboarding paths: the courses recommended to a role, in order (course slugs). */
export const onboardingPaths = pgTable('onboarding_paths', {
  role: text('role').primaryKey(),
  title: text('title').notNull(),
  courseSlugs: text('course_slugs').array().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** A person marked a lesson as done (once; marking again keeps the first time). */
export const lessonCompletions = pgTable(
  'lesson_completions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => courseLessons.id, { onDelete: 'cascade' }),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('lesson_completions_user_lesson_key').on(table.userId, table.lessonId), index('lesson_completions_user_course_idx').on(table.userId, table.courseId)],
);

/** Every submitted quiz: the chosen options per question id, and the score under the course version of the day. */
export const quizAttempts = pgTable(
  'quiz_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    courseVersion: integer('course_version').notNull(),
    answers: jsonb('answers').$type<Record<string, string[]>>().notNull(),
    correctCount: integer('correct_count').notNull(),
    questionCount: integer('question_count').notNull(),
    isPassed: boolean('is_passed').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('quiz_attempts_user_course_idx').on(table.userId, table.courseId, table.submittedAt)],
);

/**
 * A certificate: issued once per person and course when the completion rule is first met. Holder
 * name, course title and version are snapshots, so the certificate says what was true that day.
 */
export const courseCertificates = pgTable(
  'course_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `XXXX-XXXX-XXXX-XXXX`, Crockford base32 with a check character (domain/learning/verification-code.ts). */
    code: text('code').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    courseVersion: integer('course_version').notNull(),
    courseTitle: text('course_title').notNull(),
    holderName: text('holder_name').notNull(),
    correctCount: integer('correct_count').notNull(),
    questionCount: integer('question_count').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('course_certificates_code_key').on(table.code),
    uniqueIndex('course_certificates_user_course_key').on(table.userId, table.courseId),
  ],
);
