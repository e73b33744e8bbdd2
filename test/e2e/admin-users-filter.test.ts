import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AdminUser } from '../../src/contract/admin-users';
import { csrfCookieName, csrfHeaderName } from '../../src/contract/auth';
import de from '../../src/web/i18n/de/admin-users.json';
import en from '../../src/web/i18n/en/admin-users.json';
import deCore from '../../src/web/i18n/de.json';
import { axeOnPage, choose, fill, screenshots, selected, sidewaysOverflow, signIn } from './cases-steps';
import { useBrowserSession, visit, waitForPage } from './support/browser';

const session = useBrowserSession();
const newPage = () => session.newPage();
const path = '/verwaltung/benutzer';
const cards = (page: Page) => page.locator('[data-testid="user-list"] > li');
const english = (page: Page) => page.context().addInitScript(() => window.localStorage.setItem('lotse.lang', 'en'));

/** The page in 1280 and 390 px: axe finds nothing, nothing scrolls sideways. */
async function checkBothWidths(page: Page) {
  expect(await axeOnPage(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await axeOnPage(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Every account the admin manages, straight from the list endpoint (what the page filters). */
async function allUsers(page: Page): Promise<AdminUser[]> {
  return page.evaluate(async () => ((await (await fetch('/api/v1/users', { credentials: 'include' })).json()) as { items: AdminUser[] }).items);
}

/** A JSON request with the page's session (and its CSRF token), as the web app would send it. */
async function apiCall(page: Page, method: 'GET' | 'POST', url: string, data?: unknown) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === csrfCookieName)?.value ?? '';
  const response = await page.context().request.fetch(`${session.url()}${url}`, { method, headers: { [csrfHeaderName]: csrf }, ...(data === undefined ? {} : { data }) });
  expect(response.status(), `${method} ${url}`).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

// The demo has a handful of accounts; a network has hundreds. 48 more (fictitious people), invited
// through the API as the page would; one demo account is deactivated (an invitation not yet
// accepted stays "invited" when deactivated).
const run = Date.now().toString(36);
const givenNames = ['Jörg', 'Käthe', 'Sören', 'Zoë', 'Ülkü', 'Malte', 'Ines', 'Bodo'];
const familyNames = ['Müller', 'Häher', 'Grünfink', 'Weißstorch', 'Bläßhuhn', 'Rohrdommel'];
async function addAccounts(page: Page) {
  const organisations = (await apiCall(page, 'GET', '/api/v1/organisations')).items as { id: string; name: string }[];
  const iq = organisations.find((organisation) => organisation.name === 'IQ Beratung Anerkennung Rhein-Neckar');
  const welcome = organisations.find((organisation) => organisation.name === 'Welcome Center Rhein-Neckar');
  let index = 0;
  for (const family of familyNames) {
    for (const given of givenNames) {
      index += 1;
      const email = `${given}.${family}.${run}`.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss') + '@demo.example';
      const body = { email, name: `${given} ${family}`, roles: [index % 3 === 0 ? 'navigator' : 'partner'], organisationId: (index % 2 === 0 ? welcome : iq)?.id ?? null, locale: 'de' };
      await apiCall(page, 'POST', '/api/v1/users/invitations', body);
    }
  }
  const employer = (await allUsers(page)).find((user) => user.email === 'employer@demo.example');
  if (employer?.status === 'active') await apiCall(page, 'POST', `/api/v1/users/${employer.id}/deactivate`);
}

const emails = (page: Page) => cards(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-email')));

describe('the user administration with hundreds of accounts: filters, compact cards, 30 at a time', () => {
  it('filters by name and by organisation, keeps the filters in the address, resets (de)', async () => {
    const page = await newPage();
    await signIn(page, 'admin@demo.example');
    await addAccounts(page);
    await visit(page, path);
    await page.getByTestId('user-list').waitFor();
    const users = await allUsers(page);
    const total = users.length;
    expect(total).toBeGreaterThan(30);
    expect(await page.locator('#user-list-title').innerText()).toBe(de.count_other.replace('{{count}}', String(total)));
    // 30 cards, and the rest one click away.
    expect(await cards(page).count()).toBe(30);
    expect(await page.getByTestId('user-list-found').innerText()).toBe('');
    expect(await page.getByTestId('user-list-shown').innerText()).toBe(`Angezeigt: 30 von ${total}`);
    // A card's actions are folded: its data, then one "Aktionen" line.
    const first = cards(page).filter({ has: page.getByTestId('user-actions') }).first();
    const actions = first.getByTestId('user-actions');
    expect(await actions.getAttribute('open')).toBeNull();
    expect(await first.getByTestId('user-deactivate').isVisible()).toBe(false);
    await checkBothWidths(page);
    await screenshots(page, 'admin-users-list');
    await actions.locator('summary').click();
    await first.getByTestId('user-deactivate').getByRole('button').waitFor({ state: 'visible' });
    await checkBothWidths(page);

    await page.getByTestId('user-list-more').getByRole('button').click();
    await expect.poll(() => cards(page).count()).toBe(Math.min(60, total));
    // The first added card takes the focus.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-email'))).toBe(await cards(page).nth(30).getAttribute('data-email'));

    // By name: any part, whatever the case.
    await fill(page, 'text', 'NACHTIG', 'user-filters');
    await expect.poll(() => emails(page)).toEqual(['navigator@demo.example']);
    expect(await page.getByTestId('user-list-found').innerText()).toBe(`1 von ${total} Zugängen`);
    expect(await page.locator('#user-list-title').innerText()).toBe(de.count_other.replace('{{count}}', String(total)));
    await expect.poll(() => new URL(page.url()).searchParams.get('suche')).toBe('NACHTIG');
    await checkBothWidths(page);
    await screenshots(page, 'admin-users-filtered');

    // A reload keeps the filter, field included.
    await page.reload();
    await waitForPage(page);
    await expect.poll(() => emails(page)).toEqual(['navigator@demo.example']);
    expect(await page.locator('[data-testid="user-filters"] [data-field="text"] input').inputValue()).toBe('NACHTIG');

    await page.getByTestId('user-filter-reset').getByRole('button').click();
    await expect.poll(() => cards(page).count()).toBe(30);
    expect(await page.getByTestId('user-list-found').innerText()).toBe('');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('[data-testid="user-filters"] [data-field="text"] input').inputValue()).toBe('');

    // By organisation: the select names organisations (only those with accounts), never codes.
    const welcome = users.filter((user) => user.organisation?.name === 'Welcome Center Rhein-Neckar');
    expect(welcome.length).toBeGreaterThan(1);
    const organisationOptions = await page.locator('[data-testid="user-filters"] [data-field="organisation"] option').allInnerTexts();
    const withAccounts = new Set(users.map((user) => user.organisation?.name ?? de.filter.withoutOrganisation));
    expect(organisationOptions.slice(1).every((name) => withAccounts.has(name.trim()))).toBe(true);
    expect(organisationOptions.length - 1).toBe(withAccounts.size);
    await choose(page, 'organisation', 'Welcome Center Rhein-Neckar', 'user-filters');
    await expect.poll(async () => (await emails(page)).sort()).toEqual(welcome.map((user) => user.email).sort());
    expect(await page.getByTestId('user-list-found').innerText()).toBe(`${welcome.length} von ${total} Zugängen`);
    expect(new URL(page.url()).searchParams.get('organisation')).toBe(welcome[0]?.organisation?.id);

    // And a role on top: names in the select, never codes.
    const roleOptions = await page.locator('[data-testid="user-filters"] [data-field="role"] option').allInnerTexts();
    expect(roleOptions.some((label) => /_/.test(label))).toBe(false);
    expect(roleOptions).toContain(deCore.roles.org_admin);
    await choose(page, 'role', deCore.roles.org_admin, 'user-filters');
    const welcomeAdmins = welcome.filter((user) => user.roles.includes('org_admin')).map((user) => user.email).sort();
    await expect.poll(async () => (await emails(page)).sort()).toEqual(welcomeAdmins);
    expect(page.url()).toContain('rolle=org_admin');
    await checkBothWidths(page);

    // Status on top: no organisation admin there is deactivated, so the list says that nothing matches.
    expect(welcome.some((user) => user.status === 'inactive' && user.roles.includes('org_admin'))).toBe(false);
    await choose(page, 'status', de.filter.statuses.inactive, 'user-filters');
    await page.getByTestId('user-list-empty').waitFor();
    expect(await selected(page, 'status', 'user-filters')).toBe(de.filter.statuses.inactive);
    expect(new URL(page.url()).searchParams.get('status')).toBe('inactive');
    // Only the status: the deactivated accounts.
    await choose(page, 'organisation', de.filter.anyOrganisation, 'user-filters');
    await choose(page, 'role', de.filter.anyRole, 'user-filters');
    const inactive = users.filter((user) => user.status === 'inactive').map((user) => user.email).sort();
    expect(inactive.length).toBeGreaterThan(0);
    await expect.poll(async () => (await emails(page)).sort()).toEqual(inactive);
    expect(await cards(page).first().innerText()).toContain(de.status.inactive);

    // Umlauts written either way: "mueller" and "MÜLLER" find the Müllers.
    const muellers = users.filter((user) => user.name.includes('Müller')).map((user) => user.email).sort();
    await choose(page, 'status', de.filter.anyStatus, 'user-filters');
    await fill(page, 'text', 'mueller', 'user-filters');
    await expect.poll(async () => (await emails(page)).sort()).toEqual(muellers);
    await fill(page, 'text', 'MÜLLER', 'user-filters');
    await expect.poll(async () => (await emails(page)).sort()).toEqual(muellers);
    await fill(page, 'text', 'zoe', 'user-filters');
    await expect.poll(() => cards(page).count()).toBe(familyNames.length);

    await page.getByTestId('user-filter-reset').getByRole('button').click();
    await expect.poll(() => cards(page).count()).toBe(30);
    expect(await selected(page, 'organisation', 'user-filters')).toBe(de.filter.anyOrganisation);
    expect(new URL(page.url()).search).toBe('');
  }, 240_000);

  it('in English too, axe clean at 1280 and 390 px, from an address with filters', async () => {
    const page = await newPage();
    await english(page);
    await signIn(page, 'admin@demo.example');
    if ((await allUsers(page)).length <= 30) await addAccounts(page);
    await visit(page, `${path}?suche=${encodeURIComponent('navigator@demo')}`);
    await page.getByTestId('user-list').waitFor();
    const total = (await allUsers(page)).length;
    await expect.poll(() => emails(page)).toEqual(['navigator@demo.example']);
    expect(await page.getByTestId('user-list-found').innerText()).toBe(`1 of ${total} accounts`);
    expect(await page.locator('#user-list-title').innerText()).toBe(en.count_other.replace('{{count}}', String(total)));
    await page.getByTestId('user-filter-reset').getByRole('button', { name: en.filter.reset }).waitFor();
    await cards(page).first().getByTestId('user-actions').locator('summary').click();
    await checkBothWidths(page);
    await screenshots(page, 'admin-users-filtered-en');
    await page.getByTestId('user-filter-reset').getByRole('button').click();
    await expect.poll(() => cards(page).count()).toBe(30);
    expect(await page.getByTestId('user-list-shown').innerText()).toBe(`Showing 30 of ${total}`);
    await checkBothWidths(page);
  }, 120_000);
});
