import type { TestProject } from 'vitest/node';
import { buildWeb, needsWebBuild } from '../../src/server/web-build';
import databaseSetup from './global-setup';

/** Browser tests need the databases of the server tier and a current build of the web app. */
export default async function setup(project: TestProject) {
  if (needsWebBuild('auto', false)) await buildWeb();
  return databaseSetup(project);
}
