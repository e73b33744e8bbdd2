import { formatLegalRef } from '../../domain/learning/index';
import { recordAudit } from '../audit/record-audit';
import { findOrphanedLessonEntryIds, replaceLessons, replaceQuizQuestions, upsertCourseBySlug, upsertOnboardingPath } from '../db/repositories/learning-content.repository';
import { deleteSearchEntry, upsertSearchEntry } from '../db/repositories/search-index.repository';
import { loadLearningSeed, type LearningSeed } from '../learning/course-files';
import { learningWebPaths } from '../learning/learning-links';
import { markdownToPlainText, renderMarkdown } from '../content/markdown';
import type { CommandContext } from './context';

/**
 * Loads the learning content (seed/learning, or `seed` for tests) into the database: courses by
 * slug, their lessons and quiz questions made exactly those of the files, onboarding paths by
 * role; courses and lessons go into the shared search index (signed-in users). Idempotent: an
 * unchanged course is skipped, a changed one gets a new version.
 */
export async function seedLearning(ctx: CommandContext, seed?: LearningSeed): Promise<{ courses: number; changed: number; paths: number }> {
  const content = seed ?? (await loadLearningSeed());
  const now = ctx.clock.now();
  let changed = 0;
  await ctx.db.transaction(async (tx) => {
    for (const course of content.courses) {
      const { lessons, questions, ...meta } = course;
      const { row, isChanged } = await upsertCourseBySlug(tx, meta, now);
      if (!isChanged) continue;
      changed += 1;
      const lessonRows = await replaceLessons(
        tx,
        row.id,
        lessons.map((lesson, index) => ({
          slug: lesson.slug,
          position: index + 1,
          title: lesson.title,
          minutes: lesson.minutes,
          legalRefs: lesson.legalRefs,
          bodyMarkdown: lesson.markdown,
          bodyHtml: renderMarkdown(lesson.markdown),
        })),
      );
      await replaceQuizQuestions(
        tx,
        row.id,
        questions.map((question, index) => ({ slug: question.id, position: index + 1, kind: question.kind, prompt: question.prompt, options: question.options, explanation: question.explanation })),
      );
      const citations = [...new Set(lessons.flatMap((lesson) => lesson.legalRefs.map(formatLegalRef)))];
      await upsertSearchEntry(tx, {
        kind: 'course',
        refId: row.id,
        language: row.language === 'en' ? 'en' : 'de',
        title: row.title,
        summary: row.summary,
        body: lessons.map((lesson) => lesson.title).join(' · '),
        topics: [],
        legalRefs: citations,
        path: learningWebPaths.course(row.slug),
        visibility: 'signed_in',
      });
      for (const lessonRow of lessonRows) {
        const lesson = lessons.find((candidate) => candidate.slug === lessonRow.slug);
        if (!lesson) continue;
        await upsertSearchEntry(tx, {
          kind: 'lesson',
          refId: lessonRow.id,
          language: row.language === 'en' ? 'en' : 'de',
          title: lesson.title,
          summary: row.title,
          body: markdownToPlainText(lesson.markdown),
          topics: [],
          legalRefs: lesson.legalRefs.map(formatLegalRef),
          path: learningWebPaths.lesson(row.slug, lesson.slug),
          visibility: 'signed_in',
        });
      }
      // Lessons dropped from the course were deleted above; their index entries go too.
      for (const id of await findOrphanedLessonEntryIds(tx)) await deleteSearchEntry(tx, 'lesson', id);
    }
    for (const path of content.paths) {
      await upsertOnboardingPath(tx, { role: path.role, title: path.title, courseSlugs: path.courses, updatedAt: now });
    }
    if (changed > 0) {
      await recordAudit(tx, ctx, { action: 'system.learning_seeded', subjectType: 'system', details: { courses: content.courses.length, changed } });
    }
  });
  return { courses: content.courses.length, changed, paths: content.paths.length };
}
