import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de/steering.json';
import en from '../../src/web/i18n/en/steering.json';
import { axeOnPage, screenshots, sidewaysOverflow, signIn } from './cases-steps';
import { useBrowserSession, waitForPage } from './support/browser';
import { fixtureOptions, fixtureResponse } from './support/steering-fixture';

const session = useBrowserSession();

/** The figures from a fixture with every chart kind (the dashboard's components, not the server's figures). */
async function withFixture(page: Page): Promise<void> {
  await page.route('**/api/v1/stats/**', async (route) => {
    const url = new URL(route.request().url());
    const view = url.pathname.split('/').pop() ?? '';
    if (view === 'options') return route.fulfill({ json: fixtureOptions });
    return route.fulfill({ json: fixtureResponse(view as 'overview', url.searchParams) });
  });
}

describe('the steering dashboard components', () => {
  for (const language of ['de', 'en'] as const) {
    for (const width of [1280, 390]) {
      it(`draws charts and tables with "< 5", an empty table and axe 0 in ${language} at ${width} px`, async () => {
        const page = await session.newPage();
        if (language === 'en') await page.context().addInitScript(() => localStorage.setItem('lotse.lang', 'en'));
        await page.setViewportSize({ width, height: 900 });
        await withFixture(page);
        await signIn(page, 'steering@demo.example');
        await page.goto('/steuerung');
        await waitForPage(page);
        await page.waitForURL((url) => url.pathname === '/steuerung/ueberblick');
        const texts = language === 'en' ? en : de;
        await page.getByTestId('steering-figures').waitFor();
        for (const id of ['open-by-stage', 'new-closed', 'by-authority', 'obstacles-by-stage']) {
          await page.locator(`[data-testid="stats-chart-${id}"][data-state="ready"]`).waitFor();
        }
        expect(await page.getByTestId('stats-table-open-by-stage').locator('tr[data-row="visa"] td').innerText()).toBe('< 5');
        expect(await page.getByTestId('stats-table-escalations').getByTestId('stats-empty').innerText()).toBe(texts.empty);
        expect(await page.getByTestId('steering-as-of').innerText()).toBe(language === 'de' ? 'Stand: 8. Dezember 2026, 14:05 Uhr' : 'As of 8 December 2026, 14:05');
        expect(await page.locator('nav[data-testid="steering-tabs"] a[aria-current="page"]').innerText()).toBe(texts.views.overview);
        expect(await axeOnPage(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBe(0);
        if (width === 1280) await screenshots(page, `steering-components-${language}`);
      }, 120_000);
    }
  }
});
