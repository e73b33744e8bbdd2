import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import learningDe from '../../src/web/i18n/de/learning.json';
import { loadLearningSeed, type CourseSeed } from '../../src/server/learning/course-files';
import { axeOnPage, screenshots, signIn, textOf } from './cases-steps';
import { focusedElement, visit, waitForPage, useBrowserSession } from './support/browser';

const session = useBrowserSession({ expected: /status of 400/ });
const newPage = () => session.newPage();

let course: CourseSeed;
const courseSlug = 'digitales-arbeiten';
/** A demo case worker who has not learnt anything yet in this fresh database. */
const learner = { email: 'caseworker@demo.example', name: 'Carla Kranich' };
let code = '';

beforeAll(async () => {
  const seed = await loadLearningSeed();
  const found = seed.courses.find((candidate) => candidate.slug === courseSlug);
  if (!found) throw new Error(`seed/learning has no course ${courseSlug}`);
  course = found;
});

const heading = (page: Page) => page.locator('main h1').first().innerText();

/** Chooses the correct options of every question, as a person would: radios and checkboxes by their text. */
async function answerCorrectly(page: Page): Promise<void> {
  for (const question of course.questions) {
    const item = page.locator(`[data-question-id="${question.id}"]`);
    for (const option of question.options.filter((candidate) => candidate.isCorrect)) {
      const role = question.kind === 'single' ? 'radio' : 'checkbox';
      await item.getByRole(role, { name: option.text, exact: true }).check();
    }
  }
}

describe('a new case worker completes a course and gets a certificate whose code verifies', () => {
  it('finds the courses from the header and the start page; the catalogue shows areas and progress', async () => {
    const page = await newPage();
    await signIn(page, learner.email);
    const card = page.locator('[data-area="learning"]');
    expect(await card.getByRole('link', { name: learningDe.nav.openCatalogue }).getAttribute('href')).toBe('/lernen');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: learningDe.nav.learning }).click();
    await page.waitForURL((url) => url.pathname === '/lernen');
    await waitForPage(page);
    await page.locator('[data-course-id]').first().waitFor();
    expect(await heading(page)).toBe(learningDe.catalogue.title);
    for (const area of ['basiswissen', 'digitales-arbeiten', 'fachkraefteeinwanderung'] as const) {
      expect(await page.locator(`section[data-area="${area}"] h2`).innerText()).toBe(learningDe.areas[area]);
    }
    const item = page.locator(`[data-course-id="${courseSlug}"]`);
    expect(await item.innerText()).toContain(learningDe.progress.notStarted);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'learning-catalogue');
  });

  it('works through every lesson with "mark as done and continue" (the first by keyboard)', async () => {
    const page = await newPage();
    await signIn(page, learner.email);
    await visit(page, `/lernen/kurse/${courseSlug}`);
    await page.getByTestId('lesson-list').waitFor();
    expect(await heading(page)).toBe(course.title);
    expect(await page.locator('[data-lesson-id]').count()).toBe(course.lessons.length);
    await page.getByRole('link', { name: learningDe.course.start }).click();

    for (const [index, lesson] of course.lessons.entries()) {
      await page.waitForURL((url) => url.pathname === `/lernen/kurse/${courseSlug}/lektionen/${lesson.slug}`);
      await expect.poll(() => heading(page)).toBe(lesson.title);
      expect(await page.locator('.lesson__position').innerText()).toContain(`Lektion ${index + 1} von ${course.lessons.length}`);
      if (index === 0) {
        expect(await page.getByTestId('lesson-body').locator('script').count()).toBe(0);
        expect(await axeOnPage(page)).toEqual([]);
        await screenshots(page, 'learning-lesson');
        // Keyboard: Tab to the button and press Enter.
        let focused = await focusedElement(page);
        for (let presses = 0; presses < 60 && focused.text !== learningDe.lesson.complete; presses += 1) {
          await page.keyboard.press('Tab');
          focused = await focusedElement(page);
        }
        expect(focused).toMatchObject({ tag: 'button', text: learningDe.lesson.complete, isInMain: true });
        await page.keyboard.press('Enter');
      } else {
        await page.getByTestId('lesson-complete').getByRole('button').click();
      }
    }
    await page.waitForURL((url) => url.pathname === `/lernen/kurse/${courseSlug}/quiz`);
    await visit(page, `/lernen/kurse/${courseSlug}`);
    await page.getByTestId('lesson-list').waitFor();
    expect(await page.locator('[data-lesson-id][data-done="true"]').count()).toBe(course.lessons.length);
    expect(await page.getByTestId('course-certificate').innerText()).toContain(learningDe.course.certificateMissing);
    await screenshots(page, 'learning-course');
  });

  it('fails the quiz with wrong answers, then passes it and downloads the certificate PDF', async () => {
    const page = await newPage();
    await signIn(page, learner.email);
    await visit(page, `/lernen/kurse/${courseSlug}/quiz`);
    await page.getByTestId('quiz-form').waitFor();
    expect(await page.locator('[data-question-id]').count()).toBe(course.questions.length);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'learning-quiz');

    // Nothing chosen: every question counts as wrong.
    await page.getByTestId('quiz-submit').getByRole('button').click();
    await page.getByTestId('quiz-result').waitFor();
    expect(await page.getByTestId('quiz-result').getAttribute('data-passed')).toBe('false');
    await expect.poll(() => page.getByTestId('quiz-summary').innerText()).toContain(`0 von ${course.questions.length}`);
    expect(await page.locator('.quiz-answer__explanation').count()).toBe(course.questions.length);
    expect(await axeOnPage(page)).toEqual([]);

    await page.getByTestId('quiz-retry').getByRole('button').click();
    await page.getByTestId('quiz-form').waitFor();
    await answerCorrectly(page);
    await page.getByTestId('quiz-submit').getByRole('button').click();
    await expect.poll(() => page.getByTestId('quiz-result').getAttribute('data-passed')).toBe('true');
    await expect.poll(() => page.getByTestId('quiz-summary').innerText()).toContain(`${course.questions.length} von ${course.questions.length}`);
    const codeText = await textOf(page, 'certificate-code');
    code = /[0-9A-Z]{4}(-[0-9A-Z]{4}){3}/.exec(codeText)?.[0] ?? '';
    expect(code).not.toBe('');
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'learning-quiz-result');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('certificate-download').getByRole('link').click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'lotse-e2e-cert-')), 'certificate.pdf');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe(`zertifikat-${courseSlug}-${code}.pdf`);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(code);
    expect(text).toContain(learner.name);
    expect(text).toContain(course.title);
  });

  it('lists the certificate and the onboarding path under "my learning"', async () => {
    const page = await newPage();
    await signIn(page, learner.email);
    await visit(page, '/lernen/mein-lernen');
    await page.getByTestId('my-certificates').locator(`[data-code="${code}"]`).waitFor();
    expect(await page.getByTestId('onboarding-path').first().getAttribute('data-role')).toBe('caseworker');
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'learning-mine');
  });

  it('verifies the code on the public page, signed out, typed in lower case without hyphens', async () => {
    const page = await newPage();
    await visit(page, '/zertifikat');
    expect(await heading(page)).toBe(learningDe.verify.title);
    expect(await axeOnPage(page)).toEqual([]);
    await page.locator('[data-field="code"] input').fill(code.toLowerCase().replace(/-/g, ''));
    await page.getByTestId('verify-submit').getByRole('button').click();
    await page.waitForURL((url) => url.pathname.startsWith('/zertifikat/'));
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-status')).toBe('valid');
    // KoliBri shows the alert's content once the component has hydrated.
    await expect.poll(() => page.getByTestId('verify-holder').innerText()).toBe(learner.name);
    await expect.poll(() => page.getByTestId('verify-course').innerText()).toBe(course.title);
    expect(await axeOnPage(page)).toEqual([]);

    // The address printed on the certificate opens the answer directly.
    await visit(page, `/zertifikat/${code}`);
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-status')).toBe('valid');

    await visit(page, '/zertifikat/0000-0000-0000-0000');
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-status')).toBe('unknown');
    await expect.poll(() => page.getByTestId('verify-result').innerText()).toContain(learningDe.verify.unknown);
    await visit(page, '/zertifikat/ABCD');
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-status')).toBe('invalid');
    expect(await axeOnPage(page)).toEqual([]);
  });
});
