import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de/steering.json';
import en from '../../src/web/i18n/en/steering.json';
import { axeOnPage, choose, screenshots, sidewaysOverflow, signIn } from './cases-steps';
import { waitForPage } from './support/browser';
import { useSteeringSession } from './support/steering-session';

const session = useSteeringSession();
const newPage = () => session.newPage();

/** Opens the dashboards through the header link and waits for the figures and their charts. */
async function openDashboards(page: Page, linkName: string): Promise<void> {
  await page.locator('.site-nav').getByRole('link', { name: linkName, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/steuerung/ueberblick');
  await waitForPage(page);
  await figuresShown(page);
}

async function figuresShown(page: Page): Promise<void> {
  await page.getByTestId('steering-figures').waitFor();
  await page.locator('.stats-chart__canvas[data-state="loading"]').first().waitFor({ state: 'detached' });
}

const tableText = (page: Page, id: string) => page.getByTestId(`stats-table-${id}`).locator('table').innerText();

describe('the steering dashboards', () => {
  it('the steering user sees the figures with "< 5", filters to Rheinland-Pfalz and the last 12 months, downloads XLSX and a PNG', async () => {
    const page = await newPage();
    await signIn(page, 'steering@demo.example');
    await openDashboards(page, de.nav);
    expect(await page.locator('main h1').first().innerText()).toBe(de.title);
    expect(await page.locator('[data-testid="steering-tabs"] a[aria-current="page"]').innerText()).toBe(de.views.overview);
    expect(await page.getByTestId('steering-scope').innerText()).toBe(de.scopeNetwork);
    expect(await page.getByTestId('steering-as-of').innerText()).toMatch(/^Stand: \d{1,2}\. [A-Za-zäöüÄÖÜ]+ \d{4}, \d{2}:\d{2} Uhr$/);
    // Real figures, and small counts shown as "< 5" with the explanation.
    const before = await tableText(page, 'open-by-stage');
    expect(before).toMatch(/\d/);
    const suppressed = page.locator('td[data-suppressed="true"]');
    expect(await suppressed.count()).toBeGreaterThan(0);
    expect(['< 5', de.tooFew]).toContain(await suppressed.first().innerText());
    expect(await page.getByTestId('stats-footnote').first().innerText()).toContain('< 5');
    const chart = page.locator('.stats-chart__canvas').first();
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toContain('„');
    await screenshots(page, 'steering-overview');

    // Rheinland-Pfalz and the last 12 months: the address carries the selection, the figures follow without a reload.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await choose(page, 'land', 'Rheinland-Pfalz', 'steering-filters');
    await page.getByTestId('steering-preset-last12Months').getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('land') === 'RP' && url.searchParams.has('from') && url.searchParams.has('to'));
    await expect.poll(() => page.getByTestId('steering-applied').innerText().catch(() => '')).toContain('Rheinland-Pfalz');
    await figuresShown(page);
    expect(await tableText(page, 'open-by-stage')).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    const url = new URL(page.url());
    const today = new Date();
    const iso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    expect(url.searchParams.get('to')).toBe(iso(today));
    expect(url.searchParams.get('from')).toBe(iso(new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1)));
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'steering-overview-rp');

    // The XLSX of the same selection, written by the server.
    const xlsxHref = await page.getByTestId('steering-xlsx').locator('a').getAttribute('href');
    expect(xlsxHref).toContain('land=RP');
    expect(xlsxHref).toContain('format=xlsx');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('steering-xlsx').locator('a').click()]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsx = await readFile(String(await file.path()));
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    const response = await page.context().request.get(`${session.url()}${xlsxHref}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    // The chart as PNG.
    const [picture] = await Promise.all([page.waitForEvent('download'), page.getByTestId('stats-png').first().getByRole('button').click()]);
    expect(picture.suggestedFilename()).toMatch(/^steuerung-ueberblick-.+\.png$/);
    const png = await readFile(String(await picture.path()));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

    // Another view keeps the selection.
    await page.locator('[data-testid="steering-tabs"]').getByRole('link', { name: de.views.stageDurations }).click();
    await page.waitForURL((next) => next.pathname === '/steuerung/verweildauer' && next.searchParams.get('land') === 'RP');
    await page.getByTestId('steering-figures').waitFor();
    expect(await page.locator('[data-testid="steering-tabs"] a[aria-current="page"]').innerText()).toBe(de.views.stageDurations);
  }, 180_000);

  it('a case worker of Ludwigshafen sees the figures of their own authority only', async () => {
    const page = await newPage();
    await signIn(page, 'caseworker.lu@demo.example');
    await openDashboards(page, de.nav);
    expect(await page.getByTestId('steering-scope').innerText()).toBe('Nur Ihre Behörde: Ausländerbehörde Stadt Ludwigshafen am Rhein');
    // No choice of another authority.
    expect(await page.locator('[data-field="authority"]').count()).toBe(0);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'steering-caseworker');
  }, 120_000);

  it('a partner organisation gets no dashboards', async () => {
    const page = await newPage();
    await signIn(page, 'partner@demo.example');
    expect(await page.locator('.site-nav').getByRole('link', { name: de.nav, exact: true }).count()).toBe(0);
    await page.goto('/steuerung/ueberblick');
    await waitForPage(page);
    expect(await page.getByTestId('steering-not-allowed').textContent()).toContain(de.notAllowed);
  });

  for (const language of ['de', 'en'] as const) {
    for (const width of [1280, 390]) {
      it(`passes axe in ${language} at ${width} px without sideways scrolling`, async () => {
        const page = await newPage();
        if (language === 'en') await page.context().addInitScript(() => localStorage.setItem('lotse.lang', 'en'));
        await page.setViewportSize({ width, height: 900 });
        await signIn(page, 'steering@demo.example');
        await page.goto('/steuerung');
        await waitForPage(page);
        await page.waitForURL((url) => url.pathname === '/steuerung/ueberblick');
        await figuresShown(page);
        const texts = language === 'en' ? en : de;
        expect(await page.getByTestId('steering-scope').innerText()).toBe(texts.scopeNetwork);
        expect(await page.locator('[data-testid="steering-tabs"] a[aria-current="page"]').innerText()).toBe(texts.views.overview);
        expect(await axeOnPage(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBe(0);
        if (width === 390) await screenshots(page, `steering-${language}`);
        // Every other view of the dashboards, drawn from the server's figures.
        for (const [slug, key] of [['verweildauer', 'stageDurations'], ['weiterleitungen', 'referralDeadlines'], ['fristen-81a', 'procedureDeadlines'], ['hemmnisse-auswertung', 'obstacles']] as const) {
          await page.locator('[data-testid="steering-tabs"]').getByRole('link', { name: texts.views[key] }).click();
          await page.waitForURL((url) => url.pathname === `/steuerung/${slug}`);
          await figuresShown(page);
          expect(await page.locator('[data-testid="steering-tabs"] a[aria-current="page"]').innerText()).toBe(texts.views[key]);
          expect(await axeOnPage(page)).toEqual([]);
          expect(await sidewaysOverflow(page)).toBe(0);
          if (language === 'de' && width === 1280) await screenshots(page, `steering-${slug}`);
        }
      }, 240_000);
    }
  }
});
