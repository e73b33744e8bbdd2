import {
  certificateVerificationSchema,
  courseDetailSchema,
  courseListResponseSchema,
  lessonCompletionSchema,
  lessonSchema,
  myLearningSchema,
  quizAttemptResultSchema,
  quizSchema,
  type CertificateVerification,
  type CourseDetail,
  type CourseListResponse,
  type Lesson,
  type LessonCompletion,
  type MyLearning,
  type Quiz,
  type QuizAttemptResult,
} from '../../contract/learning';
import { orNullOn, request } from './client';

const coursePath = (id: string) => `/api/v1/courses/${encodeURIComponent(id)}`;
const lessonPath = (courseId: string, lessonId: string) => `${coursePath(courseId)}/lessons/${encodeURIComponent(lessonId)}`;

/** The learning endpoints, typed by the shared contract. */
export const learningApi = {
  courses: (): Promise<CourseListResponse> => request('GET', '/api/v1/courses', courseListResponseSchema),

  /** One course, or null when there is no such course. */
  course: (id: string): Promise<CourseDetail | null> => orNullOn(404, request('GET', coursePath(id), courseDetailSchema)),

  lesson: (courseId: string, lessonId: string): Promise<Lesson | null> => orNullOn(404, request('GET', lessonPath(courseId, lessonId), lessonSchema)),

  completeLesson: (courseId: string, lessonId: string): Promise<LessonCompletion> => request('POST', `${lessonPath(courseId, lessonId)}/complete`, lessonCompletionSchema),

  quiz: (courseId: string): Promise<Quiz | null> => orNullOn(404, request('GET', `${coursePath(courseId)}/quiz`, quizSchema)),

  submitQuiz: (courseId: string, answers: Record<string, string[]>): Promise<QuizAttemptResult> =>
    request('POST', `${coursePath(courseId)}/quiz-attempts`, quizAttemptResultSchema, { answers }),

  myLearning: (): Promise<MyLearning> => request('GET', '/api/v1/learning/me', myLearningSchema),

  /** The public check of a verification code; errors (404 unknown, 400 malformed) are thrown as ApiError. */
  verify: (code: string): Promise<CertificateVerification> => request('GET', `/api/v1/certificates/${encodeURIComponent(code)}`, certificateVerificationSchema),

  /** Where the browser downloads the certificate PDF (a plain link: the response is an attachment). */
  certificateUrl: (courseId: string): string => `${coursePath(courseId)}/certificate`,
};
