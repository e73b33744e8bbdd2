import type { CommandContext } from './context';
import { loadCourse, loadOverview, requireLearner, type CourseOverview } from './learning-access';

/** One course with its lessons and the caller's progress; NOT_FOUND for an unknown course. */
export async function getCourse(ctx: CommandContext, slug: string): Promise<CourseOverview> {
  const actor = requireLearner(ctx);
  return loadOverview(ctx.db, actor.userId, await loadCourse(ctx.db, slug));
}
