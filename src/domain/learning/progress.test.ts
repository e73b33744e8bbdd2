import { describe, expect, it } from 'vitest';
import { formatLegalRef } from './course-model';
import { betterAttempt, courseProgress, nextLessonId, previousLessonId } from './progress';

const lessonIds = ['l1', 'l2', 'l3', 'l4'];

describe('course progress and the completion rule', () => {
  it('has not started without completions or attempts', () => {
    expect(courseProgress({ lessonIds, completedLessonIds: [], bestAttempt: null, passPercent: 80 })).toEqual({
      completedLessons: 0,
      totalLessons: 4,
      isQuizPassed: false,
      bestScorePercent: null,
      percent: 0,
      isComplete: false,
      status: 'not_started',
    });
  });

  it('counts each lesson and the passed quiz as one step each', () => {
    expect(courseProgress({ lessonIds, completedLessonIds: ['l1', 'l2'], bestAttempt: null, passPercent: 80 })).toMatchObject({ percent: 40, status: 'in_progress' });
    expect(courseProgress({ lessonIds, completedLessonIds: ['l1'], bestAttempt: { correct: 9, total: 10 }, passPercent: 80 })).toMatchObject({ percent: 40, isQuizPassed: true, bestScorePercent: 90 });
  });

  it('is complete only with all lessons and a passing best attempt', () => {
    const allLessons = { lessonIds, completedLessonIds: [...lessonIds], passPercent: 80 };
    expect(courseProgress({ ...allLessons, bestAttempt: { correct: 8, total: 10 } })).toMatchObject({ isComplete: true, percent: 100, status: 'completed' });
    expect(courseProgress({ ...allLessons, bestAttempt: { correct: 7, total: 10 } })).toMatchObject({ isComplete: false, percent: 80, status: 'in_progress' });
    expect(courseProgress({ ...allLessons, bestAttempt: null })).toMatchObject({ isComplete: false, percent: 80 });
    expect(courseProgress({ lessonIds, completedLessonIds: ['l1', 'l2', 'l3'], bestAttempt: { correct: 10, total: 10 }, passPercent: 80 })).toMatchObject({ isComplete: false, percent: 80 });
  });

  it('never shows 100 % before completion, and ignores lessons that left the course', () => {
    const many = Array.from({ length: 300 }, (_, index) => `l${index}`);
    expect(courseProgress({ lessonIds: many, completedLessonIds: many, bestAttempt: null, passPercent: 80 }).percent).toBe(99);
    expect(courseProgress({ lessonIds, completedLessonIds: ['gone', 'l1', 'l1'], bestAttempt: null, passPercent: 80 }).completedLessons).toBe(1);
  });

  it('honours a course-specific pass mark', () => {
    expect(courseProgress({ lessonIds: [], completedLessonIds: [], bestAttempt: { correct: 3, total: 5 }, passPercent: 60 }).isComplete).toBe(true);
  });

  it('keeps the best attempt, the earlier one on a tie', () => {
    const first = { id: 1, correct: 3, total: 5 };
    expect(betterAttempt(null, first)).toBe(first);
    expect(betterAttempt(first, { id: 2, correct: 4, total: 5 }).id).toBe(2);
    expect(betterAttempt(first, { id: 3, correct: 3, total: 5 }).id).toBe(1);
  });

  it('walks the lessons forwards and backwards', () => {
    expect(nextLessonId(lessonIds, 'l1')).toBe('l2');
    expect(nextLessonId(lessonIds, 'l4')).toBeNull();
    expect(previousLessonId(lessonIds, 'l1')).toBeNull();
    expect(previousLessonId(lessonIds, 'l3')).toBe('l2');
    expect(nextLessonId(lessonIds, 'unknown')).toBeNull();
  });

  it('cites legal references in the German form', () => {
    expect(formatLegalRef({ law: 'AufenthG', section: '18g', paragraph: '1', sentence: '2' })).toBe('§18g Abs. 1 Satz 2 AufenthG');
    expect(formatLegalRef({ law: 'AufenthG', section: '§ 81a' })).toBe('§81a AufenthG');
  });
});
