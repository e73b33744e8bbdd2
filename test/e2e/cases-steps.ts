import type { Page } from 'playwright-core';
import { emptyAnswers, type Answers } from '../../src/web/features/wegweiser/answers';
import { encodeAnswers } from '../../src/web/features/wegweiser/permalink';
import { axeViolations, signInWithForm, visit, waitForPage } from './support/browser';

/** Helpers for the case browser tests (cases*.test.ts). */

/** An Indian graduate (comparable degree) with a 60,000 € offer: the EU Blue Card is open. */
export function blueCardPermalink(): string {
  const answers: Answers = {
    ...emptyAnswers('2026-06-15'),
    citizenship: 'IND',
    ageMode: 'birthDate',
    birthDate: '1995-04-12',
    location: 'abroad',
    qualificationType: 'academic',
    germanRecognition: 'comparable',
    hasJobOffer: 'yes',
    salary: 60_000,
    english: 'C1',
    evaluationDate: '2026-06-15',
  };
  return `/wegweiser${encodeAnswers(answers)}`;
}

export async function signIn(page: Page, email: string): Promise<void> {
  await visit(page, '/anmelden');
  await signInWithForm(page, email, 'demo');
  await page.waitForURL((url) => url.pathname === '/');
  await waitForPage(page);
}

/** The KoliBri control with `data-field` inside an optional scope (a form's test id). */
const field = (page: Page, name: string, scope?: string) => (scope ? page.getByTestId(scope) : page).locator(`[data-field="${name}"]`);

export const fill = (page: Page, name: string, value: string, scope?: string) => field(page, name, scope).locator('input').fill(value);
export const fillText = (page: Page, name: string, value: string, scope?: string) => field(page, name, scope).locator('textarea').fill(value);
export const choose = (page: Page, name: string, label: string, scope?: string) => field(page, name, scope).locator('select').selectOption({ label });
/** The label of the chosen option (KoliBri's native options carry its own internal values). */
export const selected = (page: Page, name: string, scope?: string) =>
  field(page, name, scope)
    .locator('select')
    .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim() ?? '');
export const press = (page: Page, testId: string) => page.getByTestId(testId).getByRole('button').click();

/** The text of a test id's element once it is not empty. */
export async function textOf(page: Page, testId: string): Promise<string> {
  const element = page.getByTestId(testId);
  await page.waitForFunction((id) => (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').trim() !== '', testId);
  return (await element.innerText()).trim();
}

/** The element that has focus, through shadow roots: its text and the nearest data-testid. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** axe on the page once KoliBri's lazily loaded components have rendered. */
export async function axeOnPage(page: Page): Promise<string[]> {
  await page.waitForFunction(() => [...document.querySelectorAll('main *')].every((node) => !node.tagName.startsWith('KOL-') || node.classList.contains('hydrated')));
  // The page at rest: the pointer outside the content (after a click or a resize it may sit on a
  // KoliBri button, which Chromium switches into its hover colours at some later frame — axe
  // then reads the text in one state and the background in the other), and colour transitions
  // over, in the document and in every component's shadow root.
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    return roots.every((root) => root.getAnimations().every((animation) => animation.playState !== 'running'));
  });
  return axeViolations(page);
}

/** Sideways scrolling of the whole page (tables scroll inside their own region). */
export const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Pictures at 1280 and 375 px when LOTSE_SCREENSHOTS names a directory: the whole page, and
 * the page in screen-high parts (a long page shrunk to one picture is too small to review).
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  const directory = process.env.LOTSE_SCREENSHOTS;
  if (!directory) return;
  for (const width of [1280, 375]) {
    const height = width === 375 ? 812 : 900;
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${directory}/lotse-${name}-${width}.png`, fullPage: true });
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let part = 0; part * height < total; part += 1) {
      const clip = { x: 0, y: part * height, width, height: Math.min(height, total - part * height) };
      await page.screenshot({ path: `${directory}/parts/lotse-${name}-${width}-${part + 1}.png`, fullPage: true, clip });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
