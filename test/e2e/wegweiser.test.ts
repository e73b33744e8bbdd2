import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de.json';
import { startAppServer } from '../support/app-server';
import { launchBrowser, openPage, signInWithForm, unexpectedProblems, visit, type TestBrowser, type TestPage } from './support/browser';
import {
  axeOnView,
  chooseByTyping,
  chooseRadio,
  expectStep,
  focus,
  next,
  tabTo,
  typeDate,
  typeInto,
} from './wegweiser-keyboard';

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

async function newPage(viewport?: { width: number; height: number }): Promise<Page> {
  const opened = await openPage(chromium.browser, server.url, viewport);
  pages.push(opened);
  return opened.page;
}

/**
 * LOTSE_SCREENSHOTS=/some/dir keeps pictures of a view at 1280 and 375 px for a human look,
 * long pages in parts of 1,600 px.
 */
async function screenshot(page: Page, name: string): Promise<void> {
  const directory = process.env.LOTSE_SCREENSHOTS;
  if (!directory) return;
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let part = 0; part * 1600 < height; part += 1) {
      const clip = { x: 0, y: part * 1600, width, height: Math.min(1600, height - part * 1600) };
      await page.screenshot({ path: `${directory}/wegweiser-${name}-${width}-${part + 1}.png`, fullPage: true, clip });
    }
  }
  await page.setViewportSize(size);
}

/** The label of the chosen option of a select field (KoliBri's option values are internal keys). */
const selectedLabel = (page: Page, field: string) =>
  page.locator(`[data-field="${field}"] select`).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim());

const open = (page: Page, titleId: string) => page.locator(`[data-testid="titles-open"] [data-title-id="${titleId}"]`);

describe('Wegweiser in German, with the keyboard alone', () => {
  it('finds the Blue Card for a graduate with a 60,000 € offer; back and forward keep the answers', async () => {
    const page = await newPage();
    await visit(page, '/wegweiser');
    expect(await page.title()).toBe(`${de.wegweiser.steps.about} – ${de.wegweiser.title} – Lotse`);
    expect(await page.getByTestId('wegweiser-progress').innerText()).toBe('Schritt 1 von 7');
    expect(await axeOnView(page)).toEqual([]);

    // Step 1 without answers: the errors are listed, focused and next to the fields.
    await next(page);
    await page.getByTestId('wegweiser-error-summary').waitFor();
    expect((await focus(page)).testId).toBe('wegweiser-error-summary');
    expect(await page.getByTestId('wegweiser-error-summary').innerText()).toContain(de.wegweiser.errors.required);
    expect(await page.locator('[data-field="location"]').getByText(de.wegweiser.errors.required).count()).toBe(1);
    expect(await axeOnView(page)).toEqual([]);
    await screenshot(page, 'step-1-errors');

    // Step 1: India, 30 years, abroad.
    await chooseByTyping(page, 'citizenship', 'Indien');
    await typeInto(page, 'age', '30');
    await chooseRadio(page, 'location', 0);
    await next(page);
    await expectStep(page, 'qualification', de.wegweiser.steps.qualification);
    expect(await page.getByTestId('wegweiser-progress').innerText()).toBe('Schritt 2 von 7');
    expect(await page.locator('progress').getAttribute('value')).toBe('2');

    // Step 2: a degree from abroad, comparable, in IT.
    await chooseRadio(page, 'qualificationType', 0);
    await chooseByTyping(page, 'germanRecognition', 'Vergleichbar');
    await chooseByTyping(page, 'occupation', 'Informatik');
    expect(await axeOnView(page)).toEqual([]);
    await screenshot(page, 'step-2');
    await next(page);
    await expectStep(page, 'job', de.wegweiser.steps.job);

    // Back keeps the answers of step 2; forward keeps those of step 3.
    await chooseRadio(page, 'hasJobOffer', 0);
    await tabTo(page, { testId: 'wegweiser-back' });
    await page.keyboard.press('Enter');
    await expectStep(page, 'qualification', de.wegweiser.steps.qualification);
    expect(await selectedLabel(page, 'germanRecognition')).toBe(de.wegweiser.recognition.comparable);
    expect(await selectedLabel(page, 'occupation')).toBe(de.wegweiser.occupations.ict);
    await next(page);
    await expectStep(page, 'job', de.wegweiser.steps.job);
    expect(await page.locator('[data-field="hasJobOffer"] input:checked').count()).toBe(1);

    // Step 3: 60,000 € a year, permanent contract.
    await typeInto(page, 'salary', '60000');
    await page.keyboard.press('Shift+Tab'); // back to the answer above, and forward again
    expect((await focus(page)).field).toBe('hasJobOffer');
    await page.keyboard.press('Tab');
    expect((await focus(page)).field).toBe('salary');
    expect(await axeOnView(page)).toEqual([]);
    await screenshot(page, 'step-3');
    await next(page);
    // "Where?" is optional (wegweiser-place-family.test.ts answers it).
    await expectStep(page, 'place', de.wegweiser.steps.place);
    await next(page);
    await expectStep(page, 'experience', de.wegweiser.steps.experience);

    // Step 5: five years of experience, English C1.
    await typeInto(page, 'experienceYears', '5');
    await chooseByTyping(page, 'english', 'C1');
    expect(await axeOnView(page)).toEqual([]);
    await screenshot(page, 'step-4');
    await next(page);
    await expectStep(page, 'more', de.wegweiser.steps.more);

    // Step 6: no Westbalkan questions for India; the law of 15 June 2026.
    expect(await page.getByTestId('westbalkan-questions').count()).toBe(0);
    await typeDate(page, 'evaluationDate', '2026-06-15');
    expect(await axeOnView(page)).toEqual([]);
    await screenshot(page, 'step-5');
    await next(page);
    // "Family" is optional as well.
    await expectStep(page, 'family', de.wegweiser.steps.family);
    await next(page);
    await expectStep(page, 'result', de.wegweiser.result.title);

    expect(await open(page, '18g_standard').count()).toBe(1);
    expect(await open(page, '18g_standard').innerText()).toContain('§18g Abs. 1 Satz 1 AufenthG');
    expect(await open(page, '18g_standard').innerText()).toContain(de.wegweiser.result.noBaApproval);
    expect(await open(page, '18g_standard').locator('[data-status="met"]').first().innerText()).toContain(de.wegweiser.result.status.met);
    expect(await page.getByTestId('wegweiser-summary').innerText()).toContain('15. Juni 2026');
    expect(await page.getByTestId('chancenkarte').locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('checklist').locator('li').count()).toBeGreaterThan(2);
    expect(page.url()).toMatch(/\/wegweiser#p=[\w-]+$/);
    expect(await axeOnView(page)).toEqual([]);
    await screenshot(page, 'result');

    // Reflows on a phone: nothing scrolls sideways but the points table inside its own region.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
});

describe('ways into the Wegweiser', () => {
  it('is linked from the header and the sign-in page without signing in', async () => {
    const page = await newPage();
    await visit(page, '/anmelden');
    expect(await page.locator('nav.site-nav').getByRole('link', { name: de.layout.wegweiser, exact: true }).count()).toBe(1);
    await tabTo(page, { text: de.signIn.wegweiser });
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/wegweiser`);
    await page.locator('[data-step="about"]').waitFor();
    expect(await page.locator('main h1').innerText()).toBe(de.wegweiser.title);
  });

  it('is a link on the start page card and in the header when signed in', async () => {
    const page = await newPage();
    await visit(page, '/anmelden');
    await signInWithForm(page, 'applicant@demo.example', 'demo');
    await page.waitForURL(`${server.url}/`);
    const card = page.locator('[data-area="wegweiser"]');
    await card.getByRole('link', { name: de.start.openWegweiser }).waitFor();
    expect(await page.locator('nav.site-nav').getByRole('link', { name: de.layout.wegweiser, exact: true }).count()).toBe(1);
    await card.getByRole('link', { name: de.start.openWegweiser }).click();
    await page.waitForURL(`${server.url}/wegweiser`);
    await page.locator('[data-step="about"]').waitFor();
  });
});
