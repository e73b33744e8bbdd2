import { findCourseRows } from '../db/repositories/learning-content.repository';
import type { CommandContext } from './context';
import { loadOverviews, requireLearner, type CourseOverview } from './learning-access';

/** The course catalogue with the caller's progress in each course (their own data: not audited). */
export async function findCourses(ctx: CommandContext): Promise<CourseOverview[]> {
  const actor = requireLearner(ctx);
  return loadOverviews(ctx.db, actor.userId, await findCourseRows(ctx.db));
}
