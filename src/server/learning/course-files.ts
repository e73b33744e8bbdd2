import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { roles } from '../../domain/identity/roles';
import { canonicalJson } from '../../domain/audit/canonical-json';
import { courseAreas, defaultPassPercent, questionProblems, type LegalRef, type QuizQuestion } from '../../domain/learning/index';
import { repoRoot } from '../paths';

/**
 * Reads the learning content of `seed/learning/` (written by the team, see the format below),
 * validates every file with zod and fails with the file and the field that is wrong:
 *
 * - `courses/<slug>/course.yaml`: slug, language, title, summary, area, audienceRoles,
 *   estimatedMinutes, passPercent, lessons (file names in order)
 * - `courses/<slug>/lessons/NN-<slug>.md`: YAML front matter (slug, title, minutes, legalRefs) + Markdown
 * - `courses/<slug>/quiz.yaml`: questions with options (id, text, correct) and an explanation
 * - `onboarding-paths.yaml`: paths per role (title, course slugs)
 */
export const learningSeedDir = join(repoRoot, 'seed/learning');

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens only').max(100);

const courseFileSchema = z.strictObject({
  slug,
  language: z.enum(['de', 'en']),
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().min(1).max(2000),
  area: z.enum(courseAreas),
  audienceRoles: z.array(z.enum(roles)).default([]),
  estimatedMinutes: z.number().int().min(1).max(10_000),
  passPercent: z.number().int().min(1).max(100).default(defaultPassPercent),
  lessons: z.array(z.string().regex(/^[\w.-]+\.md$/, 'a Markdown file name in lessons/')).min(1),
});

const legalRefSchema = z.strictObject({
  law: z.string().trim().min(1),
  section: z.union([z.string(), z.number()]).transform(String),
  paragraph: z.union([z.string(), z.number()]).transform(String).optional(),
  sentence: z.union([z.string(), z.number()]).transform(String).optional(),
});

const lessonFrontMatterSchema = z.strictObject({
  slug,
  title: z.string().trim().min(1).max(200),
  minutes: z.number().int().min(1).max(600),
  legalRefs: z.array(legalRefSchema).default([]),
});

const optionId = z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^[\w-]{1,40}$/, 'letters, digits, _ or - (at most 40)'));

const quizFileSchema = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id: optionId,
        kind: z.enum(['single', 'multiple']),
        prompt: z.string().trim().min(1),
        options: z.array(z.strictObject({ id: optionId, text: z.string().trim().min(1), correct: z.boolean() })).min(2).max(12),
        explanation: z.string().trim().min(1),
      }),
    )
    .min(1),
});

const pathsFileSchema = z.strictObject({
  paths: z.array(z.strictObject({ role: z.enum(roles), title: z.string().trim().min(1), courses: z.array(slug).min(1) })),
});

export type LessonSeed = { slug: string; title: string; minutes: number; legalRefs: LegalRef[]; markdown: string };
export type CourseSeed = Omit<z.infer<typeof courseFileSchema>, 'lessons'> & {
  lessons: LessonSeed[];
  questions: QuizQuestion[];
  /** SHA-256 over the course's whole content: a change counts the course version up. */
  contentHash: string;
};
export type OnboardingPathSeed = z.infer<typeof pathsFileSchema>['paths'][number];
export type LearningSeed = { courses: CourseSeed[]; paths: OnboardingPathSeed[] };

/** A seed file that does not fit its format; the message names the file and the field. */
export class LearningSeedError extends Error {
  override name = 'LearningSeedError';
}

function fail(file: string, dir: string, detail: string): never {
  throw new LearningSeedError(`${join('seed/learning', relative(dir, file))}: ${detail}`);
}

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string, dir: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return fail(file, dir, problems.join('; '));
}

async function readYaml(file: string, dir: string): Promise<unknown> {
  try {
    return parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    return fail(file, dir, existsSync(file) ? `not valid YAML: ${(error as Error).message.split('\n')[0]}` : 'missing');
  }
}

/** Splits `---\n<yaml>\n---\n<markdown>`; a lesson without front matter is an error. */
function splitFrontMatter(text: string, file: string, dir: string): { data: unknown; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return fail(file, dir, 'front matter (--- … ---) is missing');
  try {
    return { data: parseYaml(match[1] ?? ''), body: (match[2] ?? '').trim() };
  } catch (error) {
    return fail(file, dir, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

async function readCourse(courseDir: string, dir: string): Promise<CourseSeed> {
  const courseFile = join(courseDir, 'course.yaml');
  const course = validate(courseFileSchema, await readYaml(courseFile, dir), courseFile, dir);
  const folder = courseDir.split('/').at(-1);
  if (folder !== course.slug) fail(courseFile, dir, `slug: "${course.slug}" differs from the folder name "${folder}"`);

  const lessons: LessonSeed[] = [];
  for (const name of course.lessons) {
    const file = join(courseDir, 'lessons', name);
    if (!existsSync(file)) fail(courseFile, dir, `lessons: ${name} does not exist in lessons/`);
    const { data, body } = splitFrontMatter(await readFile(file, 'utf8'), file, dir);
    const front = validate(lessonFrontMatterSchema, data, file, dir);
    if (body.length === 0) fail(file, dir, 'the lesson has no text');
    if (lessons.some((lesson) => lesson.slug === front.slug)) fail(file, dir, `slug: "${front.slug}" is used by another lesson of the course`);
    lessons.push({ ...front, markdown: body });
  }

  const quizFile = join(courseDir, 'quiz.yaml');
  const quiz = validate(quizFileSchema, await readYaml(quizFile, dir), quizFile, dir);
  const questions: QuizQuestion[] = quiz.questions.map((question) => ({
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    explanation: question.explanation,
    options: question.options.map((option) => ({ id: option.id, text: option.text, isCorrect: option.correct })),
  }));
  questions.forEach((question, index) => {
    const problems = questionProblems(question);
    if (problems.length > 0) fail(quizFile, dir, `questions.${index} (${question.id}): ${problems.join('; ')}`);
    if (questions.findIndex((other) => other.id === question.id) !== index) fail(quizFile, dir, `questions.${index}.id: "${question.id}" is used twice`);
  });

  const { lessons: _files, ...meta } = course;
  const contentHash = createHash('sha256').update(canonicalJson({ meta, lessons, questions })).digest('hex');
  return { ...meta, lessons, questions, contentHash };
}

/** All courses and onboarding paths under `dir`; nothing (no error) when the folder does not exist. */
export async function loadLearningSeed(dir: string = learningSeedDir): Promise<LearningSeed> {
  if (!existsSync(dir)) return { courses: [], paths: [] };
  const coursesDir = join(dir, 'courses');
  const folders = existsSync(coursesDir)
    ? (await readdir(coursesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    : [];
  const courses: CourseSeed[] = [];
  for (const folder of folders) courses.push(await readCourse(join(coursesDir, folder), dir));

  const pathsFile = join(dir, 'onboarding-paths.yaml');
  const paths = existsSync(pathsFile) ? validate(pathsFileSchema, await readYaml(pathsFile, dir), pathsFile, dir).paths : [];
  const known = new Set(courses.map((course) => course.slug));
  paths.forEach((path, index) => {
    const unknown = path.courses.filter((course) => !known.has(course));
    if (unknown.length > 0) fail(pathsFile, dir, `paths.${index}.courses: unknown course ${unknown.join(', ')}`);
  });
  return { courses, paths };
}
