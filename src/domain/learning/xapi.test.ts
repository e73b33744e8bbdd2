import { describe, expect, it } from 'vitest';
import { activityIds, buildXapiStatements, xapiScore, xapiVerbs, type LearningEvent, type XapiOptions } from './xapi';

const person = { userId: '6f1e2d3c-0000-4000-8000-000000000001', name: 'Lena Beispiel', email: 'lena@demo.example' };
const course = { slug: 'basiswissen', title: 'Basiswissen Ausländerbehörde' };
const options: XapiOptions = { installationIri: 'https://lotse.example/', actorFormat: 'account', statementId: (key) => `id:${key}` };

const events: LearningEvent[] = [
  { kind: 'course_completed', id: 'c1', at: '2026-11-22T10:05:00.000Z', person, course, correct: 9, total: 10 },
  { kind: 'lesson_completed', id: 'l1', at: '2026-11-22T09:00:00.000Z', person, course, lesson: { slug: 'aufgaben', title: 'Aufgaben' } },
  { kind: 'quiz_attempted', id: 'a1', at: '2026-11-22T10:00:00.000Z', person, course, correct: 7, total: 10, isPassed: false },
  { kind: 'quiz_attempted', id: 'a2', at: '2026-11-22T10:05:00.000Z', person, course, correct: 9, total: 10, isPassed: true },
];

describe('xAPI statements', () => {
  const statements = buildXapiStatements(events, options);

  it('uses the ADL verbs, oldest first', () => {
    expect(statements.map((s) => s.verb.id)).toEqual([
      xapiVerbs.experienced,
      xapiVerbs.attempted,
      xapiVerbs.failed,
      xapiVerbs.completed,
      xapiVerbs.attempted,
      xapiVerbs.passed,
    ]);
    expect(statements.every((s) => s.version === '1.0.3' && s.context.platform === 'Lotse')).toBe(true);
  });

  it('identifies the person by account (no e-mail) or, when asked, by mbox — exactly one identifier', () => {
    expect(statements[0]?.actor).toEqual({ objectType: 'Agent', name: 'Lena Beispiel', account: { homePage: 'https://lotse.example', name: person.userId } });
    expect(JSON.stringify(statements)).not.toContain('lena@demo.example');
    const [byMail] = buildXapiStatements(events.slice(1, 2), { ...options, actorFormat: 'mbox' });
    expect(byMail?.actor).toEqual({ objectType: 'Agent', name: 'Lena Beispiel', mbox: 'mailto:lena@demo.example' });
  });

  it('names activities by IRIs under the installation, lessons and quiz inside their course', () => {
    const ids = activityIds('https://lotse.example/', 'basiswissen');
    expect(ids.course).toBe('https://lotse.example/xapi/activities/courses/basiswissen');
    expect(statements[0]?.object).toEqual({
      objectType: 'Activity',
      id: `${ids.course}/lessons/aufgaben`,
      definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { 'de-DE': 'Aufgaben' } },
    });
    expect(statements[0]?.context.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: ids.course }]);
    expect(statements[2]?.object.id).toBe(ids.quiz);
    expect(statements[3]?.object.definition?.type).toBe('http://adlnet.gov/expapi/activities/course');
  });

  it('carries the score scaled, raw, min and max, success and timestamps', () => {
    expect(statements[2]).toMatchObject({
      result: { score: { scaled: 0.7, raw: 7, min: 0, max: 10 }, success: false, completion: true },
      timestamp: '2026-11-22T10:00:00.000Z',
    });
    expect(statements[5]?.result).toEqual({ score: { scaled: 0.9, raw: 9, min: 0, max: 10 }, success: true, completion: true });
    expect(xapiScore(2, 3).scaled).toBe(0.6667);
    expect(xapiScore(0, 0).scaled).toBe(0);
  });

  it('gives every statement its own stable id', () => {
    const ids = statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(buildXapiStatements(events, options).map((s) => s.id)).toEqual(ids);
  });
});
