import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import deEmployer from '../../src/web/i18n/de/employer.json';
import enEmployer from '../../src/web/i18n/en/employer.json';
import { axeOnPage, choose, fill, sidewaysOverflow, signIn } from './cases-steps';
import { useBrowserSession, visit, waitForPage } from './support/browser';

const session = useBrowserSession();

async function newPage(language: 'de' | 'en'): Promise<Page> {
  const page = await session.newPage();
  await page.context().addInitScript((lang) => window.localStorage.setItem('lotse.lang', lang), language);
  return page;
}

/** axe at 1280 and 390 px, and no sideways scrolling at 390 px. */
async function checkBothWidths(page: Page): Promise<void> {
  expect(await axeOnPage(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await axeOnPage(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBe(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function screenshot(page: Page, name: string): Promise<void> {
  const directory = process.env.LOTSE_SCREENSHOTS;
  if (!directory) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: `${directory}/employer-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const form = 'employer-request-form';

/** Types a name into the place field and chooses the suggestion with that name. */
async function choosePlace(page: Page, typed: string, name: string): Promise<void> {
  const input = page.getByTestId(form).locator('input[role="combobox"]');
  await input.fill(typed);
  await page.getByTestId(form).locator('li[role="option"]').filter({ hasText: name }).first().click();
  await expect.poll(() => input.inputValue()).toBe(name);
}

/** Fills the §81a request for Chidi Eze, a nurse, with the place of work `place`. */
async function fillRequest(page: Page, catalogue: typeof deEmployer, place: [typed: string, name: string], country: string): Promise<void> {
  await fill(page, 'givenName', 'Chidi', form);
  await fill(page, 'familyName', 'Eze', form);
  await fill(page, 'birthDate', '1991-05-04', form);
  await choose(page, 'citizenship', country, form);
  await fill(page, 'occupationQuery', catalogue === deEmployer ? 'pflege' : 'nurse', form);
  await choose(page, 'occupationId', catalogue === deEmployer ? 'Pflegefachfrau / Pflegefachmann' : 'Nurse', form);
  await fill(page, 'salary', '48000', form);
  await fill(page, 'startOn', '2099-03-01', form);
  await choosePlace(page, place[0], place[1]);
  await page.getByTestId(form).locator('[data-field="qualificationKind"]').getByText(catalogue.form.kinds.vocational).click();
  await choose(page, 'qualificationCountry', country, form);
}

/** As a signed-in case worker in the browser: records the §81a agreement and completes step 1. */
async function abhRecordsAgreement(page: Page, caseId: string): Promise<void> {
  const statuses = await page.evaluate(async (id) => {
    const csrf = document.cookie.split('; ').find((part) => part.startsWith('lotse_csrf='))?.split('=')[1] ?? '';
    const post = (path: string, body: object) =>
      fetch(path, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(body) }).then((response) => response.status);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    return [
      await post(`/api/v1/cases/${id}/accelerated-procedure`, { agreedOn: today }),
      await post(`/api/v1/cases/${id}/accelerated-procedure/steps/agreement/complete`, { completedOn: today }),
    ];
  }, caseId);
  expect(statuses).toEqual([201, 200]);
}

describe('the employer (/arbeitgeber)', () => {
  it('starts a §81a request for Ludwigshafen that arrives at ABH Ludwigshafen, then follows its steps (German)', async () => {
    const page = await newPage('de');
    await signIn(page, 'employer@demo.example');
    await visit(page, '/arbeitgeber');
    await waitForPage(page);
    expect(await page.locator('main h1').first().innerText()).toBe(deEmployer.title);
    await expect.poll(() => page.getByTestId('employer-hires-none').innerText()).toBe(deEmployer.hires.none);
    expect(await page.getByTestId('employer-guide-fee').innerText()).toMatch(/411\s€ \(§47 Abs\. 1 Nr\. 15 AufenthV\)/);
    expect(await page.getByTestId('employer-guide-agreement').locator('li').count()).toBe(8);
    await checkBothWidths(page);
    await screenshot(page, 'empty');

    await visit(page, '/arbeitgeber/81a/neu');
    await waitForPage(page);
    // Nothing filled in: the summary names the fields.
    await page.getByTestId('employer-request-submit').getByRole('button').click();
    await expect.poll(() => page.getByTestId('employer-request-error-summary').innerText()).toContain(deEmployer.form.givenName);
    await checkBothWidths(page);

    await fillRequest(page, deEmployer, ['Ludwigsh', 'Ludwigshafen am Rhein'], 'Nigeria');
    await page.getByTestId('employer-request-submit').getByRole('button').click();
    const dialog = page.getByTestId('employer-request-confirm');
    await expect.poll(() => dialog.locator('p').innerText()).toContain('Ludwigshafen am Rhein');
    expect(await dialog.locator('p').innerText()).toContain('Chidi Eze');
    expect(await axeOnPage(page)).toEqual([]);
    await screenshot(page, 'confirm');
    await dialog.getByTestId('employer-request-confirm-confirm').getByRole('button').click();

    await page.waitForURL((url) => url.pathname === '/arbeitgeber');
    await expect.poll(() => page.getByTestId('employer-created').innerText()).toContain('Ausländerbehörde Stadt Ludwigshafen am Rhein');
    const request = page.getByTestId('employer-request').first();
    expect(await request.innerText()).toContain('Chidi Eze');
    expect(await request.getByTestId('employer-request-waiting').innerText()).toBe(deEmployer.requests.waiting);
    await checkBothWidths(page);
    await screenshot(page, 'sent');
    const caseId = await page.evaluate(async () => ((await (await fetch('/api/v1/employer/requests')).json()) as { items: { caseId: string }[] }).items[0]?.caseId ?? '');

    // The case arrived at ABH Ludwigshafen: its case worker sees it with the task.
    const abh = await newPage('de');
    await signIn(abh, 'caseworker.lu@demo.example');
    await visit(abh, `/faelle/${caseId}`);
    await waitForPage(abh);
    await expect.poll(() => abh.locator('main').innerText()).toContain('Neuer Antrag auf beschleunigtes Fachkräfteverfahren prüfen');
    const owner = await abh.evaluate(async (id) => ((await (await fetch(`/api/v1/cases/${id}`)).json()) as { ownerOrganisation: { name: string } }).ownerOrganisation.name, caseId);
    expect(owner).toBe('Ausländerbehörde Stadt Ludwigshafen am Rhein');
    await abhRecordsAgreement(abh, caseId);

    // The employer follows the steps: the agreement is done, step 2 or 6 is next.
    await page.reload();
    await waitForPage(page);
    await expect.poll(() => page.getByTestId(/^request-steps-/).first().locator('[data-step="agreement"]').getAttribute('data-status')).toBe('done');
    await checkBothWidths(page);
    await screenshot(page, 'steps');
  }, 240_000);

  it('offers no place outside the network and sends nothing without one (English)', async () => {
    const page = await newPage('en');
    await signIn(page, 'employer@demo.example');
    await visit(page, '/arbeitgeber/81a/neu');
    await waitForPage(page);
    expect(await page.locator('main h1').first().innerText()).toBe(enEmployer.form.title);
    const input = page.getByTestId(form).locator('input[role="combobox"]');
    await input.fill('Berlin');
    // The server knows only the network's places: nothing to choose.
    await page.waitForTimeout(600);
    expect(await page.getByTestId(form).locator('li[role="option"]').count()).toBe(0);
    await page.getByTestId('employer-request-submit').getByRole('button').click();
    await expect.poll(() => page.getByTestId('employer-request-error-summary').innerText()).toContain(enEmployer.form.errors.place);
    expect(await page.getByTestId('employer-request-confirm').isVisible()).toBe(false);
    await checkBothWidths(page);
    await screenshot(page, 'outside');

    await visit(page, '/arbeitgeber');
    await waitForPage(page);
    await expect.poll(() => page.getByTestId('employer-requests').innerText()).not.toContain('Berlin');
    expect(await page.locator('main h1').first().innerText()).toBe(enEmployer.title);
    await checkBothWidths(page);
  }, 180_000);

  it('tells another role the pages are not theirs', async () => {
    const page = await newPage('en');
    await signIn(page, 'navigator@demo.example');
    await visit(page, '/arbeitgeber');
    await waitForPage(page);
    await expect.poll(() => page.getByTestId('employer-not-employer').innerText()).toBe(enEmployer.notEmployer);
  });
});
