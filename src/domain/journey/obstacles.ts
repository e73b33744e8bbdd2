/**
 * Obstacles ("Hemmnisse") tagged on a case: a fixed taxonomy, so the steering dashboards and the
 * Praxis-Check report can count them across organisations. `other` needs a free-text description.
 */
export const obstacleCategories = [
  'no_visa_appointment',
  'missing_document',
  'recognition_delay',
  'ba_delay',
  'no_language_course',
  'housing',
  'childcare',
  'employer_withdrew',
  'other',
] as const;
export type ObstacleCategory = (typeof obstacleCategories)[number];

/** Categories whose meaning is only clear with a description. */
export const obstacleCategoriesNeedingText: readonly ObstacleCategory[] = ['other'];
