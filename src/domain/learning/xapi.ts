/**
 * Learning activity as xAPI 1.0.3 statements (JSON) for a learning record store.
 * Activity ids live under the installation's IRI, so statements from several Lotse
 * installations never collide: `<installation>/xapi/activities/courses/<slug>[/lessons/<slug>|/quiz]`.
 */

export const xapiVersion = '1.0.3';

export const xapiVerbs = {
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;
export type XapiVerb = keyof typeof xapiVerbs;

const verbDisplay: Record<XapiVerb, { 'en-US': string; 'de-DE': string }> = {
  experienced: { 'en-US': 'experienced', 'de-DE': 'bearbeitet' },
  attempted: { 'en-US': 'attempted', 'de-DE': 'versucht' },
  passed: { 'en-US': 'passed', 'de-DE': 'bestanden' },
  failed: { 'en-US': 'failed', 'de-DE': 'nicht bestanden' },
  completed: { 'en-US': 'completed', 'de-DE': 'abgeschlossen' },
};

const activityTypes = {
  course: 'http://adlnet.gov/expapi/activities/course',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
} as const;

export type XapiPerson = { userId: string; name: string; email: string };
type Named = { slug: string; title: string };

/** What happened, with the id of the record it comes from and when (ISO 8601). */
export type LearningEvent =
  | { kind: 'lesson_completed'; id: string; at: string; person: XapiPerson; course: Named; lesson: Named }
  | { kind: 'quiz_attempted'; id: string; at: string; person: XapiPerson; course: Named; correct: number; total: number; isPassed: boolean }
  | { kind: 'course_completed'; id: string; at: string; person: XapiPerson; course: Named; correct: number; total: number };

export type XapiOptions = {
  /** The installation's IRI, e.g. `https://lotse.rhein-neckar.example` (no trailing slash needed). */
  installationIri: string;
  /**
   * How the person is identified. `account` (default): the installation's user id, no e-mail
   * address leaves Lotse; `mbox`: `mailto:` the e-mail address, for stores that match on it.
   */
  actorFormat: 'account' | 'mbox';
  /** A stable statement id (UUID) for a key such as `<record id>:passed`, so a re-export does not duplicate. */
  statementId: (key: string) => string;
};

export type XapiAgent = { objectType: 'Agent'; name: string; mbox?: string; account?: { homePage: string; name: string } };
export type XapiActivity = {
  objectType: 'Activity';
  id: string;
  definition?: { type: string; name: Record<string, string> };
};
export type XapiStatement = {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: Record<string, string> };
  object: XapiActivity;
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion?: boolean;
  };
  context: { platform: string; language: string; contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] } };
  timestamp: string;
  version: string;
};

const trimSlash = (iri: string) => iri.replace(/\/+$/, '');

/** The activity IRIs of a course, its lessons and its quiz. */
export function activityIds(installationIri: string, courseSlug: string) {
  const course = `${trimSlash(installationIri)}/xapi/activities/courses/${encodeURIComponent(courseSlug)}`;
  return {
    course,
    lesson: (lessonSlug: string) => `${course}/lessons/${encodeURIComponent(lessonSlug)}`,
    quiz: `${course}/quiz`,
  };
}

function agent(person: XapiPerson, options: XapiOptions): XapiAgent {
  // xAPI requires exactly one identifier per agent.
  return options.actorFormat === 'mbox'
    ? { objectType: 'Agent', name: person.name, mbox: `mailto:${person.email}` }
    : { objectType: 'Agent', name: person.name, account: { homePage: trimSlash(options.installationIri), name: person.userId } };
}

/** Score with `scaled` in [0, 1], rounded to four places (the LRS compares decimals). */
export function xapiScore(correct: number, total: number) {
  return { scaled: total > 0 ? Math.round((correct / total) * 10_000) / 10_000 : 0, raw: correct, min: 0, max: total };
}

/** The statements of the given events, oldest first (events at the same time keep their order). */
export function buildXapiStatements(events: readonly LearningEvent[], options: XapiOptions): XapiStatement[] {
  const statements = events.flatMap((event) => statementsOf(event, options));
  return statements
    .map((statement, index) => ({ statement, index }))
    .sort((a, b) => (a.statement.timestamp < b.statement.timestamp ? -1 : a.statement.timestamp > b.statement.timestamp ? 1 : a.index - b.index))
    .map(({ statement }) => statement);
}

function statementsOf(event: LearningEvent, options: XapiOptions): XapiStatement[] {
  const ids = activityIds(options.installationIri, event.course.slug);
  const course: XapiActivity = { objectType: 'Activity', id: ids.course, definition: { type: activityTypes.course, name: { 'de-DE': event.course.title } } };
  const base = (verb: XapiVerb, object: XapiActivity, key: string): XapiStatement => ({
    id: options.statementId(`${event.id}:${verb}:${key}`),
    actor: agent(event.person, options),
    verb: { id: xapiVerbs[verb], display: verbDisplay[verb] },
    object,
    context: { platform: 'Lotse', language: 'de-DE' },
    timestamp: event.at,
    version: xapiVersion,
  });
  const inCourse = (statement: XapiStatement): XapiStatement => ({
    ...statement,
    context: { ...statement.context, contextActivities: { parent: [{ objectType: 'Activity', id: ids.course }] } },
  });
  switch (event.kind) {
    case 'lesson_completed': {
      const lesson: XapiActivity = {
        objectType: 'Activity',
        id: ids.lesson(event.lesson.slug),
        definition: { type: activityTypes.lesson, name: { 'de-DE': event.lesson.title } },
      };
      return [inCourse({ ...base('experienced', lesson, 'lesson'), result: { completion: true } })];
    }
    case 'quiz_attempted': {
      const quiz: XapiActivity = {
        objectType: 'Activity',
        id: ids.quiz,
        definition: { type: activityTypes.assessment, name: { 'de-DE': `Quiz: ${event.course.title}` } },
      };
      const verdict: XapiVerb = event.isPassed ? 'passed' : 'failed';
      return [
        inCourse(base('attempted', quiz, 'quiz')),
        inCourse({
          ...base(verdict, quiz, 'quiz'),
          result: { score: xapiScore(event.correct, event.total), success: event.isPassed, completion: true },
        }),
      ];
    }
    case 'course_completed':
      return [
        {
          ...base('completed', course, 'course'),
          result: { score: xapiScore(event.correct, event.total), success: true, completion: true },
        },
      ];
  }
}
