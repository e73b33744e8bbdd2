import { join } from 'node:path';
import { systemClock } from '../../src/server/clock';
import { seedLearning } from '../../src/server/commands/seed-learning';
import { loadLearningSeed } from '../../src/server/learning/course-files';
import type { TestApp } from './test-app';

/** The test course (two lessons, five questions: 3 single, 2 multiple choice) in test/fixtures/learning. */
export const testCourse = 'testkurs-grundlagen';
export const testFixtures = join(import.meta.dirname, '../fixtures/learning');

/** Loads the fixture course into the test app's private database. */
export async function seedTestCourse(t: TestApp): Promise<void> {
  await seedLearning({ db: t.database.db, clock: systemClock, config: t.config, actor: null, requestId: null }, await loadLearningSeed(testFixtures));
}

/** Answers to the test quiz with `right` of five correct (questions answered right first). */
export function testAnswers(right: number): Record<string, string[]> {
  const correct: Record<string, string[]> = { q1: ['a'], q2: ['b'], q3: ['a'], q4: ['a', 'b'], q5: ['b', 'c'] };
  const wrong: Record<string, string[]> = { q1: ['b'], q2: ['a'], q3: ['c'], q4: ['a'], q5: ['a', 'b', 'c'] };
  return Object.fromEntries(Object.keys(correct).map((id, index) => [id, index < right ? correct[id]! : wrong[id]!]));
}
