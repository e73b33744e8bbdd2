import { describe, expect, it } from 'vitest';
import { questionProblems, type QuizQuestion } from './course-model';
import { answerProblems, isPassingScore, scoreQuiz } from './quiz-scoring';

const single: QuizQuestion = {
  id: 'q1',
  kind: 'single',
  prompt: 'Welche Behörde?',
  explanation: 'Weil.',
  options: [
    { id: 'a', text: 'A', isCorrect: false },
    { id: 'b', text: 'B', isCorrect: true },
    { id: 'c', text: 'C', isCorrect: false },
  ],
};
const multiple: QuizQuestion = {
  id: 'q2',
  kind: 'multiple',
  prompt: 'Welche Unterlagen?',
  explanation: 'Weil.',
  options: [
    { id: 'a', text: 'A', isCorrect: true },
    { id: 'b', text: 'B', isCorrect: false },
    { id: 'c', text: 'C', isCorrect: true },
  ],
};

describe('quiz scoring', () => {
  it('counts a single-choice question right only with the correct option', () => {
    expect(scoreQuiz([single], { q1: ['b'] }).correct).toBe(1);
    expect(scoreQuiz([single], { q1: ['a'] }).correct).toBe(0);
    expect(scoreQuiz([single], {}).correct).toBe(0);
  });

  it('counts a multiple-choice question right only when exactly the correct set is chosen', () => {
    expect(scoreQuiz([multiple], { q2: ['c', 'a'] }).questions[0]).toEqual({ questionId: 'q2', isCorrect: true, chosenOptionIds: ['a', 'c'], correctOptionIds: ['a', 'c'] });
    expect(scoreQuiz([multiple], { q2: ['a'] }).correct).toBe(0); // one missing
    expect(scoreQuiz([multiple], { q2: ['a', 'b', 'c'] }).correct).toBe(0); // one extra: "all" never pays
    expect(scoreQuiz([multiple], { q2: [] }).correct).toBe(0);
    expect(scoreQuiz([multiple], { q2: ['a', 'a', 'c'] }).correct).toBe(1); // repeats count once
  });

  it('reports raw score, maximum and a whole percentage', () => {
    const score = scoreQuiz([single, multiple], { q1: ['b'], q2: ['a'] });
    expect(score).toMatchObject({ correct: 1, total: 2, percent: 50 });
    expect(scoreQuiz([], {})).toMatchObject({ correct: 0, total: 0, percent: 0 });
  });

  it('passes at exactly the pass mark and not one question below', () => {
    expect(isPassingScore(8, 10, 80)).toBe(true);
    expect(isPassingScore(7, 10, 80)).toBe(false);
    expect(isPassingScore(4, 5, 80)).toBe(true);
    expect(isPassingScore(3, 5, 80)).toBe(false);
    // 80 % of 6 is 4.8: 5 of 6 passes, 4 of 6 does not.
    expect(isPassingScore(5, 6, 80)).toBe(true);
    expect(isPassingScore(4, 6, 80)).toBe(false);
    expect(isPassingScore(0, 0, 80)).toBe(false);
  });

  it('names unknown questions and options and several answers to a single-choice question', () => {
    expect(answerProblems([single, multiple], { q1: ['b'], q2: ['a', 'c'] })).toEqual({});
    expect(answerProblems([single, multiple], { q9: ['a'], q1: ['a', 'b'], q2: ['z'] })).toEqual({
      'answers.q9': 'no such question in this quiz',
      'answers.q1': 'a single-choice question takes one option',
      'answers.q2': 'no such option: z',
    });
  });

  it('finds questions that are ambiguous or unanswerable', () => {
    expect(questionProblems(single)).toEqual([]);
    expect(questionProblems({ ...single, options: single.options.map((o) => ({ ...o, isCorrect: true })) })).toEqual([
      'a single-choice question needs exactly one correct option',
    ]);
    expect(questionProblems({ ...multiple, options: [{ id: 'a', text: 'A', isCorrect: false }] })).toEqual([
      'needs at least two options',
      'a multiple-choice question needs at least one correct option',
    ]);
  });
});
