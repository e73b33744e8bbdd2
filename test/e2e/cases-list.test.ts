import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de.json';
import en from '../../src/web/i18n/en.json';
import { startAppServer } from '../support/app-server';
import { axeOnPage, choose, fill, press, screenshots, selected, sidewaysOverflow, signIn } from './cases-steps';
import { launchBrowser, openPage, unexpectedProblems, visit, waitForPage, type TestBrowser, type TestPage } from './support/browser';

let server: { url: string; close(): Promise<void> };
let chromium: TestBrowser;
const pages: TestPage[] = [];
/** One family name for the cases of this file, so the name search finds exactly them. */
const familyName = `Listtest${Date.now().toString(36)}`;
const caseIds: string[] = [];

beforeAll(async () => {
  server = await startAppServer();
  chromium = await launchBrowser();
  // 27 cases (two pages of 25) through the API, two of them moved on to "recognition".
  const page = await newPage();
  await signIn(page, 'caseworker@demo.example');
  caseIds.push(
    ...(await page.evaluate(async (name) => {
      const csrf = decodeURIComponent(document.cookie.split('; ').find((cookie) => cookie.startsWith('lotse_csrf='))?.split('=')[1] ?? '');
      const headers = { 'content-type': 'application/json', 'x-csrf-token': csrf };
      const ids: string[] = [];
      for (let index = 1; index <= 27; index += 1) {
        const person = { givenName: `Ravi${String(index).padStart(2, '0')}`, familyName: name, birthDate: '1990-01-01', citizenship: 'IND' };
        const response = await fetch('/api/v1/cases', { method: 'POST', headers, body: JSON.stringify({ person }) });
        const created = (await response.json()) as { id: string; version: number };
        if (index <= 2) {
          const moveHeaders = { ...headers, 'if-match': `"${created.version}"` };
          await fetch(`/api/v1/cases/${created.id}`, { method: 'PATCH', headers: moveHeaders, body: JSON.stringify({ stage: 'recognition' }) });
        }
        ids.push(created.id);
      }
      return ids;
    }, familyName)),
  );
  await closePages();
});

async function closePages() {
  for (const page of pages.splice(0)) {
    expect(unexpectedProblems(page.problems)).toEqual([]);
    await page.close();
  }
}

afterEach(closePages);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function newPage(options: { language?: 'en'; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const opened = await openPage(chromium.browser, server.url, options.viewport);
  if (options.language) await opened.context.addInitScript((language) => localStorage.setItem('lotse.lang', language), options.language);
  pages.push(opened);
  return opened.page;
}

const rowCount = (page: Page) => page.getByTestId('case-table').locator('tbody tr').count();
const countText = (page: Page) => page.getByTestId('case-count').innerText();
const search = (page: Page) => press(page, 'case-filters-apply');

describe('the case list', () => {
  it('searches by name, filters by stage, pages, and keeps the filters in the address', async () => {
    const page = await newPage();
    await signIn(page, 'caseworker@demo.example');
    await page.getByRole('navigation', { name: de.layout.mainNav }).getByRole('link', { name: de.layout.cases }).click();
    await page.waitForURL((url) => url.pathname === '/faelle');
    await waitForPage(page);
    expect(await page.locator('main h1').innerText()).toBe(de.cases.title);
    expect(await axeOnPage(page)).toEqual([]);

    await fill(page, 'q', familyName);
    await search(page);
    await page.waitForURL((url) => url.searchParams.get('q') === familyName);
    await expect.poll(() => countText(page)).toBe('27 Fälle gefunden');
    // Focus moves to the result count after the search.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('case-count');
    expect(await rowCount(page)).toBe(25);
    expect(await page.getByTestId('case-pagination').innerText()).toContain('Seite 1 von 2');
    await screenshots(page, 'case-list');
    expect(await sidewaysOverflow(page)).toBe(0);

    await page.getByTestId('case-pagination').getByRole('link', { name: de.cases.pagination.next }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await expect.poll(() => rowCount(page)).toBe(2);
    expect(await page.getByTestId('case-pagination').innerText()).toContain('Seite 2 von 2');

    await choose(page, 'stage', de.cases.stages.recognition);
    await choose(page, 'sort', de.cases.list.sortName);
    await search(page);
    await page.waitForURL((url) => url.searchParams.get('stage') === 'recognition' && !url.searchParams.has('page'));
    await expect.poll(() => countText(page)).toBe('2 Fälle gefunden');
    const names = async () => (await page.getByTestId('case-table').locator('tbody th a').allInnerTexts()).sort();
    await expect.poll(names).toEqual([`Ravi01 ${familyName}`, `Ravi02 ${familyName}`]);
    expect(await page.getByTestId('case-table').locator('tbody tr').first().innerText()).toContain(de.cases.stages.recognition);

    // Back restores the previous filters; reload keeps the current ones.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('page') === '2' && !url.searchParams.has('stage'));
    await expect.poll(() => rowCount(page)).toBe(2);
    expect(await selected(page, 'stage')).toBe(de.cases.list.allStages);
    await page.goForward();
    await expect.poll(() => countText(page)).toBe('2 Fälle gefunden');
    await page.reload();
    await waitForPage(page);
    await expect.poll(() => countText(page)).toBe('2 Fälle gefunden');
    expect(await selected(page, 'stage')).toBe(de.cases.stages.recognition);
    expect(await page.locator('[data-field="q"] input').inputValue()).toBe(familyName);

    await page.locator('[data-field="overdue"] input').check();
    await search(page);
    await page.waitForURL((url) => url.searchParams.get('overdue') === 'true');
    await expect.poll(() => page.getByTestId('case-list-empty').count()).toBe(1);
    expect(await countText(page)).toBe('0 Fälle gefunden');
    expect(await axeOnPage(page)).toEqual([]);

    await page.getByTestId('case-filters').getByRole('link', { name: de.cases.list.reset }).click();
    await page.waitForURL((url) => url.search === '');
    const firstRow = page.locator('[data-case-id]').first();
    await firstRow.waitFor();
    const firstId = await firstRow.getAttribute('data-case-id');
    await firstRow.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === `/faelle/${firstId}`);
    await waitForPage(page);
  });

  it('opens the create form from "Neuer Fall" without a Wegweiser result', async () => {
    const page = await newPage();
    await signIn(page, 'caseworker@demo.example');
    await visit(page, '/faelle');
    await page.getByRole('link', { name: de.cases.newCase }).click();
    await page.waitForURL((url) => url.pathname === '/faelle/neu');
    await waitForPage(page);
    expect(await page.getByTestId('create-from-wegweiser').count()).toBe(0);
    expect(await selected(page, 'targetTitleId')).toBe(de.cases.form.targetTitleNone);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'case-create');
  });

  it('does not let a case worker of another ABH find the case', async () => {
    const page = await newPage();
    await signIn(page, 'caseworker.lu@demo.example');
    await visit(page, `/faelle?q=${familyName}`);
    await expect.poll(() => page.getByTestId('case-list-empty').count()).toBe(1);
    expect(await countText(page)).toBe('0 Fälle gefunden');

    await visit(page, `/faelle/${caseIds[0]}`);
    await page.getByTestId('case-not-found').waitFor();
    expect(await page.locator('main h1').innerText()).toBe(de.cases.detail.notFoundTitle);
    expect(await page.getByText(familyName).count()).toBe(0);
    expect(await axeOnPage(page)).toEqual([]);
    await visit(page, `/faelle/${caseIds[0]}/protokoll`);
    await page.getByTestId('case-not-found').waitFor();
  });
});

describe('a navigator', () => {
  it('opens a case by hand, becomes its navigator and finds it in the inbox and under "mine"', async () => {
    const page = await newPage();
    await signIn(page, 'navigator@demo.example');
    await visit(page, '/faelle/neu');
    await fill(page, 'givenName', 'Mehmet');
    await fill(page, 'familyName', `${familyName}nav`);
    await fill(page, 'birthDate', '1988-09-30');
    await choose(page, 'citizenship', 'Türkei');
    await fill(page, 'email', 'mehmet@');
    await press(page, 'create-case-submit');
    await expect.poll(() => page.getByTestId('create-case-error-summary').innerText()).toContain(de.cases.errors.email);
    await fill(page, 'email', 'mehmet@example.org');
    await press(page, 'create-case-submit');
    await page.waitForURL(/\/faelle\/[0-9a-f-]{36}$/);
    await waitForPage(page);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(`Mehmet ${familyName}nav`);
    expect(await page.locator('[data-fact="navigator"] dd').innerText()).not.toBe(de.cases.detail.noNavigator);
    expect(await page.locator('[data-fact="target"] dd').innerText()).toBe(de.cases.detail.noTarget);

    await visit(page, '/eingang');
    await expect.poll(() => page.getByTestId('inbox-new').getByRole('link', { name: new RegExp(`^Mehmet ${familyName}nav \\(RN-`) }).count()).toBe(1);
    expect(await axeOnPage(page)).toEqual([]);

    await visit(page, `/faelle?navigator=me&q=${familyName}nav`);
    await expect.poll(() => countText(page)).toBe('1 Fall gefunden');
    expect(await selected(page, 'navigator')).toBe(de.cases.list.navigatorMe);
  });
});

describe('the case list in English', () => {
  it('shows the list, filters and table in English', async () => {
    const page = await newPage({ language: 'en' });
    await signIn(page, 'caseworker@demo.example');
    await visit(page, `/faelle?q=${familyName}&sort=name`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('main h1').innerText()).toBe(en.cases.title);
    expect(await page.title()).toBe(`${en.cases.title} – Lotse`);
    await expect.poll(() => countText(page)).toBe('27 cases found');
    expect(await page.getByTestId('case-table').locator('caption').innerText()).toBe('Cases, page 1 of 2');
    expect(await page.getByTestId('case-table').locator('thead th').allInnerTexts()).toEqual([
      en.cases.list.name, en.cases.list.reference, en.cases.list.stage, en.cases.list.navigatorColumn, en.cases.list.tasks, en.cases.list.updated,
    ]);
    expect(await page.getByTestId('case-table').locator('tbody').innerText()).toContain(en.cases.stages.information);
    expect(await page.getByRole('link', { name: en.cases.newCase }).count()).toBe(1);
    expect(await axeOnPage(page)).toEqual([]);
  });
});
