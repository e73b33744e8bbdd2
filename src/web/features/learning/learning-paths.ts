import { paths } from '../../routes/paths';

/** Page addresses of the learning area (German, like the app's other addresses). */
export const coursePagePath = (courseId: string): string => `${paths.learning}/kurse/${encodeURIComponent(courseId)}`;
export const lessonPagePath = (courseId: string, lessonId: string): string => `${coursePagePath(courseId)}/lektionen/${encodeURIComponent(lessonId)}`;
export const quizPagePath = (courseId: string): string => `${coursePagePath(courseId)}/quiz`;
export const verificationPagePath = (code: string): string => `${paths.certificateCheck}/${encodeURIComponent(code)}`;
