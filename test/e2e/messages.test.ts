import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import deMessages from '../../src/web/i18n/de/messages.json';
import enMessages from '../../src/web/i18n/en/messages.json';
import arMessages from '../../src/web/i18n/ar/messages.json';
import { csrfCookieName, csrfHeaderName } from '../../src/contract/auth';
import type { DatabaseHandle } from '../../src/server/db/client';
import { startServer } from '../../src/server/start';
import { webRoot } from '../../src/server/web-build';
import { openTestDatabase, sqlRows } from '../support/databases';
import { testConfig } from '../support/test-config';
import { fillText, press, signIn } from './cases-steps';
import { axeViolations, launchBrowser, openPage, unexpectedProblems, visit, type TestBrowser, type TestPage } from './support/browser';

/**
 * The thread between the demo applicant and the navigator who navigates their case: the navigator
 * writes, the applicant reads and answers (at 390 px, as on a phone), the navigator sees the answer
 * and the read receipt. The test database has no demo cases, so the navigator opens one and the
 * applicant's account is linked to its main person, as a redeemed portal invitation does.
 */
let database: DatabaseHandle;
let server: { url: string; close(): Promise<void> };
let chromium: TestBrowser;
let caseId: string;
const pages: TestPage[] = [];
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

beforeAll(async () => {
  database = await openTestDatabase('pglite');
  server = await startServer(testConfig(), { database, webRoot, logger: false });
  chromium = await launchBrowser();
  // The navigator opens the case through the API (the navigator becomes its navigator).
  const login = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'navigator@demo.example', password: 'demo' }) });
  const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
  const csrf = cookies.find((cookie) => cookie.startsWith(`${csrfCookieName}=`))?.split('=')[1] ?? '';
  const created = await fetch(`${server.url}/api/v1/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies.join('; '), [csrfHeaderName]: csrf },
    body: JSON.stringify({ person: { givenName: 'Amara', familyName: 'Okonkwo-Demo', birthDate: '1994-03-02', citizenship: 'NGA' } }),
  });
  if (created.status !== 201) throw new Error(`case creation failed: ${created.status} ${await created.text()}`);
  const theCase = (await created.json()) as { id: string; person: { id: string } };
  caseId = theCase.id;
  const [applicant] = await sqlRows<{ id: string }>(database, sql`select id from users where email = 'applicant@demo.example'`);
  await database.db.execute(sql`insert into portal_accounts (user_id, case_id, person_id, created_at) values (${applicant!.id}, ${caseId}, ${theCase.person.id}, now())`);
}, 120_000);

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

async function newPage(viewport = desktop): Promise<Page> {
  const opened = await openPage(chromium.browser, server.url, viewport);
  pages.push(opened);
  return opened.page;
}

/** No sideways scrolling. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function send(page: Page, text: string) {
  await fillText(page, 'body', text, 'message-form');
  await press(page, 'message-send');
  await expect.poll(() => page.getByTestId('message-status').innerText()).not.toBe('');
}

describe('messages between the person and their navigator', () => {
  it('the navigator writes, the applicant reads and answers on a phone, the navigator sees the answer and the read receipt', async () => {
    const navigator = await newPage(desktop);
    await signIn(navigator, 'navigator@demo.example');
    await visit(navigator, `/faelle/${caseId}`);
    await navigator.getByTestId('case-messages').scrollIntoViewIfNeeded();
    await expect.poll(() => navigator.getByTestId('messages-empty').isVisible()).toBe(true);
    await send(navigator, 'Guten Tag,\nbitte schicken Sie mir ein Foto Ihres Passes.');
    await expect.poll(() => navigator.getByTestId('message-receipt').first().innerText()).toContain(deMessages.notRead);
    expect(await axeViolations(navigator)).toEqual([]);

    const applicant = await newPage(phone);
    await signIn(applicant, 'applicant@demo.example');
    // The count for the portal navigation, before the thread is opened.
    expect(await applicant.evaluate(() => fetch('/api/v1/me/messages/unread').then((response) => response.json()))).toEqual({ unread: 1 });
    await visit(applicant, '/mein-weg/nachrichten');
    await expect.poll(() => applicant.getByTestId('message-body').first().innerText()).toContain('bitte schicken Sie mir ein Foto');
    expect(await applicant.locator('.msg__author').first().innerText()).toMatch(/, /); // name, organisation
    await send(applicant, 'Danke! Anbei das Foto.');
    await applicant.getByTestId('message-file').setInputFiles({ name: 'pass.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64') });
    await send(applicant, 'Hier ist das Foto.');
    await expect.poll(() => applicant.getByTestId('message-attachment').count()).toBe(1);
    expect(await fitsWidth(applicant)).toBe(true);
    expect(await axeViolations(applicant)).toEqual([]);

    // The navigator's page updates without reload (on focus / the 30-second poll).
    await navigator.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => navigator.getByTestId('message-body').allInnerTexts(), { timeout: 10_000 }).toContain('Hier ist das Foto.');
    await expect.poll(() => navigator.getByTestId('message-receipt').first().getAttribute('data-read')).toBe('true');
    expect(await navigator.getByTestId('message-receipt').first().innerText()).toMatch(/^✓✓ Gelesen am \d{1,2}\. \p{L}+ \d{4}/u);
    // The applicant sees the navigator read theirs.
    await applicant.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => applicant.locator('[data-side="person"] [data-testid="message-receipt"]').first().getAttribute('data-read'), { timeout: 10_000 }).toBe('true');
  }, 180_000);

  it('refuses a file of the wrong type before sending', async () => {
    const applicant = await newPage(phone);
    await signIn(applicant, 'applicant@demo.example');
    await visit(applicant, '/mein-weg/nachrichten');
    await fillText(applicant, 'body', 'Mit Anhang', 'message-form');
    await applicant.getByTestId('message-file').setInputFiles({ name: 'x.html', mimeType: 'text/html', buffer: Buffer.from('<p>x</p>') });
    await press(applicant, 'message-send');
    await expect.poll(() => applicant.getByTestId('message-file-error').innerText()).toContain(deMessages.errors.fileType);
  });

  for (const [language, words, viewport] of [
    ['de', deMessages, desktop],
    ['en', enMessages, phone],
    ['ar', arMessages, phone],
    ['ar', arMessages, desktop],
  ] as const) {
    it(`the portal page in ${language} at ${viewport.width} px: translated, mirrored, axe 0`, async (context) => {
      const page = await newPage(viewport);
      await signIn(page, 'applicant@demo.example');
      // The choice is remembered in the browser; the next page load uses it.
      await page.evaluate((lang) => window.localStorage.setItem('lotse.lang', lang), language);
      await visit(page, '/mein-weg/nachrichten');
      await page.getByTestId('message-form').waitFor();
      if (language === 'ar' && (await page.evaluate(() => document.documentElement.lang)) !== 'ar') {
        // The Arabic catalogue is loaded by the languages work (import.meta.glob); without it there is nothing to check yet.
        context.skip();
      }
      expect(await page.getByTestId('my-messages').innerText()).toContain(words.intro);
      expect(await page.evaluate(() => document.documentElement.dir || 'ltr')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(await fitsWidth(page)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
