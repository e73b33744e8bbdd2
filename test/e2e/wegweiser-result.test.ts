import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de.json';
import en from '../../src/web/i18n/en.json';
import { startAppServer } from '../support/app-server';
import { launchBrowser, openPage, unexpectedProblems, visit, waitForPage, type TestBrowser, type TestPage } from './support/browser';
import { emptyAnswers } from '../../src/web/features/wegweiser/answers';
import { encodeAnswers } from '../../src/web/features/wegweiser/permalink';
import { axeOnView, expectStep } from './wegweiser-keyboard';

let server: { url: string; close(): Promise<void> };
let chromium: TestBrowser;
const pages: TestPage[] = [];
/** Console lines a test provokes on purpose (e.g. a simulated 400), removed before the check. */
let expectedProblems: RegExp | null = null;

beforeAll(async () => {
  server = await startAppServer();
  chromium = await launchBrowser();
});

afterEach(async () => {
  for (const page of pages.splice(0)) {
    const problems = unexpectedProblems(page.problems).filter((problem) => !expectedProblems?.test(problem));
    expect(problems).toEqual([]);
    await page.close();
  }
  expectedProblems = null;
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function newPage(): Promise<Page> {
  const opened = await openPage(chromium.browser, server.url);
  pages.push(opened);
  return opened.page;
}

// Quick answers for the tests that are not about the keyboard (that is wegweiser.test.ts).
const select = (page: Page, field: string, label: string) => page.locator(`[data-field="${field}"] select`).selectOption({ label });
const fill = (page: Page, field: string, value: string) => page.locator(`[data-field="${field}"] input`).fill(value);
const radio = (page: Page, field: string, label: string) => page.locator(`[data-field="${field}"]`).getByLabel(label, { exact: true }).check();
const next = (page: Page) => page.getByTestId('wegweiser-next').getByRole('button').click();

/** An Indian graduate (comparable degree, no occupation given) with a 49,500 € offer, up to the last step (family, left empty). */
async function answerUpToLastStep(page: Page, texts: typeof en) {
  await select(page, 'citizenship', texts === en ? 'India' : 'Indien');
  await fill(page, 'age', '30');
  await radio(page, 'location', texts.wegweiser.fields.locationAbroad);
  await next(page);
  await expectStep(page, 'qualification', texts.wegweiser.steps.qualification);
  await radio(page, 'qualificationType', texts.wegweiser.fields.qualificationAcademic);
  await select(page, 'germanRecognition', texts.wegweiser.recognition.comparable);
  await next(page);
  await expectStep(page, 'job', texts.wegweiser.steps.job);
  await radio(page, 'hasJobOffer', texts.wegweiser.choice.yes);
  await fill(page, 'salary', '49500');
  await next(page);
  await expectStep(page, 'place', texts.wegweiser.steps.place);
  await next(page);
  await expectStep(page, 'experience', texts.wegweiser.steps.experience);
  await select(page, 'english', texts.wegweiser.levels.C1);
  await next(page);
  await expectStep(page, 'more', texts.wegweiser.steps.more);
  await fill(page, 'evaluationDate', '2026-06-15');
  await next(page);
  await expectStep(page, 'family', texts.wegweiser.steps.family);
}

async function answerJustBelowBlueCard(page: Page, texts: typeof en) {
  await answerUpToLastStep(page, texts);
  await next(page);
  await expectStep(page, 'result', texts.wegweiser.result.title);
}

const titleIds = (page: Page, group: string) =>
  page.locator(`[data-testid="titles-${group}"] [data-title-id]`).evaluateAll((cards) => cards.map((card) => card.getAttribute('data-title-id')));

describe('Wegweiser in English', () => {
  it('names what is missing just below the Blue Card threshold, downloads the PDF and restores from the link', async () => {
    const page = await newPage();
    await visit(page, '/wegweiser');
    await select(page, 'citizenship', 'Indien');
    await fill(page, 'age', '30');
    await radio(page, 'location', de.wegweiser.fields.locationAbroad);
    await next(page);
    await expectStep(page, 'qualification', de.wegweiser.steps.qualification);

    // Switching the language reloads the page; the answers and the step survive (in the fragment).
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await waitForPage(page);
    expect(await page.locator('main h1').innerText()).toBe(en.wegweiser.title);
    await page.locator('[data-step="qualification"]').waitFor();
    await page.getByTestId('wegweiser-back').getByRole('button').click();
    await expectStep(page, 'about', en.wegweiser.steps.about);
    expect(await page.locator('[data-field="citizenship"] select').evaluate((field: HTMLSelectElement) => field.selectedOptions[0]?.textContent)).toBe('India');
    expect(await page.locator('[data-field="age"] input').inputValue()).toBe('30');

    await answerJustBelowBlueCard(page, en);
    expect(await titleIds(page, 'open')).toContain('18b');
    expect(await titleIds(page, 'open')).not.toContain('18g_standard');
    const blueCard = page.locator('[data-testid="titles-closed"] [data-title-id="18g_standard"]');
    expect(await blueCard.getByTestId('near-miss').innerText()).toBe('With €1,200 more gross annual salary, the path “EU Blue Card” would be open.');
    expect(await blueCard.locator('[data-status="not_met"]').first().innerText()).toContain(en.wegweiser.result.status.notMet);
    // The explanations come in the interface language.
    expect(await blueCard.locator('[data-condition="salary_blue_card_standard"]').first().innerText()).toContain('below the minimum');

    const points = page.getByTestId('chancenkarte');
    expect(await points.locator('caption').innerText()).toBe(en.wegweiser.result.chancenkarte.caption);
    expect(await points.locator('[data-criterion="english_c1"] td').last().innerText()).toBe('1');
    expect(await points.getByTestId('chancenkarte-total').innerText()).toMatch(/^\d+ \/ 6$/);
    expect(await page.getByTestId('checklist').locator('[data-document="passport"]').count()).toBe(1);
    expect(await axeOnView(page)).toEqual([]);

    // The PDF, in the interface language.
    const [download, response] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForResponse('**/api/v1/pathways/report'),
      page.getByTestId('wegweiser-pdf').getByRole('button').click(),
    ]);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.request().postDataJSON()).toMatchObject({ language: 'en', profile: { citizenship: 'IND' } });
    // The PDF prints the permalink: the page sends it as a path, the server adds its own address.
    const sentLink = new URL(page.url());
    expect(response.request().postDataJSON().permalink).toBe(`${sentLink.pathname}${sentLink.hash}`);
    expect(download.suggestedFilename()).toBe('wegweiser-2026-06-15.pdf');
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect.poll(() => page.getByTestId('wegweiser-action-status').innerText()).toBe(en.wegweiser.result.actions.pdfSaved);

    // The permalink restores the same result in a fresh browser (in its own language, German).
    const permalink = await page.getByTestId('wegweiser-permalink').locator('input').inputValue();
    expect(permalink).toBe(page.url());
    const fresh = await newPage();
    await fresh.goto(permalink);
    await fresh.getByTestId('wegweiser-result').waitFor();
    expect(await titleIds(fresh, 'open')).toEqual(await titleIds(page, 'open'));
    expect(await fresh.locator('[data-title-id="18g_standard"]').getByTestId('near-miss').innerText()).toBe(
      'Mit 1.200\u00a0€ mehr Bruttojahresgehalt wäre der Weg „Blaue Karte EU“ offen.',
    );
    expect(await axeOnView(fresh)).toEqual([]);
    // Seven steps, a language switch, a PDF and a second browser: longer than the default minute on a busy machine.
  }, 150_000);
});

describe('Wegweiser errors', () => {
  it('shows a field error from the server (400) on the step of that field', async () => {
    const page = await newPage();
    await visit(page, '/wegweiser');
    await answerUpToLastStep(page, de);
    await page.route('**/api/v1/pathways/evaluate', (route) =>
      route.fulfill({
        status: 400,
        json: { error: { code: 'VALIDATION_FAILED', message: 'invalid', fields: { 'profile.job.annualGrossSalaryEur': 'must be exact to the cent' } } },
      }),
    );
    expectedProblems = /status of 400/;
    await next(page);
    await page.locator('[data-step="job"]').waitFor();
    const summary = page.getByTestId('wegweiser-error-summary');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('wegweiser-error-summary');
    expect(await summary.innerText()).toBe(`${de.wegweiser.problems.summaryTitle}\n${de.wegweiser.fields.salary}: ${de.wegweiser.errors.invalid}`);
    expect(await page.locator('[data-field="salary"]').getByText(de.wegweiser.errors.invalid).count()).toBe(1);
    expect(await axeOnView(page)).toEqual([]);

    // The link in the summary moves focus to the field.
    await summary.getByRole('link').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('salary');
  });

  it('opens the step of the date with the error when a link carries a date before the covered law', async () => {
    const answers = { ...emptyAnswers('2026-11-22'), citizenship: 'IND', age: 30, location: 'abroad' as const, qualificationType: 'none' as const };
    const page = await newPage();
    await page.goto(`/wegweiser${encodeAnswers({ ...answers, hasJobOffer: 'no', evaluationDate: '2023-12-31' })}`);
    await page.locator('[data-step="more"]').waitFor();
    const message = 'Bitte wählen Sie einen Tag ab dem 1. Juni 2024.';
    await expect.poll(() => page.locator('[data-field="evaluationDate"]').getByText(message).count()).toBe(1);
    expect(await page.getByTestId('wegweiser-error-summary').innerText()).toContain(message);
  });

  it('says so when a link carries no readable answers', async () => {
    const page = await newPage();
    await page.goto('/wegweiser#p=bm90IGpzb24');
    await page.getByTestId('wegweiser-problem').waitFor();
    expect(await page.getByTestId('wegweiser-problem').innerText()).toContain(de.wegweiser.problems.linkInvalid);
    expect(await page.locator('[data-step="about"]').count()).toBe(1);
    expect(await axeOnView(page)).toEqual([]);
  });
});
