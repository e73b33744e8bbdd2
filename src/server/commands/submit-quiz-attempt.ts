import { answerProblems, isPassingScore, scoreQuiz, type QuizQuestion, type QuizScore } from '../../domain/learning/index';
import { recordAudit } from '../audit/record-audit';
import { findQuizQuestions, type QuizQuestionRow } from '../db/repositories/learning-content.repository';
import { insertQuizAttempt, type CertificateRow, type QuizAttemptRow } from '../db/repositories/learning-progress.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import { issueCertificateIfComplete, learningPurpose, loadCourse, loadOverview, requireLearner, type CourseOverview } from './learning-access';

export type QuizAttemptOutcome = {
  attempt: QuizAttemptRow;
  score: QuizScore;
  questions: QuizQuestionRow[];
  overview: CourseOverview;
  certificate: CertificateRow | null;
};

const asQuestion = (row: QuizQuestionRow): QuizQuestion => ({
  id: row.slug,
  kind: row.kind === 'multiple' ? 'multiple' : 'single',
  prompt: row.prompt,
  explanation: row.explanation,
  options: row.options,
});

/**
 * Scores a quiz attempt (domain/learning/quiz-scoring.ts: multiple choice only with exactly the
 * correct set), stores answers and score, and issues the certificate when this completes the course.
 * Attempts are unlimited; the best one counts.
 */
export async function submitQuizAttempt(ctx: CommandContext, courseSlug: string, answers: Record<string, string[]>): Promise<QuizAttemptOutcome> {
  const actor = requireLearner(ctx);
  return ctx.db.transaction(async (tx) => {
    const course = await loadCourse(tx, courseSlug);
    const rows = await findQuizQuestions(tx, course.id);
    if (rows.length === 0) throw new AppError('CONFLICT', 'This course has no quiz yet.');
    const questions = rows.map(asQuestion);
    const problems = answerProblems(questions, answers);
    if (Object.keys(problems).length > 0) throw new AppError('VALIDATION_FAILED', 'The answers do not fit this quiz.', problems);
    const score = scoreQuiz(questions, answers);
    const isPassed = isPassingScore(score.correct, score.total, course.passPercent);
    const attempt = await insertQuizAttempt(tx, {
      userId: actor.userId,
      courseId: course.id,
      courseVersion: course.version,
      answers: Object.fromEntries(score.questions.map((result) => [result.questionId, result.chosenOptionIds])),
      correctCount: score.correct,
      questionCount: score.total,
      isPassed,
      submittedAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'learning.quiz_attempted',
      subjectType: 'course',
      subjectId: course.id,
      purpose: learningPurpose,
      details: { attemptId: attempt.id, correct: score.correct, total: score.total, isPassed },
    });
    const overview = await loadOverview(tx, actor.userId, course);
    const certificate = await issueCertificateIfComplete(tx, ctx, actor, overview);
    return { attempt, score, questions: rows, overview: { ...overview, certificate }, certificate };
  });
}
