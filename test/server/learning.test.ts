import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseDetail, CourseListResponse, Lesson, LessonCompletion, MyLearning, Quiz, QuizAttemptResult } from '../../src/contract/learning';
import { verificationCodePattern } from '../../src/domain/learning/index';
import { call } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { seedTestCourse, testAnswers, testCourse } from '../support/learning';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

const course = `/api/v1/courses/${testCourse}`;

/** Text of a PDF (poppler's pdftotext): the certificate's streams are compressed. */
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lotse-cert-')), 'certificate.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe.each(databaseKinds())('learning: progress, quiz, certificate on %s', (kind) => {
  let t: TestApp;
  let learner: SignedInClient;
  let other: SignedInClient;
  let code = '';
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedTestCourse(t);
    learner = await t.signIn('caseworker.lu@demo.example');
    other = await t.signIn('navigator@demo.example');
  });
  afterAll(() => t.close());

  const get = async <T>(client: SignedInClient | null, url: string, status = 200): Promise<T> => {
    const response = await call(t, client, 'GET', url);
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as T;
  };
  const complete = async (lessonId: string) => {
    const response = await call(t, learner, 'POST', `${course}/lessons/${lessonId}/complete`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as LessonCompletion;
  };
  const attempt = async (answers: Record<string, string[]>) => {
    const response = await call(t, learner, 'POST', `${course}/quiz-attempts`, { answers });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as QuizAttemptResult;
  };

  it('lists the seeded courses with progress, the three team courses with five or more lessons and a quiz', async () => {
    const { items } = await get<CourseListResponse>(learner, '/api/v1/courses');
    for (const slug of ['basiswissen-auslaenderbehoerde', 'digitales-arbeiten', 'fachkraefteeinwanderung-anwenden']) {
      const found = items.find((item) => item.id === slug);
      expect(found, slug).toBeDefined();
      expect(found!.lessonCount).toBeGreaterThanOrEqual(5);
      expect(found!.questionCount).toBeGreaterThan(0);
      expect(found!.progress).toMatchObject({ percent: 0, status: 'not_started' });
    }
    expect(items.find((item) => item.id === testCourse)).toMatchObject({ lessonCount: 2, questionCount: 5, passPercent: 80, area: 'digitales-arbeiten', certificate: null });
  });

  it('shows a course with its lessons in order and renders lessons sanitised', async () => {
    const detail = await get<CourseDetail>(learner, course);
    expect(detail.lessons.map((lesson) => [lesson.id, lesson.isCompleted])).toEqual([
      ['erste-schritte', false],
      ['zweite-schritte', false],
    ]);
    expect(detail.nextLessonId).toBe('erste-schritte');
    const lesson = await get<Lesson>(learner, `${course}/lessons/erste-schritte`);
    expect(lesson).toMatchObject({ title: 'Erste Schritte', position: 1, lessonCount: 2, previousLessonId: null, nextLessonId: 'zweite-schritte', isCompleted: false });
    expect(lesson.legalRefs).toEqual([{ law: 'AufenthG', section: '81a', paragraph: '1', label: '§81a Abs. 1 AufenthG' }]);
    expect(lesson.html).toContain('<strong>fiktiver</strong>');
    expect(lesson.html).toMatch(/<a href="https:\/\/example.org" rel="noopener noreferrer/);
    expect(lesson.html).not.toContain('<script');
    const second = await get<Lesson>(learner, `${course}/lessons/zweite-schritte`);
    expect(second.html).toContain('<h2>Eine Überschrift erster Ebene</h2>');
    expect(second.html).not.toMatch(/href="javascript/i);
    await get(learner, `${course}/lessons/gibt-es-nicht`, 404);
    await get(learner, '/api/v1/courses/gibt-es-nicht', 404);
    expect((await call(t, learner, 'GET', '/api/v1/courses/Not%20A%20Slug')).statusCode).toBe(400);
  });

  it('never sends the solutions with the quiz', async () => {
    const response = await call(t, learner, 'GET', `${course}/quiz`);
    expect(response.statusCode).toBe(200);
    const quiz = response.json() as Quiz;
    expect(quiz.questions.map((question) => question.kind)).toEqual(['single', 'single', 'single', 'multiple', 'multiple']);
    expect(quiz.questions[0]?.options).toEqual([
      { id: 'a', text: 'Richtig' },
      { id: 'b', text: 'Falsch' },
    ]);
    expect(response.body).not.toMatch(/correct|explanation|Erklärung/i);
  });

  it('counts a lesson once and shows progress in steps (lessons and the quiz)', async () => {
    const first = await complete('erste-schritte');
    expect(first.progress).toMatchObject({ completedLessons: 1, totalLessons: 2, percent: 33, status: 'in_progress', isComplete: false });
    expect(first.nextLessonId).toBe('zweite-schritte');
    const again = await complete('erste-schritte');
    expect(again.completedAt).toBe(first.completedAt);
    const rows = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM lesson_completions WHERE user_id = ${learner.userId}`);
    expect(rows[0]?.n).toBe(1);
    expect((await get<CourseDetail>(other, course)).progress.completedLessons).toBe(0);
  });

  it('fails the quiz one question below 80 %, with right/wrong and explanations per question', async () => {
    const result = await attempt(testAnswers(3));
    expect(result).toMatchObject({ correct: 3, total: 5, percent: 60, passPercent: 80, isPassed: false, certificate: null });
    expect(result.questions.map((question) => question.isCorrect)).toEqual([true, true, true, false, false]);
    expect(result.questions[3]).toEqual({ id: 'q4', isCorrect: false, chosenOptionIds: ['a'], correctOptionIds: ['a', 'b'], explanation: 'Erklärung vier.' });
    expect(result.questions[4]).toMatchObject({ isCorrect: false, chosenOptionIds: ['a', 'b', 'c'], correctOptionIds: ['b', 'c'] });
  });

  it('passes at exactly 80 %, but gives no certificate before every lesson is done', async () => {
    const result = await attempt(testAnswers(4));
    expect(result).toMatchObject({ correct: 4, total: 5, percent: 80, isPassed: true, certificate: null });
    expect(result.progress).toMatchObject({ isQuizPassed: true, bestScorePercent: 80, percent: 66, isComplete: false });
    const refused = await call(t, learner, 'GET', `${course}/certificate`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/1 of 2 lessons are not marked as done/);
    // A worse attempt afterwards does not take the pass away.
    expect((await attempt(testAnswers(0))).progress.isQuizPassed).toBe(true);
  });

  it('issues the certificate when the last lesson completes the course, once, audited', async () => {
    const last = await complete('zweite-schritte');
    expect(last.progress).toMatchObject({ percent: 100, isComplete: true, status: 'completed' });
    expect(last.certificate?.code).toMatch(verificationCodePattern);
    code = last.certificate!.code;
    expect((await attempt(testAnswers(5))).certificate?.code).toBe(code);
    const audit = await sqlRows<{ action: string; details: Record<string, unknown> }>(
      t.database,
      sql`SELECT action, details FROM audit_log WHERE actor_user_id = ${learner.userId} AND action LIKE 'learning.%' ORDER BY seq`,
    );
    expect(audit.filter((entry) => entry.action === 'learning.certificate_issued')).toHaveLength(1);
    expect(audit.map((entry) => entry.action)).toContain('learning.lesson_completed');
    expect(JSON.stringify(audit)).not.toContain('Caseworker');
  });

  it('serves the certificate as a PDF that holds the holder, the course and the code', async () => {
    const response = await call(t, learner, 'GET', `${course}/certificate`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(`zertifikat-${testCourse}-${code}.pdf`);
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(response.rawPayload);
    expect(text).toContain(code);
    expect(text).toContain('Testkurs Grundlagen');
    expect(text).toContain('4 von 5 Fragen richtig');
    expect(text).toContain(`/zertifikat/${code}`);
    // Someone else has no certificate of this course.
    expect((await call(t, other, 'GET', `${course}/certificate`)).statusCode).toBe(409);
    expect((await call(t, learner, 'GET', '/api/v1/courses/gibt-es-nicht/certificate')).statusCode).toBe(404);
  });

  it('verifies the code publicly: holder, course and date only; typed forms accepted; unknown 404; garbage 400', async () => {
    const holder = (await get<{ user: { name: string } }>(learner, '/api/v1/auth/me')).user.name;
    const checked = await get<Record<string, unknown>>(null, `/api/v1/certificates/${code}`);
    expect(checked).toEqual({ code, holderName: holder, course: { title: 'Testkurs Grundlagen', version: 1 }, issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(await get(null, `/api/v1/certificates/${code.toLowerCase().replace(/-/g, '')}`)).toEqual(checked);
    await get(null, '/api/v1/certificates/0000-0000-0000-0000', 404);
    const garbage = await call(t, null, 'GET', `/api/v1/certificates/${encodeURIComponent('<script>')}`);
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.fields).toHaveProperty('params.code');
    const typo = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    expect((await call(t, null, 'GET', `/api/v1/certificates/${typo}`)).statusCode).toBe(400);
  });

  it('shows my learning: the onboarding path of my role, courses in progress and my certificates', async () => {
    const mine = await get<MyLearning>(learner, '/api/v1/learning/me');
    expect(mine.onboardingPaths.map((path) => path.role)).toEqual(['caseworker']);
    expect(mine.onboardingPaths[0]?.courses.map((item) => item.id)).toContain(testCourse);
    expect(mine.certificates).toEqual([{ code, issuedAt: expect.any(String), course: { id: testCourse, title: 'Testkurs Grundlagen' } }]);
    expect(mine.inProgress).toEqual([]);
    await complete('erste-schritte');
    const navigatorView = await get<MyLearning>(other, '/api/v1/learning/me');
    expect(navigatorView.certificates).toEqual([]);
    expect(navigatorView.onboardingPaths.map((path) => path.role)).toEqual(['navigator']);
  });

  it('refuses answers that do not fit the quiz, naming the field', async () => {
    const unknown = await call(t, learner, 'POST', `${course}/quiz-attempts`, { answers: { q1: ['z'], q9: ['a'] } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual({ 'answers.q1': 'no such option: z', 'answers.q9': 'no such question in this quiz' });
    const two = await call(t, learner, 'POST', `${course}/quiz-attempts`, { answers: { q1: ['a', 'b'] } });
    expect(two.json().error.fields).toEqual({ 'answers.q1': 'a single-choice question takes one option' });
    const extra = await call(t, learner, 'POST', `${course}/quiz-attempts`, { answers: {}, score: 100 });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.fields).toHaveProperty('score');
    expect((await call(t, learner, 'POST', `${course}/quiz-attempts`, { answers: 'all' })).statusCode).toBe(400);
    expect((await call(t, learner, 'POST', '/api/v1/courses/gibt-es-nicht/quiz-attempts', { answers: {} })).statusCode).toBe(404);
  });
});
