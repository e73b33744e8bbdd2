import { describe, expect, it } from 'vitest';
import { obstacleCategories, obstacleCategoriesNeedingText } from './obstacles';

describe('obstacle taxonomy', () => {
  it('is the fixed list the statistics count, each category once, snake_case', () => {
    expect(obstacleCategories).toEqual([
      'no_visa_appointment',
      'missing_document',
      'recognition_delay',
      'ba_delay',
      'no_language_course',
      'housing',
      'childcare',
      'employer_withdrew',
      'other',
    ]);
    expect(new Set(obstacleCategories).size).toBe(obstacleCategories.length);
    for (const category of obstacleCategories) expect(category).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('asks for a description only where the category alone says nothing', () => {
    expect(obstacleCategoriesNeedingText).toEqual(['other']);
  });
});
