import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csrfCookieName, csrfHeaderName } from '../../src/contract/auth';
import de from '../../src/web/i18n/de/case-qualification.json';
import en from '../../src/web/i18n/en/case-qualification.json';
import { axeOnPage, choose, fill, sidewaysOverflow, signIn } from './cases-steps';
import { useBrowserSession, visit, waitForPage } from './support/browser';

const session = useBrowserSession();

/** A request with the page's session and CSRF token, as the web app sends it. */
async function apiCall(page: Page, method: 'GET' | 'POST' | 'PUT', url: string, data?: unknown) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === csrfCookieName)?.value ?? '';
  const response = await page.context().request.fetch(`${session.url()}${url}`, { method, headers: { [csrfHeaderName]: csrf }, ...(data === undefined ? {} : { data }) });
  return { status: response.status(), body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

/** A case of the navigator's with one person (a fictitious name). */
async function createCase(page: Page, familyName: string): Promise<{ id: string; personId: string }> {
  const created = await apiCall(page, 'POST', '/api/v1/cases', { person: { givenName: 'Maricel', familyName, birthDate: '1993-05-14', citizenship: 'PHL' } });
  expect(created.status).toBe(201);
  return { id: String(created.body?.id), personId: String((created.body?.person as { id: string }).id) };
}

const summary = (page: Page) => page.getByTestId('qualification-summary').first().innerText();

/** Types into a combobox and clicks the suggestion with the value. */
async function pick(page: Page, inputId: string, typed: string, value: string): Promise<void> {
  await page.locator(`#${inputId}`).fill(typed);
  const option = page.locator(`[role="option"][data-value="${value}"]`);
  await option.waitFor();
  await option.click();
}

describe('recording a recognised qualification on a case', () => {
  it('the navigator records a partial recognition by typing “Pflege” and a country name, confirms it, and reads it in words and in the Verlauf (de, axe 0 at 1280 and 390)', async () => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, 'navigator@demo.example');
    const theCase = await createCase(page, `Bautista-${Date.now().toString(36)}`);
    await visit(page, `/faelle/${theCase.id}`);
    await waitForPage(page);
    const section = page.getByTestId('qualification-section');
    await section.getByText(de.nothingYet).waitFor();

    await section.getByTestId('qualification-edit').getByRole('button').click();
    const dialog = page.getByTestId('qualification-dialog');
    await dialog.getByTestId('qualification-form').waitFor();
    await choose(page, 'type', de.types.vocational, 'qualification-form');
    await pick(page, 'field-qualification-country', 'Philipp', 'PHL');
    await pick(page, 'field-qualification-occupation', 'Pflege', '81302');
    await choose(page, 'outcome', de.outcomes.partial, 'qualification-form');
    await fill(page, 'decidedOn', '2026-03-03', 'qualification-form');
    await choose(page, 'body', de.form.bodyOther, 'qualification-form');
    await fill(page, 'bodyName', 'Landesamt für Anerkennung (Demo)', 'qualification-form');
    await fill(page, 'fileNumber', 'AN-2026-0815', 'qualification-form');
    expect(await axeOnPage(page)).toEqual([]);
    await dialog.getByTestId('qualification-save').getByRole('button').click();

    // A new outcome is asked for first.
    await dialog.getByTestId('qualification-confirm').waitFor();
    expect(await dialog.getByTestId('qualification-confirm').innerText()).toContain(de.outcomes.partial);
    await dialog.getByTestId('qualification-confirm-yes').getByRole('button').click();

    await page.getByTestId('qualification-feedback').getByText('Maricel').waitFor();
    const words = await summary(page);
    expect(words).toContain('Berufe in der Gesundheits- und Krankenpflege (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten (KldB 81302)');
    expect(words).toContain('Teilweise Gleichwertigkeit (Defizitbescheid) vom 3. März 2026');
    const details = await section.locator('.case-item__meta').first().innerText();
    expect(details).toContain('Berufsausbildung, erworben in Philippinen');
    expect(details).toContain('Landesamt für Anerkennung (Demo)');
    expect(details).toContain('AN-2026-0815');
    // The Verlauf shows it without a reload.
    await page.getByTestId('timeline').getByText('Anerkennung: Ergebnis eingetragen – Teilweise Gleichwertigkeit (Defizitbescheid)').waitFor();

    expect(await axeOnPage(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeOnPage(page)).toEqual([]);
    // The dialog at 390 px: nothing sideways, axe 0; Escape closes it.
    await section.getByTestId('qualification-edit').getByRole('button').click();
    await dialog.getByTestId('qualification-form').waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeOnPage(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !(document.querySelector('[data-testid="qualification-dialog"]') as HTMLDialogElement | null)?.open);
  });

  it('shows the recorded recognition in English words and changes the outcome after confirmation (en, axe 0 at 390)', async () => {
    const page = await session.newPage();
    await page.context().addInitScript(() => window.localStorage.setItem('lotse.lang', 'en'));
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'navigator@demo.example');
    const theCase = await createCase(page, `Reyes-${Date.now().toString(36)}`);
    const saved = await apiCall(page, 'PUT', `/api/v1/cases/${theCase.id}/persons/${theCase.personId}/qualification`, {
      qualificationType: 'academic',
      country: 'IND',
      occupationKldb: '81302',
      outcome: 'pending',
    });
    expect(saved.status).toBe(200);
    await visit(page, `/faelle/${theCase.id}`);
    await waitForPage(page);
    const section = page.getByTestId('qualification-section');
    await section.getByTestId('qualification-summary').waitFor();
    expect(await summary(page)).toContain('Occupations in nursing (without specialisation)-skilled tasks (KldB 81302) – Procedure in progress');
    expect(await section.locator('.case-item__meta').first().innerText()).toContain('University degree, obtained in India');

    await section.getByTestId('qualification-edit').getByRole('button').click();
    const dialog = page.getByTestId('qualification-dialog');
    await dialog.getByTestId('qualification-form').waitFor();
    await choose(page, 'outcome', en.outcomes.full, 'qualification-form');
    await fill(page, 'decidedOn', '2026-02-10', 'qualification-form');
    await dialog.getByTestId('qualification-save').getByRole('button').click();
    await dialog.getByTestId('qualification-confirm').waitFor();
    expect(await dialog.getByTestId('qualification-confirm').innerText()).toContain(`from “${en.outcomes.pending}” to “${en.outcomes.full}”`);
    expect(await axeOnPage(page)).toEqual([]);
    await dialog.getByTestId('qualification-confirm-yes').getByRole('button').click();
    await page.getByTestId('timeline').getByText(`Recognition: outcome recorded – ${en.outcomes.full}`).waitFor();
    expect(await summary(page)).toContain('Full equivalence of 10 February 2026');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeOnPage(page)).toEqual([]);
  });
});
