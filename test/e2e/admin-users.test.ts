import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de/admin-users.json';
import en from '../../src/web/i18n/en/admin-users.json';
import deCore from '../../src/web/i18n/de.json';
import { startSmtpSink, type ReceivedMail } from '../support/smtp-sink';
import { axeOnPage, choose, fill, screenshots, sidewaysOverflow, signIn } from './cases-steps';
import { signInWithForm, useBrowserSession, visit, waitForPage } from './support/browser';

// The worker delivers the outbox to a real SMTP sink every second; the test reads the invitation from it.
const env: Record<string, string> = { LOTSE_WORKER_INTERVAL_SECONDS: '1', SMTP_FROM: 'lotse@demo.example', SMTP_HOST: '127.0.0.1' };
let sink: { port: number; mails: ReceivedMail[]; close(): Promise<void> };
beforeAll(async () => {
  sink = await startSmtpSink();
  env.SMTP_PORT = String(sink.port);
});
afterAll(() => sink.close());
// A used link answers 410 on purpose.
const session = useBrowserSession({ env, expected: /status of 410/ });
const newPage = () => session.newPage();

const invitedEmail = `ines.ibis.${Date.now().toString(36)}@demo.example`;
const invitedName = 'Ines Ibis';
const password = 'Ein langer Satz 2026!';
let linkPath = '';

/** The page in 1280 and 390 px: axe finds nothing, nothing scrolls sideways. */
async function checkBothWidths(page: Page) {
  expect(await axeOnPage(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await axeOnPage(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const english = (page: Page) => page.context().addInitScript(() => window.localStorage.setItem('lotse.lang', 'en'));
const card = (page: Page, email: string) => page.locator(`[data-testid="user-list"] li[data-email="${email}"]`);
/** The list shows 30 cards at first: a card is found by typing its address into the filter. */
async function findCard(page: Page, email: string) {
  await fill(page, 'text', email, 'user-filters');
  const found = card(page, email);
  await found.waitFor();
  return found;
}
/** A card's actions are folded into its "Aktionen" group. */
async function pressAction(target: ReturnType<typeof card>, testId: string) {
  const group = target.getByTestId('user-actions');
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  await target.getByTestId(testId).getByRole('button').click();
}

/** The link of the newest mail to `to`, once it has arrived (quoted-printable decoded). */
async function linkFromMail(to: string): Promise<string> {
  await expect.poll(() => sink.mails.some((mail) => mail.to.some((address) => address.includes(to))), { timeout: 20_000 }).toBe(true);
  const mail = [...sink.mails].reverse().find((candidate) => candidate.to.some((address) => address.includes(to)));
  const text = (mail?.data ?? '').replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const path = /\/konto\/link\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (!path) throw new Error('no link in the invitation mail');
  return path;
}

describe('the admin invites a person, who sets a password through the link and signs in', () => {
  it('invites from the user administration (names, never codes)', async () => {
    const page = await newPage();
    await signIn(page, 'admin@demo.example');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: de.nav }).click();
    await page.waitForURL((url) => url.pathname === '/verwaltung/benutzer');
    await waitForPage(page);
    await page.getByTestId('user-list').waitFor();
    await checkBothWidths(page);
    await screenshots(page, 'admin-users');
    const navigator = await findCard(page, 'navigator@demo.example');
    expect(await navigator.innerText()).toContain('Welcome Center Rhein-Neckar');
    expect(await navigator.innerText()).toContain(deCore.roles.navigator);
    expect(await navigator.innerText()).not.toContain('welcome_center');

    await page.getByTestId('user-invite-open').getByRole('button').click();
    const dialog = page.getByTestId('user-invite-dialog');
    await dialog.waitFor({ state: 'visible' });
    // Nothing filled in: the dialog names what is missing.
    await dialog.getByTestId('user-invite-submit').getByRole('button').click();
    await expect.poll(() => dialog.locator('[data-field="roles"] [role="alert"]').innerText()).toBe(de.errors.roles);
    await dialog.locator('[data-field="email"] input').fill(invitedEmail);
    await dialog.locator('[data-field="name"] input').fill(invitedName);
    await dialog.locator('[data-field="roles"]').getByLabel(deCore.roles.navigator, { exact: true }).check();
    await choose(page, 'organisation', 'Welcome Center Rhein-Neckar', 'user-invite-dialog');
    expect(await axeOnPage(page)).toEqual([]);
    await dialog.getByTestId('user-invite-submit').getByRole('button').click();
    await expect.poll(() => page.getByTestId('user-admin-feedback').innerText()).toContain(invitedEmail);
    const invited = await findCard(page, invitedEmail);
    expect(await invited.getAttribute('data-status')).toBe('invited');
    expect(await invited.innerText()).toContain(de.status.invited);
  });

  it('the invited person opens the link from the e-mail, sets a password and signs in', async () => {
    linkPath = await linkFromMail(invitedEmail);
    const page = await newPage();
    await visit(page, linkPath);
    await page.getByTestId('account-link-form').waitFor();
    expect(await page.locator('main h1').first().innerText()).toContain(de.link.titleInvitation);
    await checkBothWidths(page);
    await page.locator('[data-field="password"] input').fill('zu kurz');
    await page.locator('[data-field="repeat"] input').fill('zu kurz');
    await page.getByTestId('account-link-submit').getByRole('button').click();
    // KoliBri shows the message at the field (inside its shadow root, which getByText pierces).
    await page.getByTestId('account-link-form').getByText('Bitte mindestens 12 Zeichen.').first().waitFor();
    await page.locator('[data-field="password"] input').fill(password);
    await page.locator('[data-field="repeat"] input').fill(password);
    await page.getByTestId('account-link-submit').getByRole('button').click();
    await page.getByTestId('account-link-done').waitFor();
    expect(await axeOnPage(page)).toEqual([]);
    await page.getByTestId('account-link-done').getByRole('link', { name: de.link.signIn }).click();
    await page.waitForURL((url) => url.pathname === '/anmelden');
    await waitForPage(page);
    await signInWithForm(page, invitedEmail, password);
    await page.waitForURL((url) => url.pathname === '/');
    await waitForPage(page);
    expect(await page.getByTestId('user-roles').innerText()).toBe(deCore.roles.navigator);

    // The link works once: opened again it says so.
    const again = await newPage();
    await visit(again, linkPath);
    await again.getByTestId('account-link-invalid').waitFor();
    expect(await again.getByTestId('account-link-invalid').getAttribute('data-reason')).toBe('used');
    await checkBothWidths(again);
  });

  it('the admin deactivates a person whose open session ends at once', async () => {
    const person = await newPage();
    await visit(person, '/anmelden');
    await signInWithForm(person, invitedEmail, password);
    await person.waitForURL((url) => url.pathname === '/');
    await waitForPage(person);

    const admin = await newPage();
    await signIn(admin, 'admin@demo.example');
    await visit(admin, '/verwaltung/benutzer');
    const target = await findCard(admin, invitedEmail);
    // First a second role: the change is in the list at once.
    await pressAction(target, 'user-edit');
    const edit = admin.getByTestId('user-edit-dialog');
    await edit.waitFor({ state: 'visible' });
    await edit.locator('[data-field="roles"]').getByLabel(deCore.roles.editor, { exact: true }).check();
    expect(await axeOnPage(admin)).toEqual([]);
    await edit.getByTestId('user-edit-submit').getByRole('button').click();
    await expect.poll(() => target.getByTestId('user-roles').innerText()).toBe(`${deCore.roles.navigator}, ${deCore.roles.editor}`);
    await pressAction(target, 'user-deactivate');
    const confirm = admin.getByTestId('user-confirm');
    await confirm.waitFor({ state: 'visible' });
    expect(await confirm.innerText()).toContain('alle persönlichen Zugangsschlüssel werden widerrufen');
    expect(await axeOnPage(admin)).toEqual([]);
    await confirm.getByTestId('user-confirm-confirm').getByRole('button').click();
    await expect.poll(() => target.getAttribute('data-status')).toBe('inactive');
    expect(await target.innerText()).toContain(de.status.inactive);

    // The person's very next request is refused; the page sends them to sign in.
    const status = await person.evaluate(async () => (await fetch('/api/v1/auth/me', { credentials: 'include' })).status);
    expect(status).toBe(401);
    await person.goto('/');
    await person.waitForURL((url) => url.pathname === '/anmelden');
  });

  it('shows the pages in English too, with axe clean at 1280 and 390 px', async () => {
    const page = await newPage();
    await english(page);
    await signIn(page, 'admin@demo.example');
    await visit(page, '/verwaltung/benutzer');
    await page.getByTestId('user-list').waitFor();
    expect(await page.locator('main h1').first().innerText()).toBe(en.title);
    await checkBothWidths(page);
    // The invitation dialog and a fresh link's form, in English.
    const englishEmail = `erik.eider.${Date.now().toString(36)}@demo.example`;
    await page.getByTestId('user-invite-open').getByRole('button').click();
    const dialog = page.getByTestId('user-invite-dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('[data-field="email"] input').fill(englishEmail);
    await dialog.locator('[data-field="name"] input').fill('Erik Eider');
    await dialog.locator('[data-field="roles"]').getByLabel('Partner organisation', { exact: true }).check();
    await choose(page, 'organisation', 'IQ Beratung Anerkennung Rhein-Neckar', 'user-invite-dialog');
    await choose(page, 'locale', en.languages.en, 'user-invite-dialog');
    expect(await axeOnPage(page)).toEqual([]);
    await dialog.getByTestId('user-invite-submit').getByRole('button').click();
    await expect.poll(() => page.getByTestId('user-admin-feedback').innerText()).toContain(englishEmail);
    await findCard(page, englishEmail);
    const englishLink = await linkFromMail(englishEmail);
    const mail = [...sink.mails].reverse().find((candidate) => candidate.to.some((address) => address.includes(englishEmail)));
    expect(mail?.data).toContain('Lotse: your invitation');
    await page.getByTestId('sign-out').getByRole('button').click();
    await page.waitForURL((url) => url.pathname === '/anmelden');
    await visit(page, englishLink);
    await page.getByTestId('account-link-form').waitFor();
    expect(await page.locator('main h1').first().innerText()).toBe(en.link.titleInvitation);
    await checkBothWidths(page);

    await visit(page, linkPath);
    await page.getByTestId('account-link-invalid').waitFor();
    expect(await page.getByTestId('account-link-invalid').innerText()).toContain(en.link.used);
    await checkBothWidths(page);
  });
});

describe('an organisation admin and anyone’s own access tokens', () => {
  it('the organisation admin sees only their own organisation', async () => {
    const page = await newPage();
    await signIn(page, 'orgadmin@demo.example');
    await visit(page, '/verwaltung/benutzer');
    await findCard(page, 'navigator@demo.example');
    await fill(page, 'text', 'caseworker@demo.example', 'user-filters');
    await page.getByTestId('user-list-empty').waitFor();
    await page.getByTestId('user-filter-reset').getByRole('button').click();
    await page.getByTestId('user-list').waitFor();
    expect(await page.locator('main').innerText()).toContain('Welcome Center Rhein-Neckar');
    await checkBothWidths(page);
    // Inviting: the organisation is their own, the network-wide roles are not offered.
    await page.getByTestId('user-invite-open').getByRole('button').click();
    const dialog = page.getByTestId('user-invite-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('[data-field="roles"] [data-option]').evaluateAll((options) => options.map((option) => option.getAttribute('data-option')))).toEqual([
      'caseworker',
      'navigator',
      'partner',
      'employer',
      'editor',
      'org_admin',
    ]);
    const email = `olaf.otter.${Date.now().toString(36)}@demo.example`;
    await dialog.locator('[data-field="email"] input').fill(email);
    await dialog.locator('[data-field="name"] input').fill('Olaf Otter');
    await dialog.locator('[data-field="roles"]').getByLabel(deCore.roles.editor, { exact: true }).check();
    expect(await dialog.locator('[data-field="email"] input').inputValue()).toBe(email);
    expect(await axeOnPage(page)).toEqual([]);
    await dialog.getByTestId('user-invite-submit').getByRole('button').click();
    await expect.poll(() => page.getByTestId('user-admin-feedback').innerText()).toContain(email);
    expect(await (await findCard(page, email)).innerText()).toContain('Welcome Center Rhein-Neckar');
  });

  for (const language of ['de', 'en'] as const) {
    it(`creates a token that is shown once, lists and revokes it (${language})`, async () => {
      const texts = language === 'de' ? de : en;
      const page = await newPage();
      if (language === 'en') await english(page);
      await signIn(page, 'partner@demo.example');
      await page.getByRole('link', { name: texts.tokensNav }).click();
      await page.waitForURL((url) => url.pathname === '/konto/zugaenge');
      await waitForPage(page);
      await checkBothWidths(page);
      await page.locator('[data-field="name"] input').fill(`Bericht ${language}`);
      await choose(page, 'expiresInDays', texts.tokens.expiryOptions['30'], 'token-create-form');
      await page.getByTestId('token-create').getByRole('button').click();
      const secret = await page.getByTestId('token-value').innerText();
      expect(secret).toMatch(/^lotse_pat_/);
      const item = page.locator('[data-testid="token-list"] li').filter({ hasText: `Bericht ${language}` });
      await item.waitFor();
      expect(await item.getAttribute('data-state')).toBe('active');
      expect(await page.getByTestId('token-list').innerText()).not.toContain(secret);
      await checkBothWidths(page);
      await screenshots(page, `access-tokens-${language}`);

      const bearer = await page.evaluate(async (token) => (await fetch('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } })).status, secret);
      expect(bearer).toBe(200);
      await item.getByTestId('token-revoke').getByRole('button').click();
      const confirm = page.getByTestId('token-confirm');
      await confirm.waitFor({ state: 'visible' });
      expect(await confirm.innerText()).toContain(texts.tokens.confirmText);
      expect(await axeOnPage(page)).toEqual([]);
      await confirm.getByTestId('token-confirm-confirm').getByRole('button').click();
      await expect.poll(() => item.getAttribute('data-state')).toBe('revoked');
      const after = await page.evaluate(async (token) => (await fetch('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } })).status, secret);
      expect(after).toBe(401);
    });
  }
});
