import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import lawDe from '../../src/web/i18n/de/law.json';
import { emptyAnswers, type Answers } from '../../src/web/features/wegweiser/answers';
import { encodeAnswers } from '../../src/web/features/wegweiser/permalink';
import { axeOnPage, screenshots, sidewaysOverflow, signIn } from './cases-steps';
import { visit, waitForPage, useBrowserSession } from './support/browser';

// The server's "today" is 15 January 2027: after the last built-in year (2026).
const session = useBrowserSession({ env: { LOTSE_CLOCK: '2027-01-15T09:00:00+01:00' } });
const newPage = () => session.newPage();

/** An Indian IT graduate with a 52,000 € offer, evaluated on 15 January 2027. */
function permalink2027(): string {
  const answers: Answers = {
    ...emptyAnswers('2027-01-15'),
    citizenship: 'IND',
    ageMode: 'birthDate',
    birthDate: '1995-04-12',
    location: 'abroad',
    qualificationType: 'academic',
    germanRecognition: 'comparable',
    hasJobOffer: 'yes',
    salary: 52_000,
    english: 'C1',
    evaluationDate: '2027-01-15',
  };
  return `/wegweiser${encodeAnswers(answers)}`;
}

async function openResult(page: Page): Promise<string> {
  await visit(page, permalink2027());
  await page.getByTestId('wegweiser-result').waitFor();
  await page.getByTestId('wegweiser-legal-state').waitFor();
  return page.getByTestId('wegweiser-result').innerText();
}

const field = (page: Page, name: string) => page.getByTestId('law-form').locator(`[data-field="${name}"]`);
const fill = (page: Page, name: string, value: string) => field(page, name).locator('input').fill(value);

describe('a new year’s figures, entered by an administrator', () => {
  it('before: the Wegweiser evaluates 2027, names the missing figures and leaves the salary open', async () => {
    const page = await newPage();
    const result = await openResult(page);
    expect(await page.getByTestId('wegweiser-legal-state').innerText()).toContain('(Werte für 2027 noch nicht eingetragen)');
    expect(await page.getByTestId('wegweiser-notices').innerText()).toContain('für 2027');
    expect(result).toContain('Gehaltsschwelle der Blauen Karte EU 2027 (50 % der Beitragsbemessungsgrenze');
    expect(result).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await axeOnPage(page)).toEqual([]);
  });

  it('the admin finds the page, enters 2027 with sources, confirms, and the page shows it without a reload', async () => {
    const page = await newPage();
    await signIn(page, 'admin@demo.example');
    await page.locator('[data-area="administration"]').getByRole('link', { name: lawDe.openLawFigures }).click();
    await page.waitForURL((url) => url.pathname === '/verwaltung/rechtsstand');
    await waitForPage(page);
    await page.getByTestId('law-years').waitFor();
    expect(await page.locator('main h1').first().innerText()).toBe(lawDe.title);
    expect(await page.getByTestId('law-value-2026-pensionCeiling').innerText()).toMatch(/^101\.400\s€$/);
    expect(await page.getByTestId('law-threshold-2026-blueCardStandard').innerText()).toMatch(/^50\.700\s€$/);
    expect(await axeOnPage(page)).toEqual([]);

    await page.getByTestId('law-enter-next').getByRole('button').click();
    await page.getByTestId('law-form').waitFor();
    // Checked when sent: missing and implausible values are named at the fields.
    await fill(page, 'pensionCeiling.value', '1.050');
    await page.getByTestId('law-check').getByRole('button').click();
    const summary = page.getByTestId('law-year-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('außerhalb des plausiblen Bereichs');
    expect(await summary.innerText()).toContain('Bitte ausfüllen.');

    const source = 'Testwert (fiktiv, keine Veröffentlichung)';
    const values: Record<string, string> = {
      pensionCeiling: '105.000,00',
      chancenkarteFundsPerMonth: '1.120',
      qualificationMeasureFundsPerMonth: '1.120',
      studyFundsPerMonth: '1.020',
      westbalkanAnnualQuota: '50000',
    };
    for (const [id, value] of Object.entries(values)) {
      await fill(page, `${id}.value`, value);
      await fill(page, `${id}.source`, source);
      await fill(page, `${id}.publishedOn`, '2026-11-30');
    }
    await page.getByTestId('law-check').getByRole('button').click();
    const confirm = page.getByTestId('law-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toMatch(/105\.000\s€/);
    expect(await confirm.innerText()).toContain('30. November 2026');
    expect(await axeOnPage(page)).toEqual([]);
    await page.getByTestId('law-confirm-save').getByRole('button').click();
    await page.getByTestId('law-saved').waitFor();
    await page.waitForFunction(() => (document.querySelector('[data-testid="law-saved"]')?.textContent ?? '').includes('2027'));
    expect(await page.getByTestId('law-saved').textContent()).toContain('Die Werte für 2027 sind gespeichert');
    expect(await page.getByTestId('law-origin-2027').innerText()).toContain('Eingetragen von');
    expect(await page.getByTestId('law-threshold-2027-blueCardStandard').innerText()).toMatch(/^52\.500\s€$/);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'law-figures');
  });

  it('after: the same Wegweiser evaluation gives definite answers for 2027', async () => {
    const page = await newPage();
    const result = await openResult(page);
    expect(await page.getByTestId('wegweiser-legal-state').getAttribute('data-figures-entered')).toBe('true');
    expect(await page.getByTestId('wegweiser-notices').count()).toBe(0);
    expect(result).toMatch(/52\.500,00\s€/);
    expect(result).not.toContain('noch nicht veröffentlicht oder noch nicht eingetragen');
  });
});
