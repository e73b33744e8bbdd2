import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de/steering-shortage.json';
import en from '../../src/web/i18n/en/steering-shortage.json';
import deSteering from '../../src/web/i18n/de/steering.json';
import { axeOnPage, fill, screenshots, sidewaysOverflow, signIn } from './cases-steps';
import { waitForPage } from './support/browser';
import { useSteeringSession } from './support/steering-session';

// The refused file answers 400, which Chromium logs although the page shows the problems.
const session = useSteeringSession({ expected: /status of 400/ });
const newPage = () => session.newPage();

const header = 'kldb;occupation;level;score;shortage;year;region';
const goodCsv = [header, '81302;Pflegeberufe (Testdatei);2;2,6;ja;2025;Testregion', '26212;Elektrotechnik (Testdatei);2;1,2;nein;2025;Testregion', ''].join('\n');
const badCsv = [header, '81302;Pflegeberufe (Testdatei);2;2,6;ja;2025;Testregion', '26212;Elektrotechnik (Testdatei);2;viel;nein;2025;Testregion', ''].join('\n');

async function upload(page: Page, name: string, csv: string, source: string): Promise<void> {
  await page.getByTestId('shortage-upload').locator('[data-field="file"] input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await fill(page, 'source', source, 'shortage-upload');
  await page.getByTestId('shortage-upload-submit').getByRole('button').click();
}

const importSources = (page: Page) => page.getByTestId('shortage-import').locator('h3').allInnerTexts();

async function figuresShown(page: Page): Promise<void> {
  await page.getByTestId('steering-figures').waitFor();
  await page.locator('.stats-chart__canvas[data-state="loading"]').first().waitFor({ state: 'detached' });
}

const tableText = (page: Page, id: string) => page.getByTestId(`stats-table-${id}`).locator('table').innerText();

describe('shortage occupations', () => {
  it('the administrator imports a file, is told line and column of a bad one, and deletes an import after confirming', async () => {
    const page = await newPage();
    await signIn(page, 'admin@demo.example');
    await page.getByRole('link', { name: de.admin.open, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/verwaltung/engpassanalyse');
    await waitForPage(page);
    await page.getByTestId('shortage-import').first().waitFor();
    const before = await importSources(page);
    // The seeded demo file is used now and marked as demo data.
    expect(await page.getByTestId('shortage-import').first().getByTestId('shortage-import-demo').innerText()).toBe(de.admin.demoMark);
    expect(await axeOnPage(page)).toEqual([]);

    // A bad row: every problem with line and column, nothing imported.
    await upload(page, 'kaputt.csv', badCsv, 'Fehlerhafte Testdatei');
    const problems = page.getByTestId('shortage-upload-problems');
    await problems.waitFor();
    expect(await problems.innerText()).toMatch(/Zeile 3, Spalte score: /);
    expect(await importSources(page)).toEqual(before);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'shortage-admin-refused');

    // A good file: listed first, used now, without a reload.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await upload(page, 'engpass.csv', goodCsv, 'Testquelle Engpassanalyse');
    await expect.poll(() => importSources(page)).toEqual(['Testquelle Engpassanalyse', ...before]);
    expect(await page.getByTestId('shortage-admin-feedback').innerText()).toContain('„Testquelle Engpassanalyse“ wurde eingelesen: 2 Berufe, davon 1 Engpassberufe');
    const first = page.getByTestId('shortage-import').first();
    expect(await first.getByTestId('shortage-import-current').innerText()).toBe(de.admin.current);
    expect(await first.getByTestId('shortage-import-demo').count()).toBe(0);
    expect(await first.innerText()).toMatch(/Eingelesen am \d{1,2}\. [A-Za-zäöü]+ \d{4}/);
    expect(await page.getByTestId('shortage-upload-problems').count()).toBe(0);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'shortage-admin');

    // Delete it: the confirmation says what happens; afterwards the demo file is used again.
    await first.getByTestId('shortage-import-delete').getByRole('button').click();
    const dialog = page.getByTestId('shortage-delete-confirm');
    await dialog.getByRole('heading').waitFor();
    expect(await dialog.innerText()).toContain('nächstältere Einlesung');
    expect(await axeOnPage(page)).toEqual([]);
    await dialog.getByTestId('shortage-delete-confirm-confirm').getByRole('button').click();
    await expect.poll(() => importSources(page)).toEqual(before);
    expect(await page.getByTestId('shortage-admin-feedback').innerText()).toContain('„Testquelle Engpassanalyse“ wurde gelöscht.');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  }, 180_000);

  it('the steering user sees the heat map and table with the demo data note, filters to partial recognitions and downloads an XLSX', async () => {
    const page = await newPage();
    await signIn(page, 'steering@demo.example');
    await page.goto('/steuerung/engpassberufe');
    await waitForPage(page);
    await figuresShown(page);
    expect(await page.locator('[data-testid="steering-tabs"] a[aria-current="page"]').innerText()).toBe(deSteering.views.shortage);
    expect(await page.getByTestId('shortage-demo-note').innerText()).toBe(de.demoNote);
    expect(await page.getByTestId('shortage-source').innerText()).toMatch(/^Engpassanalyse: .+, eingelesen am \d{1,2}\. [A-Za-zäöü]+ \d{4}$/);
    expect(await page.locator('[data-testid="stats-table-occupation-by-country"] .stats-chart__canvas').count()).toBe(1);
    const heatBefore = await tableText(page, 'occupation-by-country');
    const perOccupationBefore = await tableText(page, 'per-occupation');
    expect(heatBefore).toMatch(/\d/);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'shortage-steering');

    // §16d: only partial recognitions — the address and the figures change, without a reload.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.getByTestId('shortage-filters').locator('[data-field="measure16d"] input').check();
    await page.getByTestId('shortage-apply').getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('measure16d') === 'true');
    await expect.poll(() => page.getByTestId('steering-applied').innerText().catch(() => '')).not.toBe('');
    await figuresShown(page);
    await expect.poll(async () => `${await tableText(page, 'occupation-by-country')}|${await tableText(page, 'per-occupation')}`).not.toBe(`${heatBefore}|${perOccupationBefore}`);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'shortage-steering-16d');

    // The XLSX of the same selection.
    const xlsxHref = await page.getByTestId('steering-xlsx').locator('a').getAttribute('href');
    expect(xlsxHref).toContain('measure16d=true');
    expect(xlsxHref).toContain('format=xlsx');
    const response = await page.context().request.get(`${session.url()}${xlsxHref}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await response.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 180_000);

  for (const language of ['de', 'en'] as const) {
    for (const width of [1280, 390]) {
      it(`passes axe in ${language} at ${width} px without sideways scrolling`, async () => {
        const page = await newPage();
        if (language === 'en') await page.context().addInitScript(() => localStorage.setItem('lotse.lang', 'en'));
        await page.setViewportSize({ width, height: 900 });
        const texts = language === 'en' ? en : de;
        await signIn(page, 'steering@demo.example');
        await page.goto('/steuerung/engpassberufe');
        await waitForPage(page);
        await figuresShown(page);
        expect(await page.getByTestId('shortage-demo-note').innerText()).toBe(texts.demoNote);
        expect(await page.locator('#shortage-view-title').innerText()).toBe(texts.title);
        expect(await axeOnPage(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBe(0);
        if (width === 390) await screenshots(page, `shortage-steering-${language}`);

        await page.context().clearCookies();
        await signIn(page, 'admin@demo.example');
        await page.goto('/verwaltung/engpassanalyse');
        await waitForPage(page);
        await page.getByTestId('shortage-import').first().waitFor();
        expect(await page.locator('main h1').first().innerText()).toBe(texts.admin.title);
        expect(await axeOnPage(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBe(0);
        if (width === 390) await screenshots(page, `shortage-admin-${language}`);
      }, 180_000);
    }
  }
});
