import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../src/web/i18n/ar.json';
import arTitles from '../../src/web/i18n/ar/wegweiser-titles.json';
import arDocuments from '../../src/web/i18n/ar/wegweiser-documents.json';
import de from '../../src/web/i18n/de.json';
import deAbout from '../../src/web/i18n/de/about-lotse.json';
import { startAppServer } from '../support/app-server';
import { axeViolations, launchBrowser, unexpectedProblems, visit, waitForPage, type TestBrowser, type TestPage } from './support/browser';
import { axeOnView, expectStep } from './wegweiser-keyboard';

let server: { url: string; close(): Promise<void> };
let chromium: TestBrowser;
const pages: TestPage[] = [];

beforeAll(async () => {
  server = await startAppServer();
  chromium = await launchBrowser();
});

afterEach(async () => {
  for (const page of pages.splice(0)) {
    expect(unexpectedProblems(page.problems)).toEqual([]);
    await page.close();
  }
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** A page whose browser says it prefers the given language (navigator.languages). */
async function newPage(locale: string, width = 1280): Promise<Page> {
  const browser: Browser = chromium.browser;
  const context = await browser.newContext({ baseURL: server.url, viewport: { width, height: 900 }, locale });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  pages.push({ page, context, problems, close: () => context.close() });
  return page;
}

/** LOTSE_SCREENSHOTS=/some/dir keeps a full-page picture for a human look. */
async function screenshot(page: Page, name: string): Promise<void> {
  const directory = process.env.LOTSE_SCREENSHOTS;
  if (directory) await page.screenshot({ path: `${directory}/languages-${name}.png`, fullPage: true });
}

const documentLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const noSidewaysScrolling = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

const select = (page: Page, field: string, label: string) => page.locator(`[data-field="${field}"] select`).selectOption({ label });
const fill = (page: Page, field: string, value: string) => page.locator(`[data-field="${field}"] input`).fill(value);
const radio = (page: Page, field: string, label: string) => page.locator(`[data-field="${field}"]`).getByLabel(label, { exact: true }).check();
const next = (page: Page) => page.getByTestId('wegweiser-next').getByRole('button').click();

describe('first visit with an Arabic browser', () => {
  it('shows the start (sign-in) page and the Wegweiser in Arabic, right to left', async () => {
    const page = await newPage('ar');
    await visit(page, '/');
    await page.waitForURL(`${server.url}/anmelden`);
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expect.poll(() => page.locator('main h1').innerText()).toBe(ar.signIn.title);
    // The switcher names every language in itself, each with its own lang.
    expect(await page.getByTestId('language-current-ar').innerText()).toBe('العربية');
    expect(await page.locator('.language-switch li[lang]').evaluateAll((items) => items.map((item) => item.getAttribute('lang')))).toEqual(['de', 'en', 'ar', 'tr', 'uk', 'fr']);
    expect(await page.getByTestId('entry-page-links').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'ar-sign-in-1280');

    await visit(page, '/wegweiser');
    await expect.poll(() => page.locator('main h1').innerText()).toBe(ar.wegweiser.title);
    expect(await page.getByTestId('wegweiser-progress').innerText()).toBe('الخطوة 1 من 7');
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await axeOnView(page)).toEqual([]);
  });

  it('finishes the Wegweiser in Arabic at 390 px: Arabic names, English explanations marked lang="en"', async () => {
    const page = await newPage('ar-SY', 390);
    await visit(page, '/wegweiser');
    await select(page, 'citizenship', 'الهند');
    await fill(page, 'age', '30');
    await radio(page, 'location', ar.wegweiser.fields.locationAbroad);
    await next(page);
    await expectStep(page, 'qualification', ar.wegweiser.steps.qualification);
    await radio(page, 'qualificationType', ar.wegweiser.fields.qualificationAcademic);
    await select(page, 'germanRecognition', ar.wegweiser.recognition.comparable);
    expect(await noSidewaysScrolling(page)).toBe(true);
    await screenshot(page, 'ar-wegweiser-step-2-390');
    await next(page);
    await expectStep(page, 'job', ar.wegweiser.steps.job);
    await radio(page, 'hasJobOffer', ar.wegweiser.choice.yes);
    await fill(page, 'salary', '60000');
    await next(page);
    await expectStep(page, 'place', ar.wegweiser.steps.place);
    await next(page);
    await expectStep(page, 'experience', ar.wegweiser.steps.experience);
    await select(page, 'english', ar.wegweiser.levels.C1);
    await next(page);
    await expectStep(page, 'more', ar.wegweiser.steps.more);
    await fill(page, 'evaluationDate', '2026-06-15');
    await next(page);
    await expectStep(page, 'family', ar.wegweiser.steps.family);
    await next(page);
    await expectStep(page, 'result', ar.wegweiser.result.title);

    // Dates in Arabic with Latin digits.
    expect(await page.getByTestId('wegweiser-summary').innerText()).toContain('15 يونيو 2026');
    const blueCard = page.locator('[data-testid="titles-open"] [data-title-id="18g_standard"]');
    expect(await blueCard.locator('h4').innerText()).toBe(arTitles['18g_standard']);
    const explanation = blueCard.locator('[data-condition] .condition__body span[lang="en"]').first();
    expect(await explanation.getAttribute('dir')).toBe('ltr');
    expect(await blueCard.locator('[data-condition]').first().innerText()).toContain(ar.wegweiser.result.status.met);
    expect(await page.getByTestId('checklist').locator('[data-document="passport"]').innerText()).toBe(arDocuments.passport);
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await noSidewaysScrolling(page)).toBe(true);
    expect(await axeOnView(page)).toEqual([]);
    await screenshot(page, 'ar-wegweiser-result-390');
  });
});

describe('choosing a language', () => {
  it('remembers the choice over the browser language', async () => {
    const page = await newPage('ar');
    await visit(page, '/wegweiser');
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByTestId('language-de').getByRole('button').click();
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await waitForPage(page);
    expect(await documentLanguage(page)).toEqual({ lang: 'de', dir: 'ltr' });
    expect(await page.locator('main h1').innerText()).toBe(de.wegweiser.title);
    expect(await page.evaluate(() => window.localStorage.getItem('lotse.lang'))).toBe('de');

    await visit(page, '/anmelden');
    expect(await documentLanguage(page)).toEqual({ lang: 'de', dir: 'ltr' });
    await page.getByTestId('language-tr').getByRole('button').click();
    await page.waitForFunction(() => document.documentElement.lang === 'tr');
    await waitForPage(page);
    expect(await documentLanguage(page)).toEqual({ lang: 'tr', dir: 'ltr' });
  });

  it('starts in German when the browser language is not offered', async () => {
    const page = await newPage('es-ES');
    await visit(page, '/anmelden');
    expect(await documentLanguage(page)).toEqual({ lang: 'de', dir: 'ltr' });
  });
});

describe('BITV 2.0 entry pages', () => {
  it.each([1280, 390])('/leichte-sprache and /ueber-lotse are reachable from the footer and pass axe at %i px', async (width) => {
    const page = await newPage('de-DE', width);
    await visit(page, '/anmelden');
    await page.locator('.site-footer').getByRole('link', { name: de.layout.easyLanguage }).click();
    await page.waitForURL(`${server.url}/leichte-sprache`);
    await waitForPage(page);
    expect(await page.locator('main h1').innerText()).toBe('Lotse in Leichter Sprache');
    expect(await page.getByTestId('dgs-placeholder').count()).toBe(1);
    expect(await noSidewaysScrolling(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `leichte-sprache-${width}`);

    await page.locator('.site-footer').getByRole('link', { name: de.layout.aboutLotse }).click();
    await page.waitForURL(`${server.url}/ueber-lotse`);
    await waitForPage(page);
    expect(await page.locator('main h1').innerText()).toBe(deAbout.title);
    expect(await page.getByTestId('dgs-placeholder').innerText()).toContain(deAbout.signLanguage.missing);
    expect(await noSidewaysScrolling(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `ueber-lotse-${width}`);
  });

  it('keeps Leichte Sprache German (lang="de") in Arabic and shows /ueber-lotse in English there, marked as such', async () => {
    const page = await newPage('ar', 390);
    await visit(page, '/leichte-sprache');
    expect(await page.getByTestId('easy-language').getAttribute('lang')).toBe('de');
    expect(await axeViolations(page)).toEqual([]);
    await visit(page, '/ueber-lotse');
    expect(await page.getByTestId('about-lotse').getAttribute('lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'ar-ueber-lotse-390');
  });

  it('the accessibility statement lists the languages and says the DGS video is missing', async () => {
    const page = await newPage('de-DE');
    await visit(page, '/barrierefreiheit');
    expect(await page.getByTestId('accessibility-languages').innerText()).toBe(de.accessibility.languages);
    expect(await page.getByTestId('sign-language-missing').innerText()).toContain('Gebärdensprache (DGS) fehlt noch');
  });
});
