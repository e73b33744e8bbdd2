import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import arPortal from '../../src/web/i18n/ar/portal.json';
import dePortal from '../../src/web/i18n/de/portal.json';
import enPortal from '../../src/web/i18n/en/portal.json';
import deReview from '../../src/web/i18n/de/document-review.json';
import { insertPortalAccount } from '../../src/server/db/repositories/portal-accounts.repository';
import { startServer } from '../../src/server/start';
import { webRoot } from '../../src/server/web-build';
import { openTestDatabase } from '../support/databases';
import { testConfig } from '../support/test-config';
import { axeOnPage, fill, fillText, press, screenshots, sidewaysOverflow, signIn } from './cases-steps';
import { launchBrowser, openPage, unexpectedProblems, visit, type TestBrowser, type TestPage } from './support/browser';

/**
 * The portal journey end to end: the navigator asks for a document on the case page, the person
 * uploads it in the portal, the navigator rejects it with a reason, the person uploads again and
 * the navigator accepts it. The test database has no demo case, so the applicant gets one here.
 */
let server: { url: string; close(): Promise<void> } | undefined;
let chromium: TestBrowser | undefined;
let caseId = '';
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
  caseId = caseBody.id;
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
  expect(await sidewaysOverflow(page)).toBe(0);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await axeOnPage(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const inLanguage = (page: Page, language: string) => page.context().addInitScript((code) => window.localStorage.setItem('lotse.lang', code), language);

/** A 1×1 pixel PNG. */
const png = (name: string) => ({ name, mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64') });

const passfoto = (page: Page): Locator => page.getByTestId('checklist-entry').filter({ hasText: 'Passfoto' });
const staffDocument = (page: Page, fileName: string): Locator => page.locator('[data-testid="document-list"] li').filter({ hasText: fileName });

async function openCase(page: Page) {
  await visit(page, `/faelle/${caseId}`);
  await page.getByTestId('document-request-form').waitFor();
}

async function upload(page: Page, fileName: string) {
  await visit(page, '/mein-weg/unterlagen');
  const entry = passfoto(page);
  await entry.waitFor();
  await entry.getByTestId('checklist-file').setInputFiles(png(fileName));
  await entry.getByTestId('checklist-submit').getByRole('button').click();
  await expect.poll(() => entry.getAttribute('data-status')).toBe('received');
}

describe('documents between navigator and person', () => {
  it('requests, uploads, rejects with a reason, uploads again and accepts (German, 1280 and 390 px)', async () => {
    const staff = await newPage();
    await signIn(staff, 'navigator@demo.example');
    await openCase(staff);
    // A request without a title is refused next to the field.
    await press(staff, 'document-request-submit');
    await staff.getByTestId('document-request-form').getByText(deReview.requestForm.titleMissing).waitFor();
    await fill(staff, 'title', 'Passfoto', 'document-request-form');
    await fillText(staff, 'note', 'Bitte ein biometrisches Foto, nicht älter als sechs Monate.', 'document-request-form');
    await press(staff, 'document-request-submit');
    const requestDialog = staff.getByTestId('document-request-dialog');
    await requestDialog.waitFor();
    expect(await requestDialog.innerText()).toContain('Amara Okonkwo-Demo sieht im Portal die Anforderung „Passfoto“');
    expect(await axeOnPage(staff)).toEqual([]);
    await press(staff, 'document-request-dialog-confirm');
    await expect.poll(() => staff.getByTestId('document-request').filter({ hasText: 'Passfoto' }).count()).toBe(1);
    expect(await staff.getByTestId('document-requests-feedback').innerText()).toContain('„Passfoto“ ist angefordert.');
    await expect.poll(() => staff.getByTestId('timeline').innerText()).toContain(deReview.caseEvents.requested);

    const person = await newPage();
    await signIn(person, 'applicant@demo.example');
    await visit(person, '/mein-weg');
    await person.getByTestId('journey-person').first().waitFor();
    expect((await person.getByTestId('journey-now').first().innerText()).length).toBeGreaterThan(0);
    expect((await person.getByTestId('journey-next').first().innerText()).length).toBeGreaterThan(0);
    expect(await person.getByTestId('journey-navigator').innerText()).toMatch(/^Ihre Ansprechperson: \S/);
    await checkBothWidths(person);
    await screenshots(person, 'portal-journey');
    await visit(person, '/mein-weg/unterlagen');
    await passfoto(person).waitFor();
    expect(await passfoto(person).getAttribute('data-status')).toBe('missing');
    expect(await passfoto(person).innerText()).toContain('biometrisches Foto');
    await checkBothWidths(person);
    await upload(person, 'passfoto.png');
    expect(await passfoto(person).getByTestId('checklist-status').innerText()).toContain(dePortal.checklist.status.received);

    // The navigator rejects: a reason is required, the person reads it.
    await openCase(staff);
    const first = staffDocument(staff, 'passfoto.png');
    expect(await first.getAttribute('data-review')).toBe('received');
    expect(await first.getByTestId('document-review-status').innerText()).toContain(deReview.status.received);
    expect(await first.innerText()).toContain('Angefordert: Passfoto');
    await first.getByTestId('document-reject').getByRole('button').click();
    const reviewDialog = staff.getByTestId('document-review-dialog');
    await reviewDialog.waitFor();
    expect(await reviewDialog.innerText()).toContain('den Grund, den Sie hier schreiben');
    await press(staff, 'document-review-dialog-confirm');
    await reviewDialog.getByText(deReview.rejectDialog.reasonMissing).waitFor();
    expect(await axeOnPage(staff)).toEqual([]);
    await fillText(staff, 'reason', 'Das Foto ist zu dunkel.', 'document-review-dialog');
    await press(staff, 'document-review-dialog-confirm');
    await expect.poll(() => first.getAttribute('data-review')).toBe('rejected');
    expect(await first.getByTestId('document-review-status').innerText()).toContain('Abgelehnt: Das Foto ist zu dunkel.');
    await expect.poll(() => staff.getByTestId('timeline').innerText()).toContain(deReview.caseEvents.rejected);
    await checkBothWidths(staff);
    await screenshots(staff, 'case-document-review');

    await visit(person, '/mein-weg/unterlagen');
    await expect.poll(() => passfoto(person).getAttribute('data-status')).toBe('rejected');
    expect(await passfoto(person).getByTestId('checklist-reason').innerText()).toContain('Das Foto ist zu dunkel.');
    await checkBothWidths(person);
    await upload(person, 'passfoto-neu.png');

    await openCase(staff);
    const second = staffDocument(staff, 'passfoto-neu.png');
    await second.getByTestId('document-accept').getByRole('button').click();
    await reviewDialog.waitFor();
    expect(await reviewDialog.innerText()).toContain('Die Person sieht in ihrem Portal bei dieser Unterlage „Akzeptiert“');
    await press(staff, 'document-review-dialog-confirm');
    await expect.poll(() => second.getAttribute('data-review')).toBe('accepted');
    expect(await second.getByTestId('document-review-status').innerText()).toContain(deReview.status.accepted);
    await expect.poll(() => staff.getByTestId('timeline').innerText()).toContain(deReview.caseEvents.accepted);

    await visit(person, '/mein-weg/unterlagen');
    await expect.poll(() => passfoto(person).getAttribute('data-status')).toBe('accepted');
    await checkBothWidths(person);
    await screenshots(person, 'portal-documents');
  }, 240_000);

  it('withdraws a request after the confirmation', async () => {
    const staff = await newPage();
    await signIn(staff, 'navigator@demo.example');
    await openCase(staff);
    await fill(staff, 'title', 'Arbeitsvertrag', 'document-request-form');
    await press(staff, 'document-request-submit');
    await press(staff, 'document-request-dialog-confirm');
    const request = staff.getByTestId('document-request').filter({ hasText: 'Arbeitsvertrag' });
    await request.waitFor();
    await request.getByTestId('document-request-withdraw').getByRole('button').click();
    const dialog = staff.getByTestId('document-request-dialog');
    await expect.poll(() => dialog.innerText()).toContain('verschwindet aus dem Portal von Amara Okonkwo-Demo');
    await press(staff, 'document-request-dialog-confirm');
    await expect.poll(() => request.count()).toBe(0);
    await expect.poll(() => staff.getByTestId('timeline').innerText()).toContain(deReview.caseEvents.requestWithdrawn);
  }, 120_000);

  it('shows both portal pages in English', async () => {
    const person = await newPage();
    await inLanguage(person, 'en');
    await signIn(person, 'applicant@demo.example');
    await visit(person, '/mein-weg');
    await person.getByTestId('journey-person').first().waitFor();
    expect(await person.getByTestId('journey-navigator').innerText()).toMatch(/^Your contact person: \S/);
    await checkBothWidths(person);
    await visit(person, '/mein-weg/unterlagen');
    await passfoto(person).waitFor();
    expect(await passfoto(person).getByTestId('checklist-status').innerText()).toContain(enPortal.checklist.status.accepted);
    await checkBothWidths(person);
  }, 120_000);

  it('shows both portal pages in Arabic, right to left', async () => {
    const person = await newPage();
    await signIn(person, 'applicant@demo.example');
    await inLanguage(person, 'ar');
    await visit(person, '/mein-weg');
    expect(await person.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(await person.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await person.getByTestId('journey-person').first().waitFor();
    await checkBothWidths(person);
    await screenshots(person, 'portal-journey-ar');
    await visit(person, '/mein-weg/unterlagen');
    await passfoto(person).waitFor();
    expect(await passfoto(person).getByTestId('checklist-status').innerText()).toContain(arPortal.checklist.status.accepted);
    await checkBothWidths(person);
    await screenshots(person, 'portal-documents-ar');
  }, 120_000);
});
