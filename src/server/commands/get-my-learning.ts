import { findCourseRows, findOnboardingPaths, type OnboardingPathRow } from '../db/repositories/learning-content.repository';
import type { CommandContext } from './context';
import { loadOverviews, requireLearner, type CourseOverview } from './learning-access';

export type MyLearningView = {
  paths: { path: OnboardingPathRow; courses: CourseOverview[] }[];
  inProgress: CourseOverview[];
  completed: CourseOverview[];
};

/** "My learning": the onboarding paths of the caller's roles, courses begun, certificates. */
export async function getMyLearning(ctx: CommandContext): Promise<MyLearningView> {
  const actor = requireLearner(ctx);
  const overviews = await loadOverviews(ctx.db, actor.userId, await findCourseRows(ctx.db));
  const bySlug = new Map(overviews.map((overview) => [overview.course.slug, overview]));
  const paths = (await findOnboardingPaths(ctx.db, actor.roles)).map((path) => ({
    path,
    courses: path.courseSlugs.map((slug) => bySlug.get(slug)).filter((overview): overview is CourseOverview => overview !== undefined),
  }));
  return {
    paths,
    inProgress: overviews.filter((overview) => overview.progress.status === 'in_progress'),
    completed: overviews.filter((overview) => overview.certificate !== null),
  };
}
