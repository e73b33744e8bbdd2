import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de.json';
import networkDe from '../../src/web/i18n/de/network.json';
import networkEn from '../../src/web/i18n/en/network.json';
import { axeOnPage, screenshots, sidewaysOverflow, signIn } from './cases-steps';
import { visit, waitForPage, useBrowserSession } from './support/browser';

const session = useBrowserSession();

async function newPage(language: 'de' | 'en' = 'de'): Promise<Page> {
  const page = await session.newPage();
  if (language === 'en') await page.context().addInitScript(() => localStorage.setItem('lotse.lang', 'en'));
  return page;
}

/** axe 0 at 1280 and 390 px, and nothing scrolls sideways on the phone. */
async function checkBothWidths(page: Page): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await axeOnPage(page), `axe at ${width} px`).toEqual([]);
    expect(await sidewaysOverflow(page), `sideways scroll at ${width} px`).toBe(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Types into the place combobox key by key and chooses the suggestion with the keyboard. */
async function choosePlace(page: Page, typed: string, name: string): Promise<void> {
  const input = page.locator('#directory-place');
  await input.click();
  await input.pressSequentially(typed, { delay: 30 });
  const option = page.getByRole('option', { name: new RegExp(`^${name}`) });
  await option.first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('ortname') === name);
  expect(await input.inputValue()).toBe(name);
}

const cards = (page: Page) => page.getByTestId('directory-card');
const cardSlugs = (page: Page) => cards(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')));

/** Waits for the map's outline and returns how many districts and markers it drew. */
async function mapShapes(page: Page, testId: string): Promise<{ districts: number; markers: number }> {
  const canvas = page.getByTestId(testId).locator('.region-map__canvas[data-ready="true"]');
  await canvas.waitFor();
  await page.waitForFunction((id) => (document.querySelector(`[data-testid="${id}"] svg path`) ?? null) !== null, testId);
  const paths = await page.getByTestId(testId).locator('svg path').evaluateAll((items) => items.map((item) => item.getAttribute('fill')));
  return { districts: paths.filter((fill) => fill === '#dce6ef').length, markers: paths.filter((fill) => fill === '#8a1538').length };
}

describe('the network directory, signed out', () => {
  it('finds recognition counselling in Weinheim: the IQ office with its contact, then its page with the map', async () => {
    const page = await newPage();
    await visit(page, '/');
    await page.getByRole('navigation', { name: de.layout.mainNav }).getByRole('link', { name: networkDe.nav, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/netzwerk');
    await waitForPage(page);
    expect(await page.locator('main h1').first().innerText()).toBe(networkDe.directory.title);
    await page.getByTestId('directory-count').filter({ hasText: /gefunden/ }).waitFor();
    expect((await cardSlugs(page)).length).toBeGreaterThan(30);

    await choosePlace(page, 'Weinheim', 'Weinheim');
    await page.locator('[data-field="service"] select').selectOption({ label: 'Anerkennungsberatung' });
    await page.waitForURL((url) => url.searchParams.get('angebot') === 'recognition_counselling');
    await expect.poll(() => page.getByTestId('directory-count').innerText()).toBe('1 Organisation gefunden.');
    expect(await cardSlugs(page)).toEqual(['iq-rhein-neckar']);
    const card = cards(page).first();
    const text = await card.innerText();
    expect(await card.getByRole('link', { name: 'IQ Beratung Anerkennung Rhein-Neckar' }).count()).toBe(1);
    expect(text).toContain('68159 Mannheim');
    expect(text).toContain('Anerkennungsberatung');
    expect(text).toContain('Deutsch, Englisch, Arabisch, Russisch und Ukrainisch');
    expect(await card.getByRole('link', { name: 'anerkennung@iq-rhein-neckar.demo.example' }).getAttribute('href')).toBe('mailto:anerkennung@iq-rhein-neckar.demo.example');
    // The map shows the 15 districts and the one office found.
    expect(await mapShapes(page, 'directory-map')).toEqual({ districts: 15, markers: 1 });
    await checkBothWidths(page);
    await screenshots(page, 'network-directory-weinheim');

    await card.getByRole('link', { name: 'IQ Beratung Anerkennung Rhein-Neckar' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/netzwerk/organisationen/'));
    await page.getByTestId('organisation').waitFor();
    expect(await page.locator('main h1').first().innerText()).toBe('IQ Beratung Anerkennung Rhein-Neckar');
    const contact = await page.getByTestId('organisation-contact').innerText();
    expect(contact).toContain('anerkennung@iq-rhein-neckar.demo.example');
    expect(contact).toContain('68159 Mannheim');
    expect(contact).toContain('Beratung per Videotelefonat');
    expect(await page.getByTestId('organisation-areas').innerText()).toContain('Rhein-Neckar-Kreis (Kreis)');
    const capacity = await page.getByTestId('service-capacity').first().innerText();
    expect(capacity).toMatch(/^Eingeschränkt aufnahmefähig \(Stand: \d{1,2}\. [A-Za-zä]+ \d{4}\)$/);
    expect(await mapShapes(page, 'organisation-map')).toEqual({ districts: 15, markers: 1 });
    // The public sees no internal contact and no figures.
    expect(await page.getByTestId('organisation-staff').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toMatch(/recognition_counselling|\d{4}-\d{2}-\d{2}|\b08222000\b/);
    await checkBothWidths(page);
    await screenshots(page, 'network-organisation-iq');
  });

  it('filters by language name and tells where a nationwide office sits', async () => {
    const page = await newPage();
    await visit(page, '/netzwerk');
    await page.getByTestId('directory-count').filter({ hasText: /gefunden/ }).waitFor();
    await page.locator('[data-field="language"] select').selectOption({ label: 'Arabisch' });
    await expect.poll(() => cardSlugs(page).then((slugs) => [...slugs].sort())).toEqual(['iq-rhein-neckar', 'mbe-mannheim', 'verein-brueckenbauer']);
    await page.getByTestId('directory-reset').getByRole('button').click();
    await page.locator('[data-field="name"] input').fill('ZSBA');
    await expect.poll(() => cardSlugs(page)).toEqual(['zsba']);
    await cards(page).first().getByRole('link', { name: /ZSBA/ }).click();
    await page.getByTestId('organisation').waitFor();
    expect(await page.getByTestId('organisation-outside').innerText()).toContain('53111 Bonn');
    await checkBothWidths(page);
  });
});

describe('the network directory in English', () => {
  it('shows the directory, a search and an organisation page in English', async () => {
    const page = await newPage('en');
    await visit(page, '/netzwerk');
    expect(await page.locator('main h1').first().innerText()).toBe(networkEn.directory.title);
    await choosePlace(page, '69469', 'Weinheim');
    await page.locator('[data-field="service"] select').selectOption({ label: 'Recognition counselling' });
    await expect.poll(() => page.getByTestId('directory-count').innerText()).toBe('1 organisation found.');
    expect(await cards(page).first().innerText()).toContain('German, English, Arabic, Russian, and Ukrainian');
    await mapShapes(page, 'directory-map');
    await checkBothWidths(page);
    await cards(page).first().getByRole('link', { name: 'IQ Beratung Anerkennung Rhein-Neckar' }).click();
    await page.getByTestId('organisation').waitFor();
    expect(await page.getByTestId('service-capacity').first().innerText()).toMatch(/^Limited capacity \(as of \d{1,2} [A-Z][a-z]+ \d{4}\)$/);
    await mapShapes(page, 'organisation-map');
    await checkBothWidths(page);
    await screenshots(page, 'network-organisation-iq-en');
  });
});

describe('the organisation page for staff', () => {
  it('shows a navigator the internal contact and the referral figures', async () => {
    const page = await newPage();
    await signIn(page, 'navigator@demo.example');
    await visit(page, '/netzwerk?name=IQ');
    await expect.poll(() => cardSlugs(page)).toEqual(['iq-rhein-neckar']);
    await cards(page).first().getByRole('link', { name: 'IQ Beratung Anerkennung Rhein-Neckar' }).click();
    const staff = page.getByTestId('organisation-staff');
    await staff.waitFor();
    expect(await page.getByTestId('internal-contact').innerText()).toContain('Dana Beispiel');
    expect(await page.getByTestId('referral-figures').innerText()).toMatch(/Erhalten\s+(\d+|weniger als 5)/);
    await checkBothWidths(page);
    await screenshots(page, 'network-organisation-iq-staff');
  });
});
