import { seedTestCourse, testAnswers, testCourse } from '../../support/learning';
import { everyone, signedIn, type Endpoint, type MatrixArea, type MatrixContext } from './matrix';

/** Learning: every signed-in person learns for themselves; the certificate check is public. */
const course = { id: 'courseId' };
const lesson = { id: 'courseId', lessonId: 'lessonId' };
const endpoints: Endpoint[] = [
  { method: 'GET', url: '/api/v1/courses', expect: signedIn(200) },
  { method: 'GET', url: '/api/v1/courses/{id}', params: course, expect: signedIn(200) },
  { method: 'GET', url: '/api/v1/courses/{id}/lessons/{lessonId}', params: lesson, expect: signedIn(200) },
  { method: 'POST', url: '/api/v1/courses/{id}/lessons/{lessonId}/complete', params: lesson, expect: signedIn(200) },
  { method: 'GET', url: '/api/v1/courses/{id}/quiz', params: course, expect: signedIn(200) },
  { method: 'POST', url: '/api/v1/courses/{id}/quiz-attempts', params: course, payload: { answers: {} }, expect: signedIn(201) },
  // Only the case worker completed the course in the setup; everyone else is told to complete it first.
  { method: 'GET', url: '/api/v1/courses/{id}/certificate', params: course, expect: { anonymous: 401, signedIn: { caseworker: 200, otherwise: 409 } } },
  { method: 'GET', url: '/api/v1/certificates/{code}', params: { code: 'certificateCode' }, expect: everyone(200) },
  { method: 'GET', url: '/api/v1/learning/me', expect: signedIn(200) },
  { method: 'GET', url: '/api/v1/learning/xapi', expect: signedIn(200) },
  { method: 'GET', url: '/api/v1/learning/xapi?scope=all', expect: { anonymous: 401, signedIn: { admin: 200, otherwise: 403 } } },
];

/** The test course, completed by the Mannheim case worker, whose certificate code is checked publicly. */
async function setup({ t, signIn }: MatrixContext): Promise<Record<string, string>> {
  await seedTestCourse(t);
  const learner = await signIn('caseworker');
  const post = async (url: string, payload?: object) => {
    const response = await t.app.inject({ method: 'POST', url, headers: learner.headers, ...(payload ? { payload } : {}) });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json() as { certificate: { code: string } | null };
  };
  await post(`/api/v1/courses/${testCourse}/quiz-attempts`, { answers: testAnswers(5) });
  await post(`/api/v1/courses/${testCourse}/lessons/erste-schritte/complete`);
  const last = await post(`/api/v1/courses/${testCourse}/lessons/zweite-schritte/complete`);
  if (!last.certificate) throw new Error('the test course did not issue a certificate');
  return { courseId: testCourse, lessonId: 'erste-schritte', certificateCode: last.certificate.code };
}

export const learningArea: MatrixArea = { name: 'learning', setup, endpoints };
