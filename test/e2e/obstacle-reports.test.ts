import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csrfCookieName, csrfHeaderName } from '../../src/contract/auth';
import deCore from '../../src/web/i18n/de.json';
import de from '../../src/web/i18n/de/obstacle-reports.json';
import en from '../../src/web/i18n/en/obstacle-reports.json';
import { axeOnPage, choose, fill, fillText, screenshots, sidewaysOverflow, signIn } from './cases-steps';
import { useBrowserSession, waitForPage } from './support/browser';

const session = useBrowserSession();
const newPage = () => session.newPage();

/** Fictitious observations; none names a person. */
const reportText = 'Berufssprachkurse in der Region sind für das nächste halbe Jahr ausgebucht.';
const caseText = 'Die Auslandsvertretung vergibt Visatermine erst nach fünf Monaten, Nachfrage bei der Hotline ohne Ergebnis.';
const shortened = 'Die Auslandsvertretung vergibt Visatermine erst nach fünf Monaten.';

/** A request with the page's session and CSRF token, as the web app sends it. */
async function apiCall(page: Page, method: 'GET' | 'POST', url: string, data?: unknown) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === csrfCookieName)?.value ?? '';
  const response = await page.context().request.fetch(`${session.url()}${url}`, { method, headers: { [csrfHeaderName]: csrf }, ...(data === undefined ? {} : { data }) });
  return { status: response.status(), body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

/** A case worker of the Ausländerbehörde Mannheim records an obstacle with a free text on a new case. */
async function caseObstacleWithText(page: Page): Promise<void> {
  await signIn(page, 'caseworker@demo.example');
  const created = await apiCall(page, 'POST', '/api/v1/cases', { person: { givenName: 'Tamar', familyName: 'Hemmnis-Demo', birthDate: '1990-02-03', citizenship: 'GEO' } });
  expect(created.status).toBe(201);
  const obstacle = await apiCall(page, 'POST', `/api/v1/cases/${String(created.body?.id)}/obstacles`, { category: 'no_visa_appointment', text: caseText });
  expect(obstacle.status).toBe(201);
}

async function openModeration(page: Page): Promise<void> {
  await page.goto('/steuerung/hemmnisse');
  await waitForPage(page);
  await page.getByTestId('practice-descriptions').locator('[data-testid="descriptions-period"]').waitFor();
}

describe('obstacles without a case and their moderation', () => {
  it('a partner reports an obstacle; the steering body accepts it with a confirmation and clears a case text', async () => {
    const partner = await newPage();
    await signIn(partner, 'partner@demo.example');
    await partner.locator('[data-area="network"]').getByRole('link', { name: de.openReport }).click();
    await partner.waitForURL((url) => url.pathname === '/hemmnis-melden');
    await waitForPage(partner);
    expect(await partner.locator('main h1').first().innerText()).toBe(de.report.title);

    // Sent empty: the errors are named at the top and next to the fields.
    await partner.getByTestId('obstacle-report-submit').getByRole('button').click();
    const summary = partner.getByTestId('obstacle-report-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain(de.report.category);
    expect(await summary.innerText()).toContain(de.report.description);

    await choose(partner, 'category', deCore.cases.obstacleCategories.no_language_course, 'obstacle-report-form');
    await fillText(partner, 'description', reportText, 'obstacle-report-form');
    await fill(partner, 'law', 'AufenthG', 'obstacle-report-form');
    await fill(partner, 'section', '45a', 'obstacle-report-form');
    expect(await axeOnPage(partner)).toEqual([]);
    await partner.getByTestId('obstacle-report-submit').getByRole('button').click();
    const sent = partner.getByTestId('obstacle-report-sent');
    await sent.waitFor();
    expect(await sent.innerText()).toContain(deCore.cases.obstacleCategories.no_language_course);
    expect(await sent.innerText()).toContain(de.report.whatNext);
    expect(await axeOnPage(partner)).toEqual([]);

    await caseObstacleWithText(await newPage());

    const page = await newPage();
    await signIn(page, 'steering@demo.example');
    await page.locator('[data-area="steering"]').getByRole('link', { name: de.openModeration }).click();
    await page.waitForURL((url) => url.pathname === '/steuerung/hemmnisse');
    await waitForPage(page);
    expect(await page.locator('main h1').first().innerText()).toBe(de.moderation.title);

    // Accept the report: the dialog says what happens, then the report is among the decided ones.
    const pending = page.getByTestId('pending-reports').getByTestId('obstacle-report').filter({ hasText: reportText });
    await pending.waitFor();
    expect(await pending.innerText()).toContain('§45a AufenthG');
    await pending.getByTestId('report-accept').getByRole('button').click();
    const dialog = page.getByTestId('report-decision-dialog');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    expect(await dialog.innerText()).toContain(de.reports.acceptText);
    expect(await axeOnPage(page)).toEqual([]);
    await dialog.getByTestId('report-decision-dialog-confirm').getByRole('button').click();
    const decided = page.getByTestId('decided-reports').getByTestId('obstacle-report').filter({ hasText: reportText });
    await decided.waitFor();
    expect(await decided.getByTestId('report-status').innerText()).toContain(de.reports.status.accepted);
    expect(await page.getByTestId('report-moderation-feedback').innerText()).toContain(deCore.cases.obstacleCategories.no_language_course);

    // The case text: seen with category, stage, authority and month only; shortened and cleared.
    const text = page.getByTestId('open-texts').getByTestId('obstacle-text').filter({ hasText: caseText });
    await text.waitFor();
    expect(await text.innerText()).toContain('Mannheim');
    expect(await text.innerText()).not.toContain('Hemmnis-Demo');
    await text.locator('[data-field="clearedText"] textarea').fill(shortened);
    await text.getByTestId('text-clear').getByRole('button').click();
    const textDialog = page.getByTestId('text-decision-dialog');
    await expect.poll(() => textDialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    expect(await textDialog.innerText()).toContain(de.texts.clearText);
    await textDialog.getByTestId('text-decision-dialog-confirm').getByRole('button').click();
    const cleared = page.getByTestId('decided-texts').getByTestId('obstacle-text').filter({ hasText: caseText });
    await cleared.waitFor();
    expect(await cleared.getByTestId('text-status').innerText()).toContain(shortened);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'obstacle-moderation');

    // One obstacle of each kind: too few to show any description.
    const visa = page.getByTestId('description-category').and(page.locator('[data-category="no_visa_appointment"]'));
    expect(await visa.innerText()).toContain(de.descriptions.tooFew);
    expect(await page.getByTestId('practice-descriptions').innerText()).not.toContain(shortened);
  }, 180_000);

  for (const language of ['de', 'en'] as const) {
    for (const width of [1280, 390]) {
      it(`passes axe in ${language} at ${width} px on both pages, without sideways scrolling`, async () => {
        const texts = language === 'en' ? en : de;
        const page = await newPage();
        if (language === 'en') await page.context().addInitScript(() => localStorage.setItem('lotse.lang', 'en'));
        await page.setViewportSize({ width, height: 900 });
        await signIn(page, 'steering@demo.example');
        await openModeration(page);
        expect(await page.locator('main h1').first().innerText()).toBe(texts.moderation.title);
        await page.getByTestId('report-moderation').locator('h3').first().waitFor();
        await page.getByTestId('text-clearance').locator('h3').first().waitFor();
        expect(await axeOnPage(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBe(0);
        await page.goto('/hemmnis-melden');
        await waitForPage(page);
        expect(await page.locator('main h1').first().innerText()).toBe(texts.report.title);
        await page.getByTestId('obstacle-report-form').waitFor();
        expect(await axeOnPage(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBe(0);
      }, 90_000);
    }
  }
});
