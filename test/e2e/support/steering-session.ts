import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { systemClock } from '../../../src/server/clock';
import { seedDemoRegion } from '../../../src/server/commands/seed-demo-region';
import { startServer } from '../../../src/server/start';
import { webRoot } from '../../../src/server/web-build';
import { openTestDatabase } from '../../support/databases';
import { testConfig } from '../../support/test-config';
import { launchBrowser, openPage, unexpectedProblems, type TestBrowser, type TestPage } from './browser';

/**
 * As `useBrowserSession`, but the app's database holds the demo region's cases as well (the
 * shared template has organisations and accounts only): the steering figures need cases.
 */
export function useSteeringSession(options: { expected?: RegExp } = {}) {
  let server: { url: string; close(): Promise<void> } | undefined;
  let chromium: TestBrowser | undefined;
  const pages: TestPage[] = [];
  beforeAll(async () => {
    const database = await openTestDatabase('pglite');
    const config = testConfig();
    await seedDemoRegion({ db: database.db, clock: systemClock, config, actor: null, requestId: null });
    const started = await startServer(config, { database, webRoot, logger: false });
    server = { url: started.url, close: () => started.close() };
    chromium = await launchBrowser();
  }, 300_000);
  afterEach(async () => {
    for (const opened of pages.splice(0)) {
      expect(unexpectedProblems(opened.problems).filter((problem) => !options.expected?.test(problem))).toEqual([]);
      await opened.close();
    }
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
  return {
    url: () => {
      if (!server) throw new Error('the app server is not running yet');
      return server.url;
    },
    newPage: async () => {
      if (!chromium || !server) throw new Error('the browser session has not started yet');
      const opened = await openPage(chromium.browser, server.url);
      pages.push(opened);
      return opened.page;
    },
  };
}
