import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../src/web/i18n/ar/portal-privacy.json';
import de from '../../src/web/i18n/de/portal-privacy.json';
import en from '../../src/web/i18n/en/portal-privacy.json';
import { axeOnPage, screenshots, sidewaysOverflow, signIn } from './cases-steps';
import { insertPortalAccount } from '../../src/server/db/repositories/portal-accounts.repository';
import { startServer } from '../../src/server/start';
import { webRoot } from '../../src/server/web-build';
import { openTestDatabase } from '../support/databases';
import { testConfig } from '../support/test-config';
import { launchBrowser, openPage, unexpectedProblems, visit, type TestBrowser, type TestPage } from './support/browser';

/**
 * As useBrowserSession, but the test keeps the database: the test database has no cases, so the
 * demo applicant gets one here and is linked to it, as the demo seed (or a redeemed invitation) does.
 */
let server: { url: string; close(): Promise<void> } | undefined;
let chromium: TestBrowser | undefined;
const pages: TestPage[] = [];
beforeAll(async () => {
  const database = await openTestDatabase('pglite');
  server = await startServer(testConfig(), { database, webRoot, logger: false });
  chromium = await launchBrowser();
  const call = async (cookie: string | null, method: string, path: string, body?: unknown) => {
    const csrf = /lotse_csrf=([^;]+)/.exec(cookie ?? '')?.[1] ?? '';
    const response = await fetch(`${server?.url}${path}`, { method, headers: { 'content-type': 'application/json', ...(cookie ? { cookie, 'x-csrf-token': csrf } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { response, cookie: response.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ') };
  };
  const signedIn = async (email: string) => (await call(null, 'POST', '/api/v1/auth/login', { email, password: 'demo' })).cookie;
  const navigator = await signedIn('navigator@demo.example');
  const created = await call(navigator, 'POST', '/api/v1/cases', { person: { givenName: 'Amara', familyName: 'Okonkwo-Demo', birthDate: '1994-03-02', citizenship: 'NGA' } });
  const caseBody = (await created.response.json()) as { id: string; person: { id: string } };
  const applicant = (await (await call(await signedIn('applicant@demo.example'), 'GET', '/api/v1/auth/me')).response.json()) as { user: { id: string } };
  await insertPortalAccount(database.db, { userId: applicant.user.id, caseId: caseBody.id, personId: caseBody.person.id, createdAt: new Date() });
});
afterEach(async () => {
  for (const opened of pages.splice(0)) {
    expect(unexpectedProblems(opened.problems)).toEqual([]);
    await opened.close();
  }
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});
async function newPage(): Promise<Page> {
  if (!chromium || !server) throw new Error('the browser session has not started yet');
  const opened = await openPage(chromium.browser, server.url);
  pages.push(opened);
  return opened.page;
}

/** The page in 1280 and 390 px: axe finds nothing, nothing scrolls sideways. */
async function checkBothWidths(page: Page) {
  expect(await axeOnPage(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await axeOnPage(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const inLanguage = (page: Page, language: string) => page.context().addInitScript((code) => window.localStorage.setItem('lotse.lang', code), language);

/** A consent of the demo applicant given through the API, as the person would in the portal; returns its id. */
function seedConsent(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const csrf = decodeURIComponent(document.cookie.split('; ').find((cookie) => cookie.startsWith('lotse_csrf='))?.slice('lotse_csrf='.length) ?? '');
    const headers = { 'content-type': 'application/json', 'x-csrf-token': csrf };
    const mine = (await (await fetch('/api/v1/me/consents')).json()) as { caseId: string; textVersion: string };
    const recipients = (await (await fetch('/api/v1/me/consent-recipients')).json()) as { items: { id: string }[] };
    const body = { recipientOrganisationIds: recipients.items.slice(0, 2).map((item) => item.id), purposes: ['job_matching'], dataCategories: ['contact', 'employment'], textVersion: mine.textVersion, language: 'de' };
    const response = await fetch(`/api/v1/cases/${mine.caseId}/consents`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (response.status !== 201) throw new Error(`seeding the consent failed: ${response.status}`);
    return ((await response.json()) as { id: string }).id;
  });
}

const cardOf = (page: Page, consentId: string) => page.locator(`[data-testid="my-consent"]:has(h3[id="consent-${consentId}"])`);

describe('the person’s consents and data in the portal', () => {
  it('withdraws a consent after the confirmation and gives a new one after reading the text (German, 1280 and 390 px)', async () => {
    const page = await newPage();
    await signIn(page, 'applicant@demo.example');
    const consentId = await seedConsent(page);
    await visit(page, '/mein-weg/einwilligungen');
    const card = cardOf(page, consentId);
    await card.waitFor();
    expect(await card.getAttribute('data-state')).toBe('valid');
    await checkBothWidths(page);
    await screenshots(page, 'portal-consents');

    await card.getByTestId('consent-withdraw').getByRole('button').click();
    const dialog = page.getByTestId('withdraw-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(de.withdraw.title);
    expect(await dialog.innerText()).toMatch(/nächsten Anfrage.*rechtmäßig/s);
    expect(await axeOnPage(page)).toEqual([]);
    await page.getByTestId('withdraw-dialog-confirm').getByRole('button').click();
    await expect.poll(() => card.getAttribute('data-state')).toBe('withdrawn');
    expect(await page.getByTestId('my-consents-feedback').innerText()).toContain(de.withdraw.done);
    expect(await card.innerText()).toContain(de.consents.withdrawnOn);
    await expect.poll(() => card.getByTestId('consent-withdraw').count()).toBe(0);

    const validBefore = await page.locator('[data-testid="my-consent"][data-state="valid"]').count();
    await page.getByTestId('consent-give-open').getByRole('button').click();
    const form = page.getByTestId('consent-give');
    await form.locator('[data-field="consent-recipients"] kol-input-checkbox').first().waitFor();
    const recipientLabel = (await form.locator('[data-field="consent-recipients"] kol-input-checkbox').first().innerText()).trim();
    const recipientName = recipientLabel.replace(/\s*\(.*\)$/s, '');
    await form.locator('[data-field="consent-recipients"] kol-input-checkbox').first().locator('input').check();
    await form.locator('[data-field="consent-purposes"] kol-input-checkbox').first().locator('input').check();
    await form.locator('[data-field="consent-categories"] kol-input-checkbox').first().locator('input').check();
    await checkBothWidths(page);
    await page.getByTestId('consent-show-text').getByRole('button').click();
    const text = page.getByTestId('consent-text');
    await text.waitFor();
    expect(await text.innerText()).toContain(recipientName);
    expect(await text.innerText()).toContain(de.give.readFirst);
    await checkBothWidths(page);
    await page.getByTestId('consent-agree').getByRole('button').click();
    await expect.poll(() => page.getByTestId('my-consents-feedback').innerText()).toContain(de.give.done);
    await expect.poll(() => page.locator('[data-testid="my-consent"][data-state="valid"]').count()).toBe(validBefore + 1);
  }, 180_000);

  it('downloads the JSON export and shows who has seen the data (German, 1280 and 390 px)', async () => {
    const page = await newPage();
    await signIn(page, 'applicant@demo.example');
    await visit(page, '/mein-weg/daten');
    await page.getByTestId('access-log').waitFor();
    const first = page.getByTestId('access-log-entry').first();
    expect(await first.getAttribute('data-who')).toBe('self');
    expect(await first.innerText()).toContain(de.data.who.self);
    expect(await first.innerText()).toContain(de.data.purposes.self_service);
    await checkBothWidths(page);
    await screenshots(page, 'portal-data');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    expect(download.suggestedFilename()).toMatch(/^auskunft-.*\.json$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const data = JSON.parse(await readFile(path, 'utf8')) as { person: { givenName: string }; audit: unknown[] };
    expect(data.person.givenName).toBe('Amara');
    expect(data.audit.length).toBeGreaterThan(0);
  }, 180_000);

  it('shows both pages in English', async () => {
    const page = await newPage();
    await inLanguage(page, 'en');
    await signIn(page, 'applicant@demo.example');
    await visit(page, '/mein-weg/einwilligungen');
    await page.getByTestId('consent-give-open').waitFor();
    expect(await page.locator('main').innerText()).toContain(en.consents.intro);
    await checkBothWidths(page);
    await visit(page, '/mein-weg/daten');
    await page.getByTestId('access-log').waitFor();
    expect(await page.getByTestId('access-log-entry').first().innerText()).toContain(en.data.who.self);
    await checkBothWidths(page);
  }, 180_000);

  it('shows both pages in Arabic, right to left', async () => {
    const page = await newPage();
    // Signed in through the German form, then the page is read in Arabic.
    await signIn(page, 'applicant@demo.example');
    await inLanguage(page, 'ar');
    await visit(page, '/mein-weg/einwilligungen');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('consent-give-open').waitFor();
    expect(await page.locator('main').innerText()).toContain(ar.consents.intro);
    await checkBothWidths(page);
    await page.getByTestId('consent-give-open').getByRole('button').click();
    await page.getByTestId('consent-give').locator('[data-field="consent-recipients"] kol-input-checkbox').first().waitFor();
    await checkBothWidths(page);
    await screenshots(page, 'portal-consents-ar');
    await visit(page, '/mein-weg/daten');
    await page.getByTestId('access-log').waitFor();
    expect(await page.getByTestId('access-log-entry').first().innerText()).toContain(ar.data.who.self);
    await checkBothWidths(page);
    await screenshots(page, 'portal-data-ar');
  }, 180_000);
});
