import type { CourseArea, CourseDetail, CourseSummary, Lesson, LessonCompletion, MyLearning, Quiz, QuizAttemptResult } from '../../../contract/learning';
import type { Role } from '../../../domain/identity/roles';
import { formatLegalRef } from '../../../domain/learning/index';
import type { LessonCompleted } from '../../commands/complete-lesson';
import type { LessonView } from '../../commands/get-lesson';
import type { MyLearningView } from '../../commands/get-my-learning';
import type { CourseOverview } from '../../commands/learning-access';
import type { QuizAttemptOutcome } from '../../commands/submit-quiz-attempt';
import type { CertificateRow } from '../../db/repositories/learning-progress.repository';
import type { CourseRow, QuizQuestionRow } from '../../db/repositories/learning-content.repository';

const certificateRef = (certificate: CertificateRow | null) => (certificate ? { code: certificate.code, issuedAt: certificate.issuedAt.toISOString() } : null);

export function presentCourseSummary(overview: CourseOverview): CourseSummary {
  const { course } = overview;
  return {
    id: course.slug,
    title: course.title,
    summary: course.summary,
    area: course.area as CourseArea,
    language: course.language,
    audienceRoles: course.audienceRoles as Role[],
    estimatedMinutes: course.estimatedMinutes,
    passPercent: course.passPercent,
    version: course.version,
    lessonCount: overview.lessons.length,
    questionCount: overview.questionCount,
    progress: overview.progress,
    certificate: certificateRef(overview.certificate),
  };
}

export function presentCourseDetail(overview: CourseOverview): CourseDetail {
  const lessons = overview.lessons.map((lesson) => {
    const completedAt = overview.completedAt.get(lesson.id);
    return { id: lesson.slug, title: lesson.title, minutes: lesson.minutes, position: lesson.position, isCompleted: completedAt !== undefined, completedAt: completedAt?.toISOString() ?? null };
  });
  return { ...presentCourseSummary(overview), lessons, nextLessonId: lessons.find((lesson) => !lesson.isCompleted)?.id ?? null };
}

export function presentLesson({ overview, lesson, previousSlug, nextSlug }: LessonView): Lesson {
  return {
    id: lesson.slug,
    course: { id: overview.course.slug, title: overview.course.title },
    title: lesson.title,
    minutes: lesson.minutes,
    position: lesson.position,
    lessonCount: overview.lessons.length,
    legalRefs: lesson.legalRefs.map((ref) => ({ ...ref, label: formatLegalRef(ref) })),
    html: lesson.bodyHtml,
    isCompleted: overview.completedAt.has(lesson.id),
    previousLessonId: previousSlug,
    nextLessonId: nextSlug,
  };
}

export function presentLessonCompletion(completed: LessonCompleted): LessonCompletion {
  return {
    lessonId: completed.lessonSlug,
    completedAt: completed.completedAt.toISOString(),
    progress: completed.overview.progress,
    nextLessonId: completed.nextSlug,
    certificate: certificateRef(completed.certificate),
  };
}

/** The quiz as the learner sees it before answering: never which options are correct. */
export function presentQuiz(course: CourseRow, questions: QuizQuestionRow[]): Quiz {
  return {
    course: { id: course.slug, title: course.title },
    passPercent: course.passPercent,
    questions: questions.map((question) => ({
      id: question.slug,
      kind: question.kind === 'multiple' ? 'multiple' : 'single',
      prompt: question.prompt,
      options: question.options.map((option) => ({ id: option.id, text: option.text })),
    })),
  };
}

export function presentQuizAttempt(outcome: QuizAttemptOutcome): QuizAttemptResult {
  const explanation = new Map(outcome.questions.map((question) => [question.slug, question.explanation]));
  return {
    id: outcome.attempt.id,
    submittedAt: outcome.attempt.submittedAt.toISOString(),
    correct: outcome.score.correct,
    total: outcome.score.total,
    percent: outcome.score.percent,
    passPercent: outcome.overview.course.passPercent,
    isPassed: outcome.attempt.isPassed,
    questions: outcome.score.questions.map((result) => ({
      id: result.questionId,
      isCorrect: result.isCorrect,
      chosenOptionIds: result.chosenOptionIds,
      correctOptionIds: result.correctOptionIds,
      explanation: explanation.get(result.questionId) ?? '',
    })),
    progress: outcome.overview.progress,
    certificate: certificateRef(outcome.certificate),
  };
}

export function presentMyLearning(view: MyLearningView): MyLearning {
  return {
    onboardingPaths: view.paths.map(({ path, courses }) => ({ role: path.role as Role, title: path.title, courses: courses.map(presentCourseSummary) })),
    inProgress: view.inProgress.map(presentCourseSummary),
    certificates: view.completed.flatMap((overview) =>
      overview.certificate
        ? [{ code: overview.certificate.code, issuedAt: overview.certificate.issuedAt.toISOString(), course: { id: overview.course.slug, title: overview.certificate.courseTitle } }]
        : [],
    ),
  };
}
