/**
 * The learning model (KommunalCampus areas, ../shared/PRODUCT.md capability 4): a course has
 * lessons in a fixed order and one quiz of single- and multiple-choice questions.
 */

/** The three KommunalCampus areas a course belongs to. */
export const courseAreas = ['basiswissen', 'digitales-arbeiten', 'fachkraefteeinwanderung'] as const;
export type CourseArea = (typeof courseAreas)[number];

/** The share of quiz points a person needs unless the course says otherwise. */
export const defaultPassPercent = 80;

/** A structured legal reference as cited in a lesson: law, section (§), paragraph (Abs.), sentence (Satz). */
export type LegalRef = { law: string; section: string; paragraph?: string; sentence?: string };

/** `§18g Abs. 1 Satz 2 AufenthG`: the German citation form of a legal reference. */
export function formatLegalRef(ref: LegalRef): string {
  const parts = [`§${ref.section.replace(/^§\s*/, '')}`];
  if (ref.paragraph) parts.push(`Abs. ${ref.paragraph}`);
  if (ref.sentence) parts.push(`Satz ${ref.sentence}`);
  parts.push(ref.law);
  return parts.join(' ');
}

export type QuestionKind = 'single' | 'multiple';

export type QuizOption = { id: string; text: string; isCorrect: boolean };

export type QuizQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  options: QuizOption[];
  explanation: string;
};

/** Problems of a question that would make it unanswerable or ambiguous; empty when it is sound. */
export function questionProblems(question: QuizQuestion): string[] {
  const problems: string[] = [];
  const correct = question.options.filter((option) => option.isCorrect).length;
  const ids = question.options.map((option) => option.id);
  if (question.options.length < 2) problems.push('needs at least two options');
  if (new Set(ids).size !== ids.length) problems.push('option ids must be unique');
  if (question.kind === 'single' && correct !== 1) problems.push('a single-choice question needs exactly one correct option');
  if (question.kind === 'multiple' && correct < 1) problems.push('a multiple-choice question needs at least one correct option');
  return problems;
}
