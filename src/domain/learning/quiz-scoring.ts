import type { QuizQuestion } from './course-model';

/** The options a person chose, per question id. */
export type QuizAnswers = Record<string, readonly string[]>;

export type QuestionResult = {
  questionId: string;
  isCorrect: boolean;
  chosenOptionIds: string[];
  correctOptionIds: string[];
};

export type QuizScore = {
  /** Questions answered right: the raw score. */
  correct: number;
  /** Number of questions: the maximum score. */
  total: number;
  /** `correct / total` as a whole percentage, rounded down (display only; passing uses exact arithmetic). */
  percent: number;
  questions: QuestionResult[];
};

/**
 * Scores a quiz attempt. Every question is worth one point, and the scoring rule is strict:
 * a single-choice question is right when the one correct option is chosen; a multiple-choice
 * question is right only when **exactly** the set of correct options is chosen — one missing or
 * one extra option makes it wrong (no partial credit, so guessing "all of them" never pays).
 * A question without an answer is wrong; answers to unknown questions or unknown options are
 * ignored here (the caller validates them), and repeated option ids count once.
 */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: QuizAnswers): QuizScore {
  const results = questions.map((question): QuestionResult => {
    const known = new Set(question.options.map((option) => option.id));
    const chosen = [...new Set(answers[question.id] ?? [])].filter((id) => known.has(id)).sort();
    const correct = question.options.filter((option) => option.isCorrect).map((option) => option.id).sort();
    const isCorrect =
      question.kind === 'single'
        ? chosen.length === 1 && correct.length === 1 && chosen[0] === correct[0]
        : chosen.length === correct.length && chosen.every((id, index) => id === correct[index]);
    return { questionId: question.id, isCorrect, chosenOptionIds: chosen, correctOptionIds: correct };
  });
  const correct = results.filter((result) => result.isCorrect).length;
  const total = questions.length;
  return { correct, total, percent: total === 0 ? 0 : Math.floor((correct * 100) / total), questions: results };
}

/**
 * Whether `correct` of `total` reaches `passPercent` %. Compared in whole numbers
 * (`correct × 100 ≥ passPercent × total`) so that exactly 80 % passes without rounding error.
 */
export function isPassingScore(correct: number, total: number, passPercent: number): boolean {
  if (total <= 0) return false;
  return correct * 100 >= passPercent * total;
}

/** Problems of an answer sheet against the quiz: unknown questions, unknown options, several options for a single-choice question. */
export function answerProblems(questions: readonly QuizQuestion[], answers: QuizAnswers): Record<string, string> {
  const problems: Record<string, string> = {};
  const byId = new Map(questions.map((question) => [question.id, question]));
  for (const [questionId, optionIds] of Object.entries(answers)) {
    const question = byId.get(questionId);
    if (!question) {
      problems[`answers.${questionId}`] = 'no such question in this quiz';
      continue;
    }
    const known = new Set(question.options.map((option) => option.id));
    const unknown = optionIds.filter((id) => !known.has(id));
    if (unknown.length > 0) problems[`answers.${questionId}`] = `no such option: ${unknown.join(', ')}`;
    else if (question.kind === 'single' && new Set(optionIds).size > 1) problems[`answers.${questionId}`] = 'a single-choice question takes one option';
  }
  return problems;
}
