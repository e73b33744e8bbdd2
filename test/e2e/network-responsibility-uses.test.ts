import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csrfCookieName, csrfHeaderName } from '../../src/contract/auth';
import deReferrals from '../../src/web/i18n/de/referrals.json';
import deResponsibility from '../../src/web/i18n/de/responsibility.json';
import { emptyAnswers, type Answers } from '../../src/web/features/wegweiser/answers';
import { encodeAnswers } from '../../src/web/features/wegweiser/permalink';
import { axeOnPage, choose, signIn } from './cases-steps';
import { useBrowserSession, visit } from './support/browser';

/** The responsibility finder where people use it: the Wegweiser result and the referral dialog. */
const session = useBrowserSession();

function permalink(patch: Partial<Answers>): string {
  const answers: Answers = {
    ...emptyAnswers('2026-06-15'),
    citizenship: 'IND',
    ageMode: 'birthDate',
    birthDate: '1995-04-12',
    location: 'abroad',
    qualificationType: 'academic',
    germanRecognition: 'comparable',
    hasJobOffer: 'yes',
    salary: 60_000,
    english: 'C1',
    evaluationDate: '2026-06-15',
    ...patch,
  };
  return `/wegweiser${encodeAnswers(answers)}`;
}

/** A picture of one part of the page when LOTSE_SCREENSHOTS names a directory. */
async function picture(page: Page, testId: string, name: string): Promise<void> {
  const directory = process.env.LOTSE_SCREENSHOTS;
  if (directory) await page.getByTestId(testId).screenshot({ path: `${directory}/responsibility-${name}.png` });
}

const services = (page: Page) => page.getByTestId('offices').locator('[data-service]');

describe('the Wegweiser result names the contacts of the chosen place from the finder', () => {
  it('Weinheim, abroad with a job offer: the town’s own Ausländerbehörde for the accelerated procedure, marked, and the welcome centre', async () => {
    const page = await session.newPage();
    await visit(page, permalink({ place: { ags: '08226096', name: 'Weinheim' } }));
    const offices = page.getByTestId('offices');
    await offices.locator('[data-kind="abh"]').waitFor();
    expect(await offices.locator('h3').innerText()).toBe('Ihre Ansprechpartner in Weinheim');
    expect(await services(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-service')))).toEqual(['accelerated_procedure', 'welcome_counselling']);
    const abh = offices.locator('[data-kind="abh"]');
    expect(await abh.count()).toBe(1);
    expect(await abh.locator('.responsible__name').innerText()).toBe('Ausländerbehörde Stadt Weinheim');
    expect(await abh.getByTestId('responsible-badge').innerText()).toBe('ZUSTÄNDIGE BEHÖRDE · Zuständig nach §81a AufenthG, §71 Abs. 1 AufenthG.');
    expect(await offices.locator('[data-kind="welcome_center"]').innerText()).toContain('Welcome Center Rhein-Neckar');
    // A degree found comparable needs no recognition counselling.
    expect(await offices.locator('[data-kind="iq"]').count()).toBe(0);
    expect(await axeOnPage(page)).toEqual([]);
    await picture(page, 'offices', 'wegweiser-weinheim');
  });

  it('Ladenburg, in Germany with a qualification not yet recognised: the district’s office for the residence title and the IQ office', async () => {
    const page = await session.newPage();
    await visit(page, permalink({ location: 'germany', currentTitle: 'none', qualificationType: 'vocational', germanRecognition: 'not_applied', trainingYears: 3, place: { ags: '08226038', name: 'Ladenburg' } } as Partial<Answers>));
    const offices = page.getByTestId('offices');
    await offices.locator('[data-kind="abh"]').waitFor();
    expect(await services(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-service')))).toEqual(['residence_permit', 'recognition_counselling', 'welcome_counselling']);
    expect(await offices.locator('[data-kind="abh"] .responsible__name').innerText()).toBe('Ausländerbehörde Landratsamt Rhein-Neckar-Kreis');
    const iq = await offices.locator('[data-kind="iq"]').innerText();
    expect(iq).toContain('IQ Beratung Anerkennung Rhein-Neckar');
    expect(iq).toContain('anerkennung@iq-rhein-neckar.demo.example');
    expect(await axeOnPage(page)).toEqual([]);
  });
});

/** A JSON request with the page's session (and its CSRF token), as the web app would send it. */
async function apiCall(page: Page, method: 'GET' | 'POST', url: string, data?: unknown) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === csrfCookieName)?.value ?? '';
  const response = await page.context().request.fetch(`${session.url()}${url}`, { method, headers: { [csrfHeaderName]: csrf }, ...(data === undefined ? {} : { data }) });
  return { status: response.status(), body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

describe('the navigator’s referral dialog proposes recipients by purpose and place name', () => {
  it('types the place by name or postcode; the responsible authority comes first, marked; the own organisation is never proposed', async () => {
    const page = await session.newPage();
    await signIn(page, 'navigator@demo.example');
    const created = await apiCall(page, 'POST', '/api/v1/cases', { person: { givenName: 'Amaru', familyName: `Quispe-${Date.now().toString(36)}`, birthDate: '1990-02-11', citizenship: 'PER' } });
    expect(created.status).toBe(201);
    await visit(page, `/faelle/${String(created.body?.id)}`);
    await page.getByTestId('referral-open-dialog').getByRole('button').click();
    const dialog = page.getByTestId('referral-dialog');
    await dialog.waitFor({ state: 'visible' });
    const recipients = () => dialog.locator('[data-field="recipient"] option').allInnerTexts();
    const place = dialog.locator('input[role="combobox"]');
    const choosePlace = async (typed: string, name: string) => {
      await place.fill(typed);
      await dialog.locator('li[role="option"]').filter({ hasText: name }).first().click();
      await expect.poll(() => place.inputValue()).toBe(name);
    };

    await choose(page, 'purpose', deReferrals.purposes.residence_permit, 'referral-dialog');
    await choosePlace('Weinh', 'Weinheim');
    await expect.poll(async () => (await recipients()).slice(1)).toEqual([`Ausländerbehörde Stadt Weinheim (${deResponsibility.referral.marks.responsible})`]);

    await choose(page, 'purpose', deReferrals.purposes.recognition_counselling, 'referral-dialog');
    await expect.poll(recipients).toContain(`IQ Beratung Anerkennung Rhein-Neckar (${deResponsibility.referral.marks.district})`);

    // By postcode: 68159 is Mannheim.
    await choose(page, 'purpose', deReferrals.purposes.residence_permit, 'referral-dialog');
    await choosePlace('68159', 'Mannheim');
    await expect.poll(async () => (await recipients())[1]).toBe(`Ausländerbehörde Stadt Mannheim (${deResponsibility.referral.marks.responsible})`);
    await choose(page, 'recipient', `Ausländerbehörde Stadt Mannheim (${deResponsibility.referral.marks.responsible})`, 'referral-dialog');

    // The navigator's own organisation (the welcome centre) is not among the proposals.
    await choose(page, 'purpose', deReferrals.purposes.integration_support, 'referral-dialog');
    await expect.poll(async () => (await recipients()).length).toBeGreaterThan(1);
    expect((await recipients()).some((label) => label.startsWith('Welcome Center Rhein-Neckar'))).toBe(false);
    expect(await axeOnPage(page)).toEqual([]);
    await picture(page, 'referral-dialog', 'referral-dialog');
  }, 120_000);
});
