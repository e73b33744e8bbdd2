import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de/admin-network.json';
import en from '../../src/web/i18n/en/admin-network.json';
import { axeOnPage, choose, fill, press, screenshots, sidewaysOverflow, signIn } from './cases-steps';
import { useBrowserSession, visit, waitForPage } from './support/browser';

// The refused saves (400 naming the field) are the point of two steps.
const session = useBrowserSession({ expected: /status of 400 \(Bad Request\)/ });
const newPage = () => session.newPage();

/** axe with 0 violations and no sideways scrolling at 1280 and at 390 px. */
async function checkBothWidths(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await axeOnPage(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await axeOnPage(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function openOrganisation(page: Page, name: string): Promise<string> {
  await page.getByTestId('admin-organisations').getByRole('link', { name, exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/verwaltung/netzwerk/organisationen/'));
  await page.getByTestId('organisation-services').waitFor();
  return new URL(page.url()).pathname;
}

const waitForText = (page: Page, testId: string, text: string) =>
  page.waitForFunction(([id, expected]) => (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').includes(expected as string), [testId, text]);

// Many axe runs per test on a machine shared with other work: more time than the default minute.
describe('administration of the network', { timeout: 150_000 }, () => {
  it('the admin edits a service’s capacity, an area and a field error, and deactivates the organisation after confirming', async () => {
    const page = await newPage();
    await signIn(page, 'admin@demo.example');
    await page.locator('[data-area="administration"]').getByRole('link', { name: de.open }).click();
    await page.waitForURL((url) => url.pathname === '/verwaltung/netzwerk');
    await waitForPage(page);
    await page.getByTestId('admin-organisations').waitFor();
    await checkBothWidths(page);
    await screenshots(page, 'admin-network-list');

    await fill(page, 'q', 'Welcome');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="admin-organisations"] li').length === 1);
    const name = (await page.getByTestId('admin-organisations').getByRole('link').first().innerText()).trim();
    await openOrganisation(page, name);
    await checkBothWidths(page);

    // Service capacity: the summary shows the new state without a reload.
    await press(page, 'service-welcome_counselling-edit');
    await choose(page, 'capacity', de.services.capacities.limited, 'service-welcome_counselling-form');
    await press(page, 'service-welcome_counselling-save');
    await waitForText(page, 'service-welcome_counselling-capacity', de.services.capacities.limited);

    // A server refusal stands next to the field, in the page's language.
    await press(page, 'organisation-details-edit');
    await fill(page, 'phone', 'keine Nummer', 'organisation-details-form');
    await press(page, 'organisation-details-save');
    await page.getByTestId('organisation-details-form').getByText(de.errors.phone).first().waitFor();
    expect(await axeOnPage(page)).toEqual([]);
    await fill(page, 'phone', '+49 621 293 0', 'organisation-details-form');
    await press(page, 'organisation-details-save');
    await page.getByTestId('organisation-details-form').waitFor({ state: 'detached' });

    // Areas by name: a municipality found by typing, shown by name.
    await press(page, 'organisation-areas-edit');
    await fill(page, 'areaAgs-search', 'Weinheim', 'organisation-areas-form');
    await page.getByRole('button', { name: de.areas.add.replace('{{name}}', 'Weinheim') }).click();
    await press(page, 'organisation-areas-save');
    await waitForText(page, 'organisation-areas-list', 'Weinheim');

    // Deactivation asks first and says what will happen.
    await press(page, 'organisation-state-toggle');
    const dialog = page.getByTestId('organisation-state-confirm');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(de.state.confirmDeactivate);
    expect(await axeOnPage(page)).toEqual([]);
    await press(page, 'organisation-state-confirm-confirm');
    await waitForText(page, 'organisation-state-text', de.state.inactive);
    await screenshots(page, 'admin-network-organisation');
  });

  it('the admin records a cooperation agreement with partners chosen by name and edits it', async () => {
    const page = await newPage();
    await signIn(page, 'admin@demo.example');
    await visit(page, '/verwaltung/netzwerk/vereinbarungen');
    await page.getByRole('link', { name: de.agreements.new }).first().click();
    await page.getByTestId('agreement-form').waitFor();
    await fill(page, 'title', 'Kooperation Anerkennung Rhein-Neckar', 'agreement-form');
    await choose(page, 'topic', de.agreements.topics.recognition, 'agreement-form');
    for (const search of ['IQ Beratung', 'Mannheim']) {
      await fill(page, 'partnerSearch', search, 'agreement-form');
      await page.getByTestId('agreement-partner-matches').getByRole('button').first().click();
    }
    await fill(page, 'validFrom', '2026-01-01', 'agreement-form');
    await fill(page, 'documentUrl', 'http://unsicher.demo.example/vertrag.pdf', 'agreement-form');
    await press(page, 'agreement-save');
    await page.getByTestId('agreement-form').getByText(de.errors.documentUrl).first().waitFor();
    await fill(page, 'documentUrl', 'https://docs.demo.example/vertrag.pdf', 'agreement-form');
    await press(page, 'agreement-save');
    await page.waitForURL((url) => /\/verwaltung\/netzwerk\/vereinbarungen\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByTestId('agreement-state').waitFor();
    expect(await page.getByTestId('agreement-state').innerText()).toContain('ab 1. Januar 2026');
    expect((await page.getByTestId('agreement-partners').innerText()).split('\n').length).toBeGreaterThanOrEqual(2);
    await checkBothWidths(page);
    await screenshots(page, 'admin-network-agreement-form');

    await fill(page, 'validTo', '2027-12-31', 'agreement-form');
    await press(page, 'agreement-save');
    await waitForText(page, 'agreement-state', '31. Dezember 2027');
    await press(page, 'agreement-toggle');
    await page.getByTestId('agreement-confirm').waitFor();
    await press(page, 'agreement-confirm-confirm');
    await waitForText(page, 'agreement-state', de.agreements.ended);
    await visit(page, '/verwaltung/netzwerk/vereinbarungen');
    await page.getByTestId('admin-agreements').waitFor();
    await page.getByTestId('admin-agreements').getByRole('link', { name: 'Kooperation Anerkennung Rhein-Neckar', exact: true }).waitFor();
    await checkBothWidths(page);
    await screenshots(page, 'admin-network-agreements');
  });

  it('the pages in English for the steering office, which reads without edit buttons: axe 0 at 1280 and 390 px', async () => {
    const page = await newPage();
    await signIn(page, 'steering@demo.example');
    await press(page, 'language-en');
    await visit(page, '/verwaltung/netzwerk');
    await page.getByTestId('admin-organisations').waitFor();
    expect(await page.locator('main h1').first().innerText()).toBe(en.title);
    expect(await page.getByTestId('admin-network-read-only').innerText()).toBe(en.readOnly);
    expect(await page.getByRole('link', { name: en.list.new }).count()).toBe(0);
    await checkBothWidths(page);
    await openOrganisation(page, (await page.getByTestId('admin-organisations').getByRole('link').first().innerText()).trim());
    expect(await page.getByTestId('organisation-state-toggle').count()).toBe(0);
    await checkBothWidths(page);
    await visit(page, '/verwaltung/netzwerk/vereinbarungen');
    await page.locator('main h1').first().waitFor();
    await checkBothWidths(page);
  });

  it('the admin’s forms in English: axe 0 at 1280 and 390 px', async () => {
    const admin = await newPage();
    await signIn(admin, 'admin@demo.example');
    await press(admin, 'language-en');
    await visit(admin, '/verwaltung/netzwerk/vereinbarungen/neu');
    await admin.getByTestId('agreement-form').waitFor();
    await checkBothWidths(admin);
    await visit(admin, '/verwaltung/netzwerk/organisationen/neu');
    await admin.getByTestId('organisation-new-form').waitFor();
    await checkBothWidths(admin);
    await visit(admin, '/verwaltung/netzwerk');
    await admin.getByTestId('admin-organisations').waitFor();
    await openOrganisation(admin, (await admin.getByTestId('admin-organisations').getByRole('link').first().innerText()).trim());
    await press(admin, 'organisation-details-edit');
    await admin.getByTestId('organisation-details-form').waitFor();
    await checkBothWidths(admin);
    await screenshots(admin, 'admin-network-details-form-en');
  });
});
