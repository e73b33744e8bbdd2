import { z } from 'zod';
import { courseAreas, verificationCodePattern } from '../domain/learning/index';
import { roles } from '../domain/identity/roles';

/**
 * Learning (../shared/CONTRACT.md): courses with lessons and a quiz, progress per person,
 * certificates with a public verification code, xAPI export. Courses and lessons are addressed
 * by their slugs (stable across installations and readable in addresses).
 */

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'a course or lesson id: lower-case letters, digits and hyphens');

export const courseParamsSchema = z.object({ id: slugSchema });
export const lessonParamsSchema = z.object({ id: slugSchema, lessonId: slugSchema });
export const certificateCodeParamsSchema = z.object({ code: z.string().min(1).max(64) });

export const courseAreaSchema = z.enum(courseAreas);
export type CourseArea = z.infer<typeof courseAreaSchema>;

export const courseProgressSchema = z
  .object({
    completedLessons: z.number().int(),
    totalLessons: z.number().int(),
    isQuizPassed: z.boolean(),
    bestScorePercent: z.number().int().nullable(),
    percent: z.number().int().min(0).max(100).describe('lessons and the passed quiz as equal steps; 100 only when complete'),
    isComplete: z.boolean(),
    status: z.enum(['not_started', 'in_progress', 'completed']),
  })
  .meta({ id: 'CourseProgress' });
export type CourseProgress = z.infer<typeof courseProgressSchema>;

export const certificateRefSchema = z.object({ code: z.string(), issuedAt: z.string() });

export const courseSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    area: courseAreaSchema,
    language: z.string(),
    audienceRoles: z.array(z.enum(roles)),
    estimatedMinutes: z.number().int(),
    passPercent: z.number().int(),
    version: z.number().int(),
    lessonCount: z.number().int(),
    questionCount: z.number().int(),
    progress: courseProgressSchema,
    certificate: certificateRefSchema.nullable(),
  })
  .meta({ id: 'CourseSummary' });
export type CourseSummary = z.infer<typeof courseSummarySchema>;

export const courseListResponseSchema = z.object({ items: z.array(courseSummarySchema) });
export type CourseListResponse = z.infer<typeof courseListResponseSchema>;

export const legalRefSchema = z.object({
  law: z.string(),
  section: z.string(),
  paragraph: z.string().optional(),
  sentence: z.string().optional(),
  label: z.string().describe('the citation, e.g. §18g Abs. 1 AufenthG'),
});

export const lessonSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  minutes: z.number().int(),
  position: z.number().int(),
  isCompleted: z.boolean(),
  completedAt: z.string().nullable(),
});
export type LessonSummary = z.infer<typeof lessonSummarySchema>;

export const courseDetailSchema = courseSummarySchema
  .extend({
    lessons: z.array(lessonSummarySchema),
    nextLessonId: z.string().nullable().describe('the first lesson not done yet; null when all are done'),
  })
  .meta({ id: 'CourseDetail' });
export type CourseDetail = z.infer<typeof courseDetailSchema>;

export const lessonSchema = z
  .object({
    id: z.string(),
    course: z.object({ id: z.string(), title: z.string() }),
    title: z.string(),
    minutes: z.number().int(),
    position: z.number().int(),
    lessonCount: z.number().int(),
    legalRefs: z.array(legalRefSchema),
    html: z.string().describe('the lesson rendered from Markdown and sanitised on the server'),
    isCompleted: z.boolean(),
    previousLessonId: z.string().nullable(),
    nextLessonId: z.string().nullable(),
  })
  .meta({ id: 'Lesson' });
export type Lesson = z.infer<typeof lessonSchema>;

export const lessonCompletionSchema = z.object({
  lessonId: z.string(),
  completedAt: z.string(),
  progress: courseProgressSchema,
  nextLessonId: z.string().nullable(),
  certificate: certificateRefSchema.nullable(),
});
export type LessonCompletion = z.infer<typeof lessonCompletionSchema>;

export const quizSchema = z
  .object({
    course: z.object({ id: z.string(), title: z.string() }),
    passPercent: z.number().int(),
    questions: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['single', 'multiple']),
        prompt: z.string(),
        options: z.array(z.object({ id: z.string(), text: z.string() })),
      }),
    ),
  })
  .meta({ id: 'Quiz', description: 'the questions without their solutions' });
export type Quiz = z.infer<typeof quizSchema>;

export const quizAttemptBodySchema = z.strictObject({
  answers: z
    .record(z.string().max(40), z.array(z.string().max(40)).max(12))
    .refine((answers) => Object.keys(answers).length <= 200, 'too many questions')
    .describe('the chosen option ids per question id; a question left out counts as wrong'),
});
export type QuizAttemptBody = z.infer<typeof quizAttemptBodySchema>;

export const quizAttemptResultSchema = z
  .object({
    id: z.string(),
    submittedAt: z.string(),
    correct: z.number().int(),
    total: z.number().int(),
    percent: z.number().int(),
    passPercent: z.number().int(),
    isPassed: z.boolean(),
    questions: z.array(
      z.object({
        id: z.string(),
        isCorrect: z.boolean(),
        chosenOptionIds: z.array(z.string()),
        correctOptionIds: z.array(z.string()),
        explanation: z.string(),
      }),
    ),
    progress: courseProgressSchema,
    certificate: certificateRefSchema.nullable(),
  })
  .meta({ id: 'QuizAttemptResult' });
export type QuizAttemptResult = z.infer<typeof quizAttemptResultSchema>;

/** The public answer for a valid code: who, which course, when; nothing else about the person. */
export const certificateVerificationSchema = z
  .object({
    code: z.string(),
    holderName: z.string(),
    course: z.object({ title: z.string(), version: z.number().int() }),
    issuedOn: z.string().describe('YYYY-MM-DD, Europe/Berlin'),
  })
  .meta({ id: 'CertificateVerification' });
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;

export const myLearningSchema = z
  .object({
    onboardingPaths: z.array(z.object({ role: z.enum(roles), title: z.string(), courses: z.array(courseSummarySchema) })),
    inProgress: z.array(courseSummarySchema),
    certificates: z.array(z.object({ code: z.string(), issuedAt: z.string(), course: z.object({ id: z.string(), title: z.string() }) })),
  })
  .meta({ id: 'MyLearning' });
export type MyLearning = z.infer<typeof myLearningSchema>;

export const xapiQuerySchema = z.strictObject({
  userId: z.uuid().optional().describe('admin only: the statements of this person'),
  scope: z.enum(['me', 'all']).default('me').describe('all: everyone’s statements (admin only)'),
  actor: z.enum(['account', 'mbox']).default('account').describe('identify people by installation account (default) or by mailto: e-mail'),
});
export type XapiQuery = z.infer<typeof xapiQuerySchema>;

export const xapiResponseSchema = z
  .object({
    statements: z.array(z.looseObject({ id: z.string(), actor: z.unknown(), verb: z.unknown(), object: z.unknown(), timestamp: z.string() })),
  })
  .meta({ id: 'XapiStatements', description: 'xAPI 1.0.3 statements, oldest first' });

/** `XXXX-XXXX-XXXX-XXXX` (the web form checks the shape before asking the server). */
export const certificateCodeShape = verificationCodePattern;
