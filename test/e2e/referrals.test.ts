import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import deReferrals from '../../src/web/i18n/de/referrals.json';
import { csrfCookieName, csrfHeaderName } from '../../src/contract/auth';
import { samplePdf } from '../support/documents';
import { axeOnPage, choose, fillText, press, signIn, textOf } from './cases-steps';
import { visit, useBrowserSession } from './support/browser';

// The example: the Thursday before Easter 2026, 10:00 in Germany.
const clock = '2026-04-02T10:00:00+02:00';
// After the withdrawal the case data is refused with 403 on purpose.
const session = useBrowserSession({ env: { LOTSE_CLOCK: clock }, expected: /status of 403/ });
const newPage = () => session.newPage();
const familyName = `Adeyemi-${Date.now().toString(36)}`;

let caseId = '';
let referralId = '';

/** A JSON request with the page's session (and its CSRF token), as the web app would send it. */
async function apiCall(page: Page, method: 'GET' | 'POST', url: string, data?: unknown) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === csrfCookieName)?.value ?? '';
  const response = await page.context().request.fetch(`${session.url()}${url}`, { method, headers: { [csrfHeaderName]: csrf }, ...(data === undefined ? {} : { data }) });
  return { status: response.status(), body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

describe('a navigator refers a case to the IQ office under the person’s consent', () => {
  it('records the consent for recognition counselling with the signed form', async () => {
    const page = await newPage();
    await signIn(page, 'navigator@demo.example');
    const created = await apiCall(page, 'POST', '/api/v1/cases', { person: { givenName: 'Ngozi', familyName, birthDate: '1992-05-17', citizenship: 'NGA', contact: { email: 'ngozi@example.org' } } });
    expect(created.status).toBe(201);
    caseId = String(created.body?.id);
    await visit(page, `/faelle/${caseId}`);
    const section = page.getByTestId('consent-section');
    await section.waitFor();
    expect(await section.innerText()).toContain(deReferrals.consent.none);
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await nav.getByRole('link', { name: deReferrals.nav }).getAttribute('href')).toBe('/weiterleitungen');

    await press(page, 'consent-open-form');
    const form = page.getByTestId('consent-form');
    await form.waitFor();
    // Nothing chosen: the form names what is missing.
    await press(page, 'consent-submit');
    await expect.poll(() => form.locator('[data-field="purposes"] [role="alert"]').innerText()).toBe(deReferrals.consent.errors.purposes);
    await form.locator('[data-field="purposes"]').getByLabel(deReferrals.purposes.recognition_counselling).check();
    await form.locator('[data-field="recipients"]').getByLabel('IQ Beratung Anerkennung Rhein-Neckar').check();
    await form.locator('[data-field="categories"]').getByLabel(deReferrals.categories.identity).check();
    await form.locator('[data-field="categories"]').getByLabel(deReferrals.categories.qualification).check();
    // The text the person signed is shown with the choices filled in.
    const text = await page.getByTestId('consent-text').innerText();
    expect(text).toContain('Einwilligung in die Weitergabe personenbezogener Daten');
    expect(text).toContain('IQ Beratung Anerkennung Rhein-Neckar');
    expect(text).toContain('Art. 6(1)(a)');
    await page.getByTestId('consent-form-file').setInputFiles({ name: 'einwilligung.pdf', mimeType: 'application/pdf', buffer: samplePdf('Einwilligung') });
    expect(await axeOnPage(page)).toEqual([]);
    await press(page, 'consent-submit');
    await expect.poll(() => textOf(page, 'consent-feedback')).toContain(deReferrals.consent.recorded);
    const item = page.locator('[data-testid="consents"] li').first();
    expect(await item.getAttribute('data-state')).toBe('valid');
    expect(await item.innerText()).toContain('IQ Beratung Anerkennung Rhein-Neckar');
    expect(await axeOnPage(page)).toEqual([]);
  });

  it('sends the referral, picking the recipient by service; it is due at the end of 8 April 2026', async () => {
    const page = await newPage();
    await signIn(page, 'navigator@demo.example');
    await visit(page, `/faelle/${caseId}`);
    await page.getByTestId('case-referrals-section').waitFor();
    // Keyboard: the button opens the modal dialog, Escape closes it and focus returns to the button.
    const opener = page.getByTestId('referral-open-dialog').getByRole('button');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('referral-dialog');
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid'))).toBe('referral-open-dialog');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'visible' });
    await choose(page, 'purpose', deReferrals.purposes.recognition_counselling, 'referral-dialog');
    await expect.poll(() => dialog.locator('[data-field="recipient"] option').allInnerTexts()).toContain('IQ Beratung Anerkennung Rhein-Neckar');
    await choose(page, 'recipient', 'IQ Beratung Anerkennung Rhein-Neckar', 'referral-dialog');
    await fillText(page, 'message', 'Bitte beraten Sie Frau Adeyemi zur Anerkennung ihres Pflegeabschlusses.', 'referral-dialog');
    expect(await axeOnPage(page)).toEqual([]);
    await dialog.getByTestId('referral-submit').getByRole('button').click();
    await expect.poll(() => textOf(page, 'referral-feedback')).toContain('08.04.2026, 24:00');
    const item = page.locator('[data-testid="case-referrals"] li').first();
    referralId = String(await item.getAttribute('data-referral-id'));
    expect(await item.innerText()).toContain(deReferrals.status.open);
  });

  it('shows the partner the referral with its due date, only the consented data, and takes the answer', async () => {
    const page = await newPage();
    await signIn(page, 'partner@demo.example');
    await visit(page, '/weiterleitungen');
    const row = page.locator(`[data-referral-id="${referralId}"]`);
    await row.waitFor();
    expect(await row.locator('[data-due-date]').getAttribute('data-due-date')).toBe('2026-04-08');
    expect(await row.innerText()).toContain('Welcome Center Rhein-Neckar');
    await page.getByTestId('notifications').getByRole('link', { name: /Neue Weiterleitung zu Fall RN-/ }).waitFor();
    expect(await axeOnPage(page)).toEqual([]);

    await row.getByRole('link').click();
    await page.getByTestId('referral-page').waitFor();
    const data = page.getByTestId('referred-case-data');
    await data.waitFor();
    expect(await page.getByTestId('referred-categories').getAttribute('data-categories')).toBe('identity,qualification');
    expect(await page.getByTestId('referred-name').innerText()).toBe(`Ngozi ${familyName}`);
    // Contact details were not consented to: they are not there.
    expect(await data.innerText()).not.toContain('ngozi@example.org');
    expect(await axeOnPage(page)).toEqual([]);

    await press(page, 'referral-accept');
    await expect.poll(() => page.getByTestId('referral-status').innerText()).toBe(deReferrals.status.accepted);
    await fillText(page, 'text', 'Beratungstermin am 14. April um 10 Uhr vereinbart.', 'referral-answer-form');
    await press(page, 'referral-answer-submit');
    await expect.poll(() => page.getByTestId('referral-status').innerText()).toBe(deReferrals.status.answered);
    expect(await page.getByTestId('referral-answer').innerText()).toContain('14. April');
    expect(await axeOnPage(page)).toEqual([]);
  });

  it('takes the data away from the partner at once when the consent is withdrawn, and the audit view shows every step', async () => {
    const navigator = await newPage();
    await signIn(navigator, 'navigator@demo.example');
    await visit(navigator, `/faelle/${caseId}`);
    await navigator.getByTestId('consent-withdraw').first().waitFor();
    await press(navigator, 'consent-withdraw');
    await expect.poll(() => textOf(navigator, 'consent-feedback')).toContain(deReferrals.consent.withdrawn);
    expect(await navigator.locator('[data-testid="consents"] li').first().getAttribute('data-state')).toBe('withdrawn');

    const partner = await newPage();
    await signIn(partner, 'partner@demo.example');
    await visit(partner, `/weiterleitungen/${referralId}`);
    await partner.getByTestId('referred-case-denied').waitFor();
    expect(await partner.getByTestId('referred-case').innerText()).toContain('withdrawn');
    expect(await partner.getByTestId('referred-case').innerText()).not.toContain(familyName);
    expect(await axeOnPage(partner)).toEqual([]);

    await visit(navigator, `/faelle/${caseId}/protokoll`);
    await navigator.locator('[data-action]').first().waitFor();
    const actions = await navigator.locator('[data-action]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')));
    for (const step of ['case.consent_recorded', 'referral.sent', 'case.read_by_recipient', 'referral.accepted', 'referral.answered', 'case.consent_withdrawn']) {
      expect(actions).toContain(step);
    }
    expect(await axeOnPage(navigator)).toEqual([]);
  });
});
