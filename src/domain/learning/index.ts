/**
 * Public entry of the learning domain: courses, lessons and quizzes; quiz scoring (multiple
 * choice is right only with exactly the correct set); the completion rule (all lessons and the
 * pass mark in the best attempt); certificate verification codes; xAPI statements. Pure.
 */
export * from './course-model';
export * from './quiz-scoring';
export * from './progress';
export * from './verification-code';
export * from './xapi';
