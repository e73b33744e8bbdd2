import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startAppServer } from '../../support/app-server';

/** Debian's Chromium (`apt-get install chromium`); playwright-core ships no browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type TestBrowser = { browser: Browser; close(): Promise<void> };

/** Launches headless Chromium; Playwright gives every launch a fresh temporary profile. */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return { browser, close: () => browser.close() };
}

export type TestPage = {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
};

/** A page in its own context (own cookies and storage) that records browser-side problems. */
export async function openPage(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<TestPage> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'de-DE' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, context, problems, close: () => context.close() };
}

/**
 * Problems that are not ours to fix: a failed login answers 401, which Chromium logs as
 * "Failed to load resource" although the app handles it.
 */
export function unexpectedProblems(problems: readonly string[]): string[] {
  return problems.filter((problem) => !/Failed to load resource: the server responded with a status of 40[14]/.test(problem));
}

/**
 * Waits until the route has rendered: the page's `<h1>` (inside KoliBri's heading) is
 * visible and the lazily loaded skip link exists (KoliBri loads each component on demand).
 */
export async function waitForPage(page: Page): Promise<void> {
  await page.locator('main#main h1').first().waitFor({ state: 'visible' });
  await page.locator('kol-skip-nav a').first().waitFor({ state: 'attached' });
}

/** Navigates within the app and waits for the page to render. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForPage(page);
}

/** Runs axe with the WCAG 2.0/2.1 A and AA rules; returns readable violations (empty = pass). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** Signs in through the form, as a person would. */
export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(/E-Mail|Email/).fill(email);
  await page.getByLabel(/^(Passwort|Password)/).fill(password);
  await page.getByTestId('sign-in-submit').getByRole('button').click();
}

/** What has keyboard focus, looking through KoliBri's shadow roots to the real element. */
export type FocusedElement = { tag: string; id: string; text: string; href: string | null; isInMain: boolean };

export function focusedElement(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const main = document.getElementById('main');
    // Climb out of shadow roots to test whether the focused element sits inside <main>.
    let node: Node | null = element;
    let isInMain = false;
    while (node) {
      if (node === main) isInMain = true;
      node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
    }
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: element?.getAttribute('href') ?? null,
      isInMain,
    };
  });
}

/** Presses Tab until the focused element matches, up to `limit` times; returns it or null. */
export async function tabTo(
  page: Page,
  isTarget: (focused: FocusedElement) => boolean,
  limit = 80,
): Promise<FocusedElement | null> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (isTarget(focused)) return focused;
  }
  return null;
}

/**
 * The usual life of a browser test file: one app server (with `env`) and one Chromium for the
 * file, a fresh page per call of `newPage`, and after each test a check that no page saw an
 * unexpected console error or failed request (`expected` lets answers that are the point of a
 * test through, e.g. /status of 404/).
 */
export function useBrowserSession(options: { env?: Record<string, string>; expected?: RegExp } = {}) {
  let server: { url: string; close(): Promise<void> } | undefined;
  let chromium: TestBrowser | undefined;
  const pages: TestPage[] = [];
  beforeAll(async () => {
    server = await startAppServer(options.env);
    chromium = await launchBrowser();
  });
  afterEach(async () => {
    for (const opened of pages.splice(0)) {
      const problems = unexpectedProblems(opened.problems).filter((problem) => !options.expected?.test(problem));
      expect(problems).toEqual([]);
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
    newPage: async (): Promise<Page> => {
      if (!chromium || !server) throw new Error('the browser session has not started yet');
      const opened = await openPage(chromium.browser, server.url);
      pages.push(opened);
      return opened.page;
    },
  };
}
