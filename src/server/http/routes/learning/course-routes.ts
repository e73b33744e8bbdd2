import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  courseDetailSchema,
  courseListResponseSchema,
  courseParamsSchema,
  lessonCompletionSchema,
  lessonParamsSchema,
  lessonSchema,
  quizAttemptBodySchema,
  quizAttemptResultSchema,
  quizSchema,
} from '../../../../contract/learning';
import { completeLesson } from '../../../commands/complete-lesson';
import { findCourses } from '../../../commands/find-courses';
import { getCourse } from '../../../commands/get-course';
import { getCourseCertificate } from '../../../commands/get-course-certificate';
import { getLesson } from '../../../commands/get-lesson';
import { getQuiz } from '../../../commands/get-quiz';
import { submitQuizAttempt } from '../../../commands/submit-quiz-attempt';
import { signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import {
  presentCourseDetail,
  presentCourseSummary,
  presentLesson,
  presentLessonCompletion,
  presentQuiz,
  presentQuizAttempt,
} from '../../presenters/learning';

const tags = ['learning'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

/** Courses, lessons, quizzes and the certificate PDF: every signed-in person learns for themselves. */
export const courseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/courses',
    {
      schema: { tags, summary: 'The course catalogue with the caller’s progress in each course', response: { 200: courseListResponseSchema, ...errors } },
      config: { policy: signedIn },
    },
    async (request) => ({ items: (await findCourses(contextOf(request))).map(presentCourseSummary) }),
  );

  app.get(
    '/api/v1/courses/:id',
    {
      schema: { tags, summary: 'One course with its lessons and the caller’s progress', params: courseParamsSchema, response: { 200: courseDetailSchema, ...errors } },
      config: { policy: signedIn },
    },
    async (request) => presentCourseDetail(await getCourse(contextOf(request), request.params.id)),
  );

  app.get(
    '/api/v1/courses/:id/lessons/:lessonId',
    {
      schema: { tags, summary: 'A lesson, rendered from Markdown and sanitised, with its neighbours', params: lessonParamsSchema, response: { 200: lessonSchema, ...errors } },
      config: { policy: signedIn },
    },
    async (request) => presentLesson(await getLesson(contextOf(request), request.params.id, request.params.lessonId)),
  );

  app.post(
    '/api/v1/courses/:id/lessons/:lessonId/complete',
    {
      schema: {
        tags,
        summary: 'Mark a lesson as done (again: no change); issues the certificate when this completes the course',
        params: lessonParamsSchema,
        response: { 200: lessonCompletionSchema, ...errors },
      },
      config: { policy: signedIn },
    },
    async (request) => presentLessonCompletion(await completeLesson(contextOf(request), request.params.id, request.params.lessonId)),
  );

  app.get(
    '/api/v1/courses/:id/quiz',
    {
      schema: { tags, summary: 'The course’s quiz questions, without their solutions', params: courseParamsSchema, response: { 200: quizSchema, ...errors } },
      config: { policy: signedIn },
    },
    async (request) => {
      const { course, questions } = await getQuiz(contextOf(request), request.params.id);
      return presentQuiz(course, questions);
    },
  );

  app.post(
    '/api/v1/courses/:id/quiz-attempts',
    {
      schema: {
        tags,
        summary: 'Submit answers: score, right or wrong per question with explanations, passed or not',
        params: courseParamsSchema,
        body: quizAttemptBodySchema,
        response: { 201: quizAttemptResultSchema, ...errors, 409: errorResponseSchema },
      },
      config: { policy: signedIn },
    },
    async (request, reply) => reply.status(201).send(presentQuizAttempt(await submitQuizAttempt(contextOf(request), request.params.id, request.body.answers))),
  );

  app.get(
    '/api/v1/courses/:id/certificate',
    {
      schema: {
        tags,
        summary: 'The caller’s certificate of a completed course as PDF (409 before completion)',
        params: courseParamsSchema,
        produces: ['application/pdf'],
        response: { 200: z.any().describe('application/pdf'), ...errors, 409: errorResponseSchema },
      },
      serializerCompiler: () => (data: unknown) => JSON.stringify(data),
      config: { policy: signedIn },
    },
    async (request, reply) => {
      const { pdf, code } = await getCourseCertificate(contextOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="zertifikat-${request.params.id}-${code}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
