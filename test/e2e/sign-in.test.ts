import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de.json';
import en from '../../src/web/i18n/en.json';
import knowledgeDe from '../../src/web/i18n/de/knowledge.json';
import learningDe from '../../src/web/i18n/de/learning.json';
import networkDe from '../../src/web/i18n/de/network.json';
import referralsDe from '../../src/web/i18n/de/referrals.json';
import lawDe from '../../src/web/i18n/de/law.json';
import lawEn from '../../src/web/i18n/en/law.json';
import networkMapDe from '../../src/web/i18n/de/network-map.json';
import networkMapEn from '../../src/web/i18n/en/network-map.json';
import knowledgeEn from '../../src/web/i18n/en/knowledge.json';
import learningEn from '../../src/web/i18n/en/learning.json';
import networkEn from '../../src/web/i18n/en/network.json';
import referralsEn from '../../src/web/i18n/en/referrals.json';
import employerDe from '../../src/web/i18n/de/employer.json';
import portalDe from '../../src/web/i18n/de/portal.json';
import portalEn from '../../src/web/i18n/en/portal.json';
import employerEn from '../../src/web/i18n/en/employer.json';
import { startAppServer } from '../support/app-server';
import {
  axeViolations,
  launchBrowser,
  openPage,
  signInWithForm,
  unexpectedProblems,
  visit,
  waitForPage,
  type TestBrowser,
  type TestPage,
} from './support/browser';

type Role = keyof typeof de.roles;
type Area = keyof typeof de.areas;

/** The demo accounts of CONTRACT.md with the areas their role opens (PRODUCT.md "Users"). */
const accounts: { email: string; role: Role; areas: Area[] }[] = [
  { email: 'admin@demo.example', role: 'admin', areas: ['wegweiser', 'knowledge', 'network', 'steering', 'administration'] },
  { email: 'steering@demo.example', role: 'steering', areas: ['wegweiser', 'knowledge', 'network', 'steering'] },
  { email: 'caseworker@demo.example', role: 'caseworker', areas: ['wegweiser', 'cases', 'referrals', 'knowledge', 'learning', 'network'] },
  { email: 'caseworker.lu@demo.example', role: 'caseworker', areas: ['wegweiser', 'cases', 'referrals', 'knowledge', 'learning', 'network'] },
  { email: 'navigator@demo.example', role: 'navigator', areas: ['wegweiser', 'cases', 'referrals', 'knowledge', 'learning', 'network'] },
  { email: 'partner@demo.example', role: 'partner', areas: ['wegweiser', 'referrals', 'knowledge', 'learning', 'network'] },
  { email: 'employer@demo.example', role: 'employer', areas: ['employer', 'wegweiser', 'knowledge', 'network'] },
  { email: 'editor@demo.example', role: 'editor', areas: ['wegweiser', 'knowledge', 'learning', 'network'] },
  { email: 'reviewer@demo.example', role: 'editor', areas: ['wegweiser', 'knowledge', 'learning', 'network'] },
  { email: 'orgadmin@demo.example', role: 'org_admin', areas: ['wegweiser', 'knowledge', 'network', 'administration'] },
  { email: 'applicant@demo.example', role: 'applicant', areas: ['wegweiser', 'portal'] },
];

type DemoAccount = { email: string; name: string; organisationName: string | null };

let server: { url: string; close(): Promise<void> };
let chromium: TestBrowser;
let demoAccounts: Map<string, DemoAccount>;
let current: TestPage | undefined;

beforeAll(async () => {
  server = await startAppServer();
  chromium = await launchBrowser();
  const response = await fetch(`${server.url}/api/v1/auth/demo-accounts`);
  const body = (await response.json()) as { accounts: DemoAccount[] };
  demoAccounts = new Map(body.accounts.map((account) => [account.email, account]));
});

afterEach(async () => {
  await current?.close();
  current = undefined;
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function newPage(viewport?: { width: number; height: number }): Promise<Page> {
  current = await openPage(chromium.browser, server.url, viewport);
  return current.page;
}

function demoAccount(email: string): DemoAccount {
  const account = demoAccounts.get(email);
  if (!account) throw new Error(`${email} is not offered as a demo account`);
  return account;
}

/** The start page shows who is signed in and exactly the areas of their role. */
async function expectStartPage(page: Page, catalogue: typeof de, account: (typeof accounts)[number]) {
  const { name, organisationName } = demoAccount(account.email);
  await page.waitForURL(`${server.url}/`);
  await waitForPage(page);
  await expect.poll(() => page.locator('main h1').innerText()).toBe(catalogue.start.greeting.replace('{{name}}', name));
  expect(await page.title()).toBe(`${catalogue.start.title} – Lotse`);
  expect(await page.getByTestId('user-roles').innerText()).toBe(catalogue.roles[account.role]);
  expect(await page.getByTestId('user-organisation').innerText()).toBe(organisationName ?? catalogue.start.noOrganisation);

  const shownAreas = await page.locator('[data-area]').evaluateAll((items) => items.map((item) => item.getAttribute('data-area')));
  expect([...shownAreas].sort()).toEqual([...account.areas].sort());
  for (const area of account.areas) {
    const card = page.locator(`[data-area="${area}"]`);
    await expect.poll(() => card.getByRole('heading', { name: catalogue.areas[area].title, exact: true }).count()).toBe(1);
    if (area === 'wegweiser') {
      // Built: the card links to the public questionnaire.
      expect(await card.getByRole('link', { name: catalogue.start.openWegweiser }).getAttribute('href')).toBe('/wegweiser');
      continue;
    }
    if (area === 'cases') {
      // Built: the card links to the case list and the inbox.
      await expect.poll(() => card.getByRole('link', { name: catalogue.start.openCases }).getAttribute('href')).toBe('/faelle');
      expect(await card.getByRole('link', { name: catalogue.start.openInbox }).getAttribute('href')).toBe('/eingang');
      continue;
    }
    if (area === 'learning') {
      // Built: the card links to the course catalogue and "my learning".
      const learning = catalogue === de ? learningDe : learningEn;
      await expect.poll(() => card.getByRole('link', { name: learning.nav.openCatalogue }).getAttribute('href')).toBe('/lernen');
      expect(await card.getByRole('link', { name: learning.nav.openMyLearning }).getAttribute('href')).toBe('/lernen/mein-lernen');
      continue;
    }
    if (area === 'knowledge') {
      // Built: the card links to the knowledge base and the search.
      const knowledge = catalogue === de ? knowledgeDe : knowledgeEn;
      await expect.poll(() => card.getByRole('link', { name: knowledge.nav.openKnowledge }).getAttribute('href')).toBe('/wissen');
      expect(await card.getByRole('link', { name: knowledge.nav.openSearch }).getAttribute('href')).toBe('/suche');
      continue;
    }
    if (area === 'referrals') {
      // Built: the card links to the referral boards.
      const referrals = catalogue === de ? referralsDe : referralsEn;
      await expect.poll(() => card.getByRole('link', { name: referrals.nav }).getAttribute('href')).toBe('/weiterleitungen');
      continue;
    }
    if (area === 'administration') {
      // Built: users (admin, org_admin); the network, the yearly figures of residence law and the shortage analysis (admin).
      const expected =
        account.role === 'admin' ? ['/verwaltung/benutzer', '/verwaltung/netzwerk', '/verwaltung/rechtsstand', '/verwaltung/engpassanalyse'] : ['/verwaltung/benutzer'];
      await expect.poll(() => card.getByRole('link').count()).toBe(expected.length);
      expect(await card.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(expected);
      const law = catalogue === de ? lawDe : lawEn;
      expect(await card.getByRole('link', { name: law.openLawFigures }).count()).toBe(account.role === 'admin' ? 1 : 0);
      continue;
    }
    if (area === 'network') {
      // Built: the directory and the responsibility finder for everyone, the map for staff.
      const network = catalogue === de ? networkDe : networkEn;
      await expect.poll(() => card.getByRole('link', { name: network.openDirectory }).getAttribute('href')).toBe('/netzwerk');
      const hrefs = await card.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      // And "Hemmnis melden" for everyone in the network, employers included.
      expect(hrefs).toEqual(
        account.role === 'employer' ? ['/netzwerk', '/netzwerk/zustaendigkeit', '/hemmnis-melden'] : ['/netzwerk', '/netzwerk/zustaendigkeit', '/netzwerk/karte', '/hemmnis-melden'],
      );
      continue;
    }
    if (area === 'employer') {
      // Built: my hires and a new §81a request; no link to a question board (it does not exist yet).
      const employer = catalogue === de ? employerDe : employerEn;
      await expect.poll(() => card.getByRole('link', { name: employer.open }).getAttribute('href')).toBe('/arbeitgeber');
      expect(await card.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/arbeitgeber', '/arbeitgeber/81a/neu']);
      continue;
    }
    if (area === 'portal') {
      // Built: the person's own journey and their documents (/mein-weg).
      const portal = catalogue === de ? portalDe : portalEn;
      await expect.poll(() => card.getByRole('link', { name: portal.openJourney }).getAttribute('href')).toBe('/mein-weg');
      expect(await card.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/mein-weg', '/mein-weg/unterlagen']);
      continue;
    }
    if (area === 'steering') {
      // Built: the dashboards, the Praxis-Check, the moderation of reported obstacles and the network map.
      const networkMap = catalogue === de ? networkMapDe : networkMapEn;
      await expect.poll(() => card.getByRole('link', { name: networkMap.openMap }).getAttribute('href')).toBe('/netzwerk/karte');
      expect(await card.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
        '/steuerung',
        '/steuerung/praxis-check',
        '/steuerung/hemmnisse',
        '/netzwerk/karte',
      ]);
      continue;
    }
    throw new Error(`no expectation for the ${area} card`);
  }
}

async function signOut(page: Page, catalogue: typeof de) {
  await page.getByTestId('sign-out').getByRole('button', { name: catalogue.layout.signOut }).click();
  await page.waitForURL(`${server.url}/anmelden`);
  await waitForPage(page);
  // The session is gone on the server too: the start page sends us back to the sign-in page.
  await page.goto('/');
  await page.waitForURL(`${server.url}/anmelden`);
}

describe('signing in as each demo account (German)', () => {
  it('lists every demo account on the sign-in page', async () => {
    const page = await newPage();
    await visit(page, '/anmelden');
    const listed = await page.locator('[data-testid="demo-accounts"] tbody tr').evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-email')),
    );
    expect([...listed].sort()).toEqual(accounts.map((account) => account.email).sort());
  });

  it.each(accounts)('$email sees the start page of a $role', async (account) => {
    const page = await newPage();
    await visit(page, '/');
    await page.waitForURL(`${server.url}/anmelden`); // signed out: redirected
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');

    await signInWithForm(page, account.email, 'demo');
    await expectStartPage(page, de, account);
    expect(await axeViolations(page)).toEqual([]);

    await signOut(page, de);
    expect(unexpectedProblems(current?.problems ?? [])).toEqual([]);
  });

  it('fills the form from the demo table and signs in with the keyboard', async () => {
    const page = await newPage();
    await visit(page, '/anmelden');
    const { name } = demoAccount('navigator@demo.example');
    await page.getByRole('button', { name: de.signIn.demo.useFor.replace('{{name}}', name) }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe(de.signIn.demo.filled.replace('{{name}}', name));
    await page.keyboard.press('Enter'); // focus moved to the submit button
    await expectStartPage(page, de, accounts.find((account) => account.email === 'navigator@demo.example')!);
  });
});

describe('signing in after switching to English', () => {
  it.each(accounts.filter((account) => ['caseworker.lu@demo.example', 'applicant@demo.example'].includes(account.email)))(
    '$email uses the app in English',
    async (account) => {
      const page = await newPage();
      await visit(page, '/anmelden');
      await page.getByRole('button', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await waitForPage(page);
      expect(await page.locator('html[lang="en"]').count()).toBe(1);
      expect(await page.locator('main h1').innerText()).toBe(en.signIn.title);
      expect(await page.title()).toBe(`${en.signIn.title} – Lotse`);

      await signInWithForm(page, account.email, 'demo');
      await expectStartPage(page, en, account);
      expect(await page.getByRole('heading', { name: en.start.areasTitle }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      await signOut(page, en);
      // The choice is remembered across page loads.
      await waitForPage(page);
      expect(await page.locator('html[lang="en"]').count()).toBe(1);
      expect(await page.evaluate(() => localStorage.getItem('lotse.lang'))).toBe('en');
      expect(unexpectedProblems(current?.problems ?? [])).toEqual([]);
    },
  );
});

describe('failed sign-in', () => {
  it('announces a wrong password and stays accessible', async () => {
    const page = await newPage();
    await visit(page, '/anmelden');
    await signInWithForm(page, 'caseworker@demo.example', 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(de.signIn.errorTitle);
    expect(await page.getByTestId('sign-in-error').innerText()).toContain(de.signIn.errors.invalidCredentials);
    expect(page.url()).toBe(`${server.url}/anmelden`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('asks for missing input next to the fields', async () => {
    const page = await newPage();
    await visit(page, '/anmelden');
    await page.getByTestId('sign-in-submit').getByRole('button').click();
    await expect.poll(() => page.getByText(de.signIn.errors.emailRequired).count()).toBe(1);
    expect(await page.getByText(de.signIn.errors.passwordRequired).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('responsive start page', () => {
  const sidewaysOverflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('reflows at 320 px without sideways scrolling', async () => {
    const page = await newPage({ width: 320, height: 800 });
    await visit(page, '/anmelden');
    expect(await sidewaysOverflow(page)).toBe(0); // the demo table scrolls inside its own region
    await signInWithForm(page, 'admin@demo.example', 'demo');
    await expectStartPage(page, de, accounts[0]!);
    expect(await sidewaysOverflow(page)).toBe(0);

    // LOTSE_SCREENSHOTS=/some/dir keeps pictures of the layout for a human look.
    const directory = process.env.LOTSE_SCREENSHOTS;
    if (directory) {
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `${directory}/lotse-start-${width}.png`, fullPage: true });
      }
    }
  });
});
