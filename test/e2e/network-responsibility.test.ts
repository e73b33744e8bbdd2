import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import deResponsibility from '../../src/web/i18n/de/responsibility.json';
import enResponsibility from '../../src/web/i18n/en/responsibility.json';
import { axeOnPage, sidewaysOverflow } from './cases-steps';
import { useBrowserSession, visit, waitForPage } from './support/browser';

const session = useBrowserSession();

async function newPage(language: 'de' | 'en'): Promise<Page> {
  const page = await session.newPage();
  await page.context().addInitScript((lang) => window.localStorage.setItem('lotse.lang', lang), language);
  return page;
}

const form = (page: Page) => page.getByTestId('responsibility-form');
const chooseService = (page: Page, label: string) => form(page).locator('[data-field="service"] select').selectOption({ label });

/** Types a name or postcode into the place field and chooses the suggestion with that name. */
async function choosePlace(page: Page, typed: string, name: string): Promise<void> {
  const input = form(page).locator('input[role="combobox"]');
  await input.fill(typed);
  await form(page).locator('li[role="option"]').filter({ hasText: name }).first().click();
  await expect.poll(() => input.inputValue()).toBe(name);
}

const cards = (page: Page) => page.getByTestId('responsibility-result').getByTestId('responsible-organisation');

/** Waits until the answer's title names the service and place. */
async function answerFor(page: Page, title: string): Promise<void> {
  await expect.poll(() => page.locator('#responsibility-result-title').innerText().catch(() => '')).toBe(title);
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
    await page.screenshot({ path: `${directory}/responsibility-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('Wer ist zuständig? (/netzwerk/zustaendigkeit), signed out', () => {
  it('finds recognition counselling in Weinheim by name: the IQ office with contact, languages and capacity in words', async () => {
    const page = await newPage('de');
    await visit(page, '/netzwerk/zustaendigkeit');
    await waitForPage(page);
    expect(await page.locator('main h1').first().innerText()).toBe(deResponsibility.title);
    expect(await page.getByTestId('responsibility-result').innerText()).toBe(deResponsibility.choose);
    await checkBothWidths(page);

    await chooseService(page, 'Anerkennungsberatung');
    await choosePlace(page, 'Weinh', 'Weinheim');
    await answerFor(page, 'Anerkennungsberatung in Weinheim');
    // The address keeps the question, so the answer can be shared.
    const url = new URL(page.url());
    expect(url.pathname).toBe('/netzwerk/zustaendigkeit');
    expect(url.searchParams.get('ort')).toBe('08226096');
    expect(url.searchParams.get('leistung')).toBe('recognition_counselling');

    const iq = cards(page).and(page.locator('[data-kind="iq"]')).first();
    const text = await iq.innerText();
    expect(text).toContain('IQ Beratung Anerkennung Rhein-Neckar');
    expect(text).toContain('anerkennung@iq-rhein-neckar.demo.example');
    expect(text).toContain('Beratung nach Terminvereinbarung, auch per Video.');
    expect(await iq.getByTestId('responsible-languages').innerText()).toBe('Deutsch, Englisch, Arabisch, Russisch, Ukrainisch');
    expect(await iq.getByTestId('responsible-capacity').innerText()).toBe('Eingeschränkt aufnahmefähig (Stand: 1. Dezember 2026)');
    expect(await iq.getAttribute('data-statutory')).toBe('false');
    // Not statutory: no authority is marked responsible.
    expect(await page.getByTestId('responsible-badge').count()).toBe(0);
    expect(await page.getByTestId('responsibility-status').innerText()).toMatch(/Stellen? gefunden: Anerkennungsberatung in Weinheim\.$/);
    await expectNoCodes(page);
    await checkBothWidths(page);
    await screenshot(page, 'weinheim-de');

    // Another service: Weinheim, a Große Kreisstadt, has an Ausländerbehörde of its own. No reload.
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await chooseService(page, 'Aufenthaltstitel');
    await answerFor(page, 'Aufenthaltstitel in Weinheim');
    const first = cards(page).first();
    expect(await first.locator('.responsible__name').innerText()).toBe('Ausländerbehörde Stadt Weinheim');
    expect(await first.getByTestId('responsible-badge').innerText()).toBe('ZUSTÄNDIGE BEHÖRDE · Zuständig nach §71 Abs. 1 AufenthG.');
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
  }, 120_000);

  it('answers Mannheim + Aufenthaltstitel with the city’s Ausländerbehörde, by name and by postcode 68159, and from a shared link', async () => {
    const page = await newPage('de');
    await visit(page, '/netzwerk/zustaendigkeit');
    await waitForPage(page);
    await chooseService(page, 'Aufenthaltstitel');
    await choosePlace(page, 'Mannheim', 'Mannheim');
    await answerFor(page, 'Aufenthaltstitel in Mannheim');
    const responsible = page.getByTestId('responsibility-responsible').getByTestId('responsible-organisation');
    expect(await responsible.count()).toBe(1);
    expect(await responsible.locator('.responsible__name').innerText()).toBe('Ausländerbehörde Stadt Mannheim');
    expect(await responsible.innerText()).toContain('Ausländerbehörde · für diese Gemeinde');
    await expectNoCodes(page);

    // By postcode: the same answer.
    await choosePlace(page, '68159', 'Mannheim');
    await answerFor(page, 'Aufenthaltstitel in Mannheim');
    expect(await responsible.locator('.responsible__name').innerText()).toBe('Ausländerbehörde Stadt Mannheim');

    // The link alone gives the same answer (and names the place in the field).
    const shared = await newPage('de');
    await visit(shared, page.url().replace(session.url(), ''));
    await answerFor(shared, 'Aufenthaltstitel in Mannheim');
    expect(await shared.getByTestId('responsibility-responsible').locator('.responsible__name').innerText()).toBe('Ausländerbehörde Stadt Mannheim');
    expect(await form(shared).locator('input[role="combobox"]').inputValue()).toBe('Mannheim');
    await screenshot(shared, 'mannheim-de');
  }, 120_000);

  it('says when a place has no regional offer and shows the nationwide ones', async () => {
    const page = await newPage('de');
    // Migration counselling for adults is offered in Mannheim only (demo data).
    await visit(page, '/netzwerk/zustaendigkeit?ort=08226096&leistung=migration_counselling_adults');
    await answerFor(page, 'Migrationsberatung für Erwachsene in Weinheim');
    expect(await page.getByTestId('responsibility-not-covered').innerText()).toBe(
      'Für Migrationsberatung für Erwachsene gibt es in Weinheim noch kein Angebot im Netzwerk. Bundesweit helfen diese Stellen weiter:',
    );
    const nationwide = await page.getByTestId('responsibility-nationwide').innerText();
    expect(nationwide).toContain('Zentrale Auslands- und Fachvermittlung (ZAV)');
    expect(nationwide).toContain('Zentrale Servicestelle Berufsanerkennung (ZSBA)');
    await expectNoCodes(page);
    await checkBothWidths(page);
  }, 120_000);

  it('in English: the same answers, no codes, axe 0 at both widths', async () => {
    const page = await newPage('en');
    await visit(page, '/netzwerk/zustaendigkeit');
    await waitForPage(page);
    expect(await page.locator('main h1').first().innerText()).toBe(enResponsibility.title);
    await chooseService(page, 'Recognition counselling');
    await choosePlace(page, 'Weinheim', 'Weinheim');
    await answerFor(page, 'Recognition counselling in Weinheim');
    const iq = cards(page).and(page.locator('[data-kind="iq"]')).first();
    expect(await iq.getByTestId('responsible-languages').innerText()).toBe('German, English, Arabic, Russian, Ukrainian');
    expect(await iq.getByTestId('responsible-capacity').innerText()).toBe('Limited capacity (as of 1 December 2026)');
    await checkBothWidths(page);
    await chooseService(page, 'Residence title');
    await choosePlace(page, '68159', 'Mannheim');
    await answerFor(page, 'Residence title in Mannheim');
    const responsible = page.getByTestId('responsibility-responsible');
    expect(await responsible.locator('.responsible__name').innerText()).toBe('Ausländerbehörde Stadt Mannheim');
    expect(await responsible.getByTestId('responsible-badge').innerText()).toBe('RESPONSIBLE AUTHORITY · Responsible under §71 Abs. 1 AufenthG.');
    await expectNoCodes(page);
    await checkBothWidths(page);
    await screenshot(page, 'mannheim-en');
  }, 120_000);
});

/** No service id or AGS shown to people in the answer (kinds are checked by their words above). */
async function expectNoCodes(page: Page): Promise<void> {
  const text = await page.getByTestId('responsibility-result').innerText();
  expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  expect(text).not.toMatch(/\b\d{8}\b/);
}
