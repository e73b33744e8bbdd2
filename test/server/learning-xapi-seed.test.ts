import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseDetail } from '../../src/contract/learning';
import { xapiVerbs, type XapiStatement } from '../../src/domain/learning/index';
import { systemClock } from '../../src/server/clock';
import { seedLearning } from '../../src/server/commands/seed-learning';
import { loadLearningSeed } from '../../src/server/learning/course-files';
import { installationIri } from '../../src/server/learning/learning-links';
import { call } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { seedTestCourse, testAnswers, testCourse, testFixtures } from '../support/learning';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

const course = `/api/v1/courses/${testCourse}`;

describe.each(databaseKinds())('learning: xAPI export and loading the course files on %s', (kind) => {
  let t: TestApp;
  let learner: SignedInClient;
  let admin: SignedInClient;
  const ctx = () => ({ db: t.database.db, clock: systemClock, config: t.config, actor: null, requestId: null });
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedTestCourse(t);
    learner = await t.signIn('partner@demo.example');
    admin = await t.signIn('admin@demo.example');
    for (const lesson of ['erste-schritte', 'zweite-schritte']) await call(t, learner, 'POST', `${course}/lessons/${lesson}/complete`);
    await call(t, learner, 'POST', `${course}/quiz-attempts`, { answers: testAnswers(2) });
    await call(t, learner, 'POST', `${course}/quiz-attempts`, { answers: testAnswers(5) });
  });
  afterAll(() => t.close());

  const statementsOf = async (client: SignedInClient, query = '') => {
    const response = await call(t, client, 'GET', `/api/v1/learning/xapi${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { statements: XapiStatement[] }).statements;
  };

  it('exports my activity as xAPI statements: experienced, attempted, failed, passed, completed', async () => {
    const statements = await statementsOf(learner);
    expect(statements.map((statement) => statement.verb.id)).toEqual([
      xapiVerbs.experienced,
      xapiVerbs.experienced,
      xapiVerbs.attempted,
      xapiVerbs.failed,
      xapiVerbs.attempted,
      xapiVerbs.passed,
      xapiVerbs.completed,
    ]);
    const passed = statements[5]!;
    expect(passed.actor).toEqual({ objectType: 'Agent', name: expect.any(String), account: { homePage: installationIri(t.config), name: learner.userId } });
    expect(passed.object.id).toBe(`${installationIri(t.config)}/xapi/activities/courses/${testCourse}/quiz`);
    expect(passed.result).toEqual({ score: { scaled: 1, raw: 5, min: 0, max: 5 }, success: true, completion: true });
    expect(statements[3]?.result?.score).toEqual({ scaled: 0.4, raw: 2, min: 0, max: 5 });
    expect(statements.every((statement) => /^[0-9a-f-]{36}$/.test(statement.id) && !Number.isNaN(Date.parse(statement.timestamp)))).toBe(true);
    // Stable ids: a second export can be sent to the same store without duplicates.
    expect((await statementsOf(learner)).map((statement) => statement.id)).toEqual(statements.map((statement) => statement.id));
    const byMail = await statementsOf(learner, '?actor=mbox');
    expect(byMail[0]?.actor).toEqual({ objectType: 'Agent', name: expect.any(String), mbox: 'mailto:partner@demo.example' });
  });

  it('lets only an admin export someone else’s or everyone’s statements, audited', async () => {
    expect((await call(t, learner, 'GET', `/api/v1/learning/xapi?userId=${admin.userId}`)).statusCode).toBe(403);
    expect((await call(t, learner, 'GET', '/api/v1/learning/xapi?scope=all')).statusCode).toBe(403);
    expect(await statementsOf(learner, `?userId=${learner.userId}`)).toHaveLength(7);
    expect(await statementsOf(admin)).toEqual([]);
    expect(await statementsOf(admin, `?userId=${learner.userId}`)).toHaveLength(7);
    expect((await statementsOf(admin, '?scope=all')).length).toBeGreaterThanOrEqual(7);
    const audit = await sqlRows<{ subject_id: string | null }>(t.database, sql`SELECT subject_id FROM audit_log WHERE action = 'learning.xapi_exported' ORDER BY seq`);
    expect(audit.map((entry) => entry.subject_id)).toEqual([learner.userId, null]);
    expect((await call(t, admin, 'GET', '/api/v1/learning/xapi?userId=nope')).statusCode).toBe(400);
  });

  it('indexes courses and lessons for the signed-in search', async () => {
    const entries = await sqlRows<{ kind: string; path: string; visibility: string }>(
      t.database,
      sql`SELECT kind, path, visibility FROM search_entries WHERE path LIKE ${`/lernen/kurse/${testCourse}%`} ORDER BY path`,
    );
    expect(entries).toEqual([
      { kind: 'course', path: `/lernen/kurse/${testCourse}`, visibility: 'signed_in' },
      { kind: 'lesson', path: `/lernen/kurse/${testCourse}/lektionen/erste-schritte`, visibility: 'signed_in' },
      { kind: 'lesson', path: `/lernen/kurse/${testCourse}/lektionen/zweite-schritte`, visibility: 'signed_in' },
    ]);
    const seeded = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM search_entries WHERE kind = 'lesson' AND path LIKE '/lernen/kurse/basiswissen-auslaenderbehoerde/%'`);
    expect(seeded[0]?.n).toBeGreaterThanOrEqual(5);
  });

  it('loads the files again without change, and counts the version up when the content changes', async () => {
    expect(await seedLearning(ctx())).toMatchObject({ changed: 0 });
    expect(await seedLearning(ctx(), await loadLearningSeed(testFixtures))).toMatchObject({ courses: 1, changed: 0 });

    const dir = await mkdtemp(join(tmpdir(), 'lotse-learning-'));
    await cp(testFixtures, dir, { recursive: true });
    const courseFile = join(dir, 'courses', testCourse, 'course.yaml');
    await writeFile(courseFile, (await readFile(courseFile, 'utf8')).replace('  - 02-zweite-schritte.md\n', '').replace('Testkurs Grundlagen', 'Testkurs Grundlagen, Fassung 2'));
    expect(await seedLearning(ctx(), await loadLearningSeed(dir))).toMatchObject({ changed: 1 });
    const detail = (await call(t, learner, 'GET', course)).json() as CourseDetail;
    expect(detail).toMatchObject({ version: 2, title: 'Testkurs Grundlagen, Fassung 2', lessonCount: 1 });
    // The completion of the remaining lesson is kept; the certificate keeps the title of its day.
    expect(detail.lessons[0]).toMatchObject({ id: 'erste-schritte', isCompleted: true });
    const code = detail.certificate!.code;
    expect((await call(t, null, 'GET', `/api/v1/certificates/${code}`)).json()).toMatchObject({ course: { title: 'Testkurs Grundlagen', version: 1 } });
    const orphans = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM search_entries WHERE path LIKE ${`%/lektionen/zweite-schritte`}`);
    expect(orphans[0]?.n).toBe(0);
  });
});

describe('learning: course files that do not fit the format', () => {
  async function brokenCopy(change: (dir: string) => Promise<void>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'lotse-learning-bad-'));
    await cp(testFixtures, dir, { recursive: true });
    await change(dir);
    return dir;
  }
  const courseDir = (dir: string) => join(dir, 'courses', testCourse);
  const edit = async (file: string, from: string | RegExp, to: string) => writeFile(file, (await readFile(file, 'utf8')).replace(from, to));

  it('name the file and the field', async () => {
    const cases: [(dir: string) => Promise<void>, RegExp][] = [
      [(dir) => edit(join(courseDir(dir), 'course.yaml'), 'area: digitales-arbeiten', 'area: kochen'), /seed\/learning\/courses\/testkurs-grundlagen\/course\.yaml: area: /],
      [(dir) => edit(join(courseDir(dir), 'course.yaml'), 'estimatedMinutes: 10', 'estimatedMinutes: zehn'), /course\.yaml: estimatedMinutes: /],
      [(dir) => edit(join(courseDir(dir), 'course.yaml'), '02-zweite-schritte.md', '09-fehlt.md'), /course\.yaml: lessons: 09-fehlt\.md does not exist/],
      [(dir) => edit(join(courseDir(dir), 'lessons', '01-erste-schritte.md'), 'minutes: 5', 'minutes: -1'), /lessons\/01-erste-schritte\.md: minutes: /],
      [(dir) => edit(join(courseDir(dir), 'lessons', '01-erste-schritte.md'), /^---\n/, ''), /01-erste-schritte\.md: front matter/],
      [(dir) => edit(join(courseDir(dir), 'quiz.yaml'), '{ id: b, text: Falsch, correct: false }', '{ id: b, text: Falsch, correct: true }'), /quiz\.yaml: questions\.0 \(q1\): a single-choice question needs exactly one correct option/],
      [(dir) => edit(join(courseDir(dir), 'quiz.yaml'), 'kind: multiple', 'kind: essay'), /quiz\.yaml: questions\.3\.kind: /],
      [(dir) => edit(join(courseDir(dir), 'quiz.yaml'), 'questions:', 'questions: [\n'), /quiz\.yaml: not valid YAML/],
      [(dir) => edit(join(dir, 'onboarding-paths.yaml'), 'testkurs-grundlagen]', 'unbekannt]'), /onboarding-paths\.yaml: paths\.0\.courses: unknown course unbekannt/],
    ];
    for (const [change, message] of cases) {
      const dir = await brokenCopy(change);
      await expect(loadLearningSeed(dir), String(message)).rejects.toThrow(message);
    }
  });

  it('is empty (not an error) without a learning folder', async () => {
    expect(await loadLearningSeed(join(tmpdir(), 'does-not-exist-learning'))).toEqual({ courses: [], paths: [] });
  });
});
