import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de/praxis-check.json';
import en from '../../src/web/i18n/en/praxis-check.json';
import { axeOnPage, fill, fillText, press, sidewaysOverflow, signIn, textOf } from './cases-steps';
import { useBrowserSession, waitForPage } from './support/browser';

const session = useBrowserSession();
const newPage = () => session.newPage();

async function openList(page: Page): Promise<void> {
  await page.goto('/steuerung/praxis-check');
  await waitForPage(page);
  await page.getByTestId('praxis-check-create').waitFor();
}

/** Creates a report through the form and lands in the editor of its first draft. */
async function createReport(page: Page, title: string): Promise<void> {
  await openList(page);
  await fill(page, 'title', title, 'praxis-check-create');
  await fill(page, 'from', '2026-01-01', 'praxis-check-create');
  await fill(page, 'to', '2026-11-30', 'praxis-check-create');
  await press(page, 'praxis-check-create-submit');
  await page.waitForURL(/\/steuerung\/praxis-check\/[0-9a-f-]+\/1$/);
  await page.getByTestId('praxis-section-recommendations_federal').waitFor();
}

describe('the Praxis-Check in the browser', () => {
  it('the steering user creates a report, edits a recommendation, publishes it with confirmation and downloads the PDF', async () => {
    const page = await newPage();
    await signIn(page, 'steering@demo.example');
    await createReport(page, 'Praxis-Check Browser 2026');
    await fillText(page, 'recommendations_federal', '1. Mehr **Termine** bei den Auslandsvertretungen', 'praxis-section-recommendations_federal');
    await press(page, 'praxis-preview-recommendations_federal');
    expect(await textOf(page, 'praxis-preview-result-recommendations_federal')).toContain('Mehr Termine');
    await press(page, 'praxis-check-save');
    expect(await textOf(page, 'praxis-check-feedback')).toContain(de.saved);
    await press(page, 'praxis-check-publish');
    const dialog = page.getByTestId('praxis-check-publish-dialog');
    // The dialog's text is drawn a moment after it opens.
    await expect.poll(() => dialog.innerText()).toContain('eingefroren');
    expect(await axeOnPage(page)).toEqual([]);
    await press(page, 'praxis-check-publish-dialog-confirm');
    await expect.poll(() => page.getByTestId('praxis-check-status').innerText()).toContain('Veröffentlicht am');
    // Frozen: no text fields any more, the recommendation as rendered text.
    expect(await page.locator('[data-field="recommendations_federal"]').count()).toBe(0);
    await expect.poll(() => page.getByTestId('praxis-section-recommendations_federal').innerText()).toContain('Mehr Termine bei den Auslandsvertretungen');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('praxis-check-download-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/^praxis-check-.*-fassung-1\.pdf$/);
    const pdf = await readFile(String(await download.path()));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The list shows the published version with its downloads.
    await openList(page);
    await expect.poll(() => page.getByTestId('praxis-check-reports').innerText()).toContain('Praxis-Check Browser 2026');
  }, 180_000);

  for (const language of ['de', 'en'] as const) {
    for (const width of [1280, 390]) {
      it(`passes axe in ${language} at ${width} px on the list and the editor, without sideways scrolling`, async () => {
        const page = await newPage();
        if (language === 'en') await page.context().addInitScript(() => localStorage.setItem('lotse.lang', 'en'));
        await page.setViewportSize({ width, height: 900 });
        await signIn(page, 'steering@demo.example');
        await openList(page);
        const texts = language === 'en' ? en : de;
        expect(await page.locator('main h1').first().innerText()).toBe(texts.title);
        expect(await axeOnPage(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBe(0);
        await createReport(page, `Praxis-Check ${language} ${width}`);
        expect(await axeOnPage(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBe(0);
      }, 120_000);
    }
  }
});
