import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addWeeks } from '../../src/domain/calendar/periods';
import { shiftPeriodEnd } from '../../src/domain/calendar/werktage';
import { acceleratedProcedureSteps } from '../../src/domain/journey/procedure-steps';
import { addDays } from '../../src/web/features/cases/deadline-days';
import { germanToday } from '../../src/web/features/cases/format';
import { formatDate } from '../../src/web/features/wegweiser/format';
import de from '../../src/web/i18n/de.json';
import { axeOnPage, blueCardPermalink, fill, press, screenshots, signIn, textOf } from './cases-steps';
import { tabTo, waitForPage, useBrowserSession } from './support/browser';

const session = useBrowserSession({ expected: /status of 415/ });
const newPage = () => session.newPage();

const familyName = `Okafor-${Date.now().toString(36)}`;

/** A case from a Blue Card result (so it has a stored evaluation and a checklist); returns its reference. */
async function createCase(page: Page): Promise<string> {
  await page.goto(blueCardPermalink());
  await page.getByTestId('wegweiser-result').waitFor();
  await press(page, 'wegweiser-create-case');
  await page.waitForURL((url) => url.pathname === '/faelle/neu');
  await waitForPage(page);
  await fill(page, 'givenName', 'Chidi');
  await fill(page, 'familyName', familyName);
  await press(page, 'create-case-submit');
  await page.waitForURL(/\/faelle\/[0-9a-f-]{36}$/);
  await waitForPage(page);
  const created = await textOf(page, 'case-created');
  return /RN-\d{4}-\d+/.exec(created)?.[0] ?? '';
}

const stepRow = (page: Page, stepId: string) => page.getByTestId('procedure-steps').locator(`tr[data-step-id="${stepId}"]`);

describe('a case worker runs the §81a procedure, files documents and sees the deadlines', () => {
  it('starts the procedure, completes a step, uploads a PDF and finds the case on the deadline board', async () => {
    const page = await newPage();
    await signIn(page, 'caseworker@demo.example');
    const reference = await createCase(page);
    expect(reference).toMatch(/^RN-/);

    // No procedure yet: the start form.
    const section = page.getByTestId('procedure-section');
    expect(await section.locator('h2').innerText()).toBe(de.procedure.title);
    await page.getByTestId('procedure-start-form').waitFor();
    expect(await axeOnPage(page)).toEqual([]);

    // Agreed two weeks ago, with the BA's approval required.
    const today = germanToday();
    const agreedOn = addDays(today, -14);
    await fill(page, 'agreedOn', agreedOn, 'procedure-start-form');
    await page.getByTestId('procedure-start-form').locator('[data-field="baApproval"]').getByLabel(de.procedure.baYes, { exact: true }).check();
    await press(page, 'procedure-start');
    await page.getByTestId('procedure-steps').waitFor();
    expect(await textOf(page, 'procedure-feedback')).toContain(de.procedure.started);
    expect(await page.getByTestId('procedure-steps').locator('tbody tr').count()).toBe(9);
    expect(await stepRow(page, 'agreement').getAttribute('data-status')).toBe('open');
    expect(await stepRow(page, 'agreement').getByTestId('step-due').innerText()).toBe(de.procedure.noPeriod);
    // No recognition body: steps 2–5 do not apply; the BA step waits.
    expect(await stepRow(page, 'recognition_started').getByTestId('step-status').innerText()).toContain(de.procedure.status.not_applicable);
    expect(await stepRow(page, 'ba_approval').getByTestId('step-status').innerText()).toContain(de.procedure.status.pending);
    expect(await page.getByTestId('procedure-fee').innerText()).toMatch(/411\s€/);
    expect(await axeOnPage(page)).toEqual([]);

    // Step 1 done on the day of the agreement: the BA step opens with a one-week period (§36 Abs. 2 BeschV).
    // By keyboard: from the date field on to the button, Enter.
    await fill(page, 'completedOn', agreedOn, 'procedure-complete-form');
    const completeLabel = de.procedure.complete.replace('{{number}}', '1');
    expect(await tabTo(page, (focused) => focused.tag === 'button' && focused.text === completeLabel, 10)).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => stepRow(page, 'agreement').getAttribute('data-status')).toBe('done');
    const baRule = acceleratedProcedureSteps.find((step) => step.id === 'ba_approval')!.deadline;
    expect(baRule).toMatchObject({ kind: 'calendar', unit: 'weeks', amount: 1 });
    // One week, its end moved off a weekend or a holiday of every Land (§31 Abs. 3 VwVfG): at most 4 days later.
    const baDue = shiftPeriodEnd('nationwide', addWeeks(agreedOn, 1));
    const ba = stepRow(page, 'ba_approval');
    expect(await ba.getAttribute('data-status')).toBe('open');
    expect(await ba.locator('[data-due-on]').getAttribute('data-due-on')).toBe(baDue);
    expect(await ba.getByTestId('step-due').innerText()).toBe(formatDate(baDue, 'de'));
    // Due at least three days ago: overdue, in words and with a sign.
    expect((await ba.getByTestId('step-status').innerText()).replace(/\s+/g, ' ')).toBe(`● ${de.procedure.status.open} ⚠ ${de.procedure.overdue}`);
    expect(await stepRow(page, 'agreement').getByTestId('step-status').innerText()).toContain(de.procedure.status.done);
    expect(await textOf(page, 'procedure-feedback')).toContain('Schritt 1');
    expect(await axeOnPage(page)).toEqual([]);

    // Documents: the checklist from the evaluation, then an upload.
    const checklist = page.getByTestId('document-checklist').locator('li');
    expect(await checklist.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('documents-section').innerText()).toContain(de.documents.none);
    const file = page.getByLabel(de.documents.file, { exact: true });
    expect(await file.getAttribute('accept')).toContain('application/pdf');

    // A "PDF" that is not one: the server refuses it (415), and the page says so in words.
    await file.setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
    await press(page, 'document-submit');
    expect(await textOf(page, 'document-file-error')).toContain(de.documents.errors.type);

    const firstItem = await checklist.first().getAttribute('data-item-id');
    await page.getByTestId('document-upload-form').locator('[data-field="checklistItemId"] select').selectOption({ index: 1 });
    await file.setInputFiles({ name: 'reisepass.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF') });
    await press(page, 'document-submit');
    await expect.poll(() => textOf(page, 'documents-feedback')).toContain('„reisepass.pdf“');
    const listed = page.getByTestId('document-list').locator('li');
    expect(await listed.count()).toBe(1);
    expect(await listed.first().innerText()).toContain('reisepass.pdf');
    expect(await page.getByTestId('document-file-error').innerText()).toBe('');
    expect(await page.getByTestId('document-checklist').locator(`li[data-item-id="${firstItem}"]`).getAttribute('data-uploaded')).toBe('true');
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'case-procedure');

    // Download through fetch and a blob.
    const [download] = await Promise.all([page.waitForEvent('download'), listed.first().getByTestId('document-download').getByRole('button').click()]);
    expect(download.suggestedFilename()).toBe('reisepass.pdf');

    // The deadline board: the overdue BA step of this case, linking to it.
    const nav = page.getByRole('navigation', { name: de.layout.mainNav });
    await nav.getByRole('link', { name: de.layout.deadlines }).click();
    await page.waitForURL((url) => url.pathname === '/fristen');
    await waitForPage(page);
    await page.getByTestId('deadlines-overdue').waitFor();
    const entry = page.getByTestId('deadlines-overdue').locator(`li[data-case-id]`).filter({ hasText: reference });
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.getByRole('link', { name: `Chidi ${familyName} (${reference})` }).count()).toBe(1);
    expect(await entry.innerText()).toContain(formatDate(baDue, 'de'));
    // The period is named in words: "Frist: 1 Woche".
    expect(await entry.innerText()).toContain(de.deadlines.period.replace('{{period}}', '1 Woche'));
    expect(await page.getByTestId('deadlines-week').locator('[data-day]').count()).toBe(7);
    // The overdue step is listed once; its day in this week (if it lies in it) points there.
    const dueDay = page.getByTestId('deadlines-week').locator(`[data-day="${baDue}"]`);
    if ((await dueDay.count()) > 0) expect(await dueDay.innerText()).toContain('1 Frist dieses Tages ist überfällig');
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'deadlines');

    // The case link leads back to the case.
    await entry.getByRole('link', { name: `Chidi ${familyName} (${reference})` }).click();
    await page.waitForURL(/\/faelle\/[0-9a-f-]{36}$/);
    await waitForPage(page);
    await page.getByTestId('procedure-steps').waitFor();
  });
});
