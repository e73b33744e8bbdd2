import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de.json';
import { startAppServer } from '../support/app-server';
import {
  axeViolations,
  focusedElement,
  launchBrowser,
  openPage,
  tabTo,
  unexpectedProblems,
  visit,
  waitForPage,
  type TestBrowser,
  type TestPage,
} from './support/browser';

/** The pages linked from the footer of every page. */
const footerPages = [
  { path: '/barrierefreiheit', link: de.layout.accessibility, title: de.accessibility.title },
  { path: '/impressum', link: de.layout.imprint, title: de.imprint.title },
  { path: '/datenschutz', link: de.layout.privacy, title: de.privacy.title },
];

let server: { url: string; close(): Promise<void> };
let chromium: TestBrowser;
let current: TestPage | undefined;

beforeAll(async () => {
  server = await startAppServer();
  chromium = await launchBrowser();
});

afterEach(async () => {
  expect(unexpectedProblems(current?.problems ?? [])).toEqual([]);
  await current?.close();
  current = undefined;
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function newPage(): Promise<Page> {
  current = await openPage(chromium.browser, server.url);
  return current.page;
}

describe('footer pages', () => {
  it.each(footerPages)('$path is reachable by keyboard from the footer and passes axe', async ({ path, link, title }) => {
    const page = await newPage();
    await visit(page, '/anmelden');

    const focused = await tabTo(page, (element) => element.tag === 'a' && element.text === link);
    expect(focused?.href).toBe(path);
    await page.keyboard.press('Enter');

    await page.waitForURL(`${server.url}${path}`);
    await waitForPage(page);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(title);
    expect(await page.title()).toBe(`${title} – Lotse`);
    // After the client-side navigation, reading and tabbing continue at the new content.
    expect((await focusedElement(page)).id).toBe('main');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('states partial compliance, the feedback contact and the enforcement procedure', async () => {
    const page = await newPage();
    await visit(page, '/barrierefreiheit');
    expect(await page.getByTestId('compliance-status').innerText()).toBe(de.accessibility.status);
    const contact = page.getByRole('link', { name: 'barrierefreiheit@demo.example' });
    expect(await contact.getAttribute('href')).toBe('mailto:barrierefreiheit@demo.example');
    expect(await page.getByRole('heading', { name: de.accessibility.enforcementTitle }).count()).toBe(1);
  });

  it.each(['/impressum', '/datenschutz'])('%s says it belongs to a demo installation', async (path) => {
    const page = await newPage();
    await visit(page, path);
    expect(await page.locator('main .notice').innerText()).toMatch(/Demo-Installation/);
  });
});

describe('unknown addresses', () => {
  it('shows an accessible 404 page with a way back', async () => {
    const page = await newPage();
    await visit(page, '/gibt-es-nicht');
    expect(await page.locator('main h1').innerText()).toBe(de.notFound.title);
    expect(await page.title()).toBe(`${de.notFound.title} – Lotse`);
    expect(await page.getByRole('link', { name: de.notFound.back }).getAttribute('href')).toBe('/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('skip link', () => {
  it('is the first stop of the keyboard and moves focus to the main content', async () => {
    const page = await newPage();
    await visit(page, '/barrierefreiheit'); // has a link in its content

    await page.keyboard.press('Tab');
    const skipLink = await focusedElement(page);
    expect(skipLink.text).toBe(de.layout.skipLink);
    // Hidden until focused, then visible on screen.
    const box = await page.locator('kol-skip-nav').getByRole('link', { name: de.layout.skipLink }).boundingBox();
    expect(box && box.width > 20 && box.height > 10).toBe(true);

    await page.keyboard.press('Enter');
    expect((await focusedElement(page)).id).toBe('main');
    // The next Tab lands inside the main content, past the header.
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).isInMain).toBe(true);
  });

  it('is not visible until it is focused', async () => {
    const page = await newPage();
    await visit(page, '/impressum');
    const box = await page.locator('kol-skip-nav').boundingBox();
    expect(box === null || box.width <= 1 || box.height <= 1).toBe(true);
  });
});
