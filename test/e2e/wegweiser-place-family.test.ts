import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de.json';
import dePlaceFamily from '../../src/web/i18n/de/wegweiser-place-family.json';
import en from '../../src/web/i18n/en.json';
import enPlaceFamily from '../../src/web/i18n/en/wegweiser-place-family.json';
import { startAppServer } from '../support/app-server';
import { launchBrowser, openPage, unexpectedProblems, visit, type TestBrowser, type TestPage } from './support/browser';
import { axeOnView, expectStep } from './wegweiser-keyboard';

let server: { url: string; close(): Promise<void> };
let chromium: TestBrowser;
const pages: TestPage[] = [];

beforeAll(async () => {
  server = await startAppServer();
  chromium = await launchBrowser();
});

afterEach(async () => {
  for (const page of pages.splice(0)) {
    expect(unexpectedProblems(page.problems)).toEqual([]);
    await page.close();
  }
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function newPage(language: 'de' | 'en'): Promise<Page> {
  const opened = await openPage(chromium.browser, server.url);
  pages.push(opened);
  await opened.context.addInitScript((lang) => window.localStorage.setItem('lotse.lang', lang), language);
  return opened.page;
}

/** LOTSE_SCREENSHOTS=/some/dir keeps full-page pictures at 1280 and 390 px for a human look. */
async function screenshot(page: Page, name: string): Promise<void> {
  const directory = process.env.LOTSE_SCREENSHOTS;
  if (!directory) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${directory}/wegweiser-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const select = (page: Page, field: string, label: string) => page.locator(`[data-field="${field}"] select`).selectOption({ label });
const fill = (page: Page, field: string, value: string) => page.locator(`[data-field="${field}"] input`).fill(value);
const radio = (page: Page, field: string, label: string) => page.locator(`[data-field="${field}"]`).getByLabel(label, { exact: true }).check();
const next = (page: Page) => page.getByTestId('wegweiser-next').getByRole('button').click();
const focusedField = (page: Page) =>
  page.evaluate(() => {
    let node: Node | null = document.activeElement;
    while (node) {
      if (node instanceof HTMLElement && node.dataset.field) return node.dataset.field;
      node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
    }
    return null;
  });
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** axe at 1280 and at 390 px, and nothing scrolls sideways on the phone. */
async function checkBothWidths(page: Page): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await axeOnView(page), `axe at ${width} px`).toEqual([]);
    expect(await sidewaysScroll(page), `sideways scroll at ${width} px`).toBe(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Types into the place combobox key by key, waits for the suggestions, and chooses the first with the keyboard. */
async function choosePlace(page: Page, typed: string, expectedName: string): Promise<void> {
  const input = page.locator('#wegweiser-placeQuery');
  await input.click();
  await input.pressSequentially(typed, { delay: 30 });
  const option = page.getByRole('option', { name: new RegExp(`^${expectedName}`) });
  await option.first().waitFor();
  expect(await input.getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('ArrowDown');
  expect(await input.getAttribute('aria-activedescendant')).toBe(await option.first().getAttribute('id'));
  await page.keyboard.press('Enter');
  await page.getByTestId('place-chosen').waitFor();
  expect(await input.inputValue()).toBe(expectedName);
  expect(await input.getAttribute('aria-expanded')).toBe('false');
}

type Texts = { core: typeof de; placeFamily: typeof dePlaceFamily };
const german: Texts = { core: de, placeFamily: dePlaceFamily };
const english: Texts = { core: en, placeFamily: enPlaceFamily };

/** Steps 1–3 for an Indian graduate (comparable degree) with a 60,000 € offer; ends on "Where?". */
async function answerUpToPlace(page: Page, { core }: Texts, citizenship: string) {
  await select(page, 'citizenship', citizenship);
  await fill(page, 'age', '30');
  await radio(page, 'location', core.wegweiser.fields.locationAbroad);
  await next(page);
  await expectStep(page, 'qualification', core.wegweiser.steps.qualification);
  await radio(page, 'qualificationType', core.wegweiser.fields.qualificationAcademic);
  await select(page, 'germanRecognition', core.wegweiser.recognition.comparable);
  await next(page);
  await expectStep(page, 'job', core.wegweiser.steps.job);
  await radio(page, 'hasJobOffer', core.wegweiser.choice.yes);
  await fill(page, 'salary', '60000');
  await next(page);
  await expectStep(page, 'place', core.wegweiser.steps.place);
}

/** From "Where?" (answered) through experience and the date to the family step. */
async function answerUpToFamily(page: Page, { core }: Texts) {
  await next(page);
  await expectStep(page, 'experience', core.wegweiser.steps.experience);
  await select(page, 'english', core.wegweiser.levels.C1);
  await next(page);
  await expectStep(page, 'more', core.wegweiser.steps.more);
  await fill(page, 'evaluationDate', '2026-06-15');
  await next(page);
  await expectStep(page, 'family', core.wegweiser.steps.family);
}

/** A spouse of 31 and a child of 8 who moves with the parent. */
async function answerFamily(page: Page, { core }: Texts) {
  await page.locator('[data-field="family"] input[type="checkbox"]').check();
  await fill(page, 'family.0.age', '31');
  await select(page, 'family.0.german', core.wegweiser.levels.A1);
  await page.getByTestId('family-add-child').getByRole('button').click();
  // The new child's age takes the focus.
  await expect.poll(() => focusedField(page)).toBe('family.1.age');
  await fill(page, 'family.1.age', '8');
  await radio(page, 'family.1.movesWithParent', core.wegweiser.choice.yes);
}

/** No internal id (18g_standard, 30_spouse) and no ISO date in any sentence of a section. */
async function expectNoCodes(page: Page, testId: string) {
  const text = await page.getByTestId(testId).innerText();
  expect(text).not.toMatch(/\b\d{2}[a-z]?_[a-z_]+\b/);
  expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
}

describe('Wegweiser with a place and a family', () => {
  it('in German: refuses age 150 at step 1, finds Ludwigshafen by name, checks the family rows and shows offices and family results', async () => {
    const page = await newPage('de');
    await visit(page, '/wegweiser');
    expect(await page.getByTestId('wegweiser-progress').innerText()).toBe('Schritt 1 von 7');

    // Age 150 is refused when step 1 is left: summary focused, field marked, same message at the field.
    await select(page, 'citizenship', 'Indien');
    await fill(page, 'age', '150');
    await radio(page, 'location', de.wegweiser.fields.locationAbroad);
    await next(page);
    const summary = page.getByTestId('wegweiser-error-summary');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('wegweiser-error-summary');
    const ageMessage = 'Bitte geben Sie ein Alter von 0 bis 130 Jahren an.';
    expect(await summary.innerText()).toBe(`${de.wegweiser.problems.summaryTitle}\n${de.wegweiser.fields.age}: ${ageMessage}`);
    expect(await page.locator('[data-field="age"]').getByText(ageMessage).count()).toBe(1);
    expect(await page.locator('[data-step="about"]').count()).toBe(1);
    await checkBothWidths(page);
    await fill(page, 'age', '-5');
    await next(page);
    await expect.poll(() => summary.innerText()).toContain(ageMessage);

    // Back to a plausible age, then on to "Wo?".
    await fill(page, 'age', '30');
    await answerUpToPlaceFromStep2(page);
    expect(await page.getByTestId('wegweiser-progress').innerText()).toBe('Schritt 4 von 7');
    expect(await axeOnView(page)).toEqual([]);

    // A name typed but never chosen is refused; the name chosen with the keyboard is kept.
    await page.locator('#wegweiser-placeQuery').fill('Ludwigsh');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    await next(page);
    await expect.poll(() => summary.innerText()).toContain(de.wegweiser.errors.placeNotChosen);
    expect(await page.locator('#wegweiser-placeQuery').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#wegweiser-placeQuery').fill('');
    await choosePlace(page, 'ludwigsh', 'Ludwigshafen am Rhein');
    expect(await page.getByTestId('place-chosen').getAttribute('data-ags')).toBe('07314000');
    await page.locator('#wegweiser-placeQuery').fill('');
    await choosePlace(page, 'Ludwigshafen', 'Ludwigshafen am Rhein');
    await screenshot(page, 'place-de');
    await answerUpToFamily(page, german);

    // Family: a child without an age is refused on leaving the step, the summary naming the row.
    await answerFamily(page, german);
    await page.getByTestId('family-add-child').getByRole('button').click();
    await expect.poll(() => focusedField(page)).toBe('family.2.age');
    await next(page);
    const missingAge = `Kind 2: ${dePlaceFamily.family.age}: ${de.wegweiser.errors.required}`;
    await expect.poll(() => summary.innerText()).toBe(`${de.wegweiser.problems.summaryTitle}\n${missingAge}`);
    await checkBothWidths(page);
    await summary.getByRole('link').click();
    await expect.poll(() => focusedField(page)).toBe('family.2.age');
    // Removing that child clears its error; the step is left.
    await page.locator('[data-testid="family-member"][data-row="2"]').getByTestId('family-remove').getByRole('button').click();
    await fill(page, 'family.1.age', '8');
    await radio(page, 'familyLivingSpace', de.wegweiser.choice.yes);
    await screenshot(page, 'family-de');
    await next(page);
    await expectStep(page, 'result', de.wegweiser.result.title);

    // Ihre Ansprechpartner (from the responsibility finder): the city's own Ausländerbehörde for the
    // accelerated procedure (abroad with a job offer), marked with its legal basis, and the welcome
    // centre; kinds in words. A degree found comparable needs no recognition counselling.
    const offices = page.getByTestId('offices');
    await offices.locator('[data-kind="abh"]').waitFor();
    expect(await offices.locator('h3').innerText()).toBe('Ihre Ansprechpartner in Ludwigshafen am Rhein');
    expect(await page.getByTestId('offices-place').innerText()).toBe(
      'Für Ludwigshafen am Rhein (Kreisfreie Stadt Ludwigshafen am Rhein, Rheinland-Pfalz) sind diese Stellen zuständig:',
    );
    const abh = offices.locator('[data-kind="abh"]');
    expect(await abh.count()).toBe(1);
    expect(await abh.getByTestId('responsible-badge').innerText()).toBe('ZUSTÄNDIGE BEHÖRDE · Zuständig nach §81a AufenthG, §71 Abs. 1 AufenthG.');
    expect(await abh.locator('.responsible__kind').innerText()).toBe('Ausländerbehörde · für diese Gemeinde');
    expect(await abh.locator('.responsible__name').innerText()).toBe('Ausländerbehörde Stadt Ludwigshafen am Rhein');
    expect(await abh.innerText()).toContain('E-Mail\nabh@ludwigshafen.demo.example');
    expect(await offices.locator('[data-kind="iq"]').count()).toBe(0);
    expect(await offices.locator('[data-kind="welcome_center"]').innerText()).toContain('Welcome Center Rhein-Neckar');

    // Familiennachzug for the Blue Card (the best open title), per member with the conditions in words.
    const family = page.getByTestId('family-result');
    await family.getByTestId('family-member-result').first().waitFor();
    expect(await page.getByTestId('family-sponsor-intro').innerText()).toBe('Geprüft für den Fall, dass Sie den Aufenthaltstitel „Blaue Karte EU“ erhalten.');
    const members = family.getByTestId('family-member-result');
    expect(await members.count()).toBe(2);
    expect(await members.nth(0).getAttribute('data-role')).toBe('spouse');
    expect(await members.nth(0).locator('h4').innerText()).toMatch(/^Ehepartner\/in, 31 Jahre: (Möglich|Offene Fragen)$/);
    expect(await members.nth(0).innerText()).toContain('Ehegattennachzug (§30 Abs. 1 AufenthG)');
    expect(await members.nth(1).locator('h4').innerText()).toMatch(/^Kind 1, 8 Jahre: (Möglich|Offene Fragen)$/);
    expect(await members.nth(1).locator('[data-condition="child_minor"]').innerText()).toContain(de.wegweiser.result.status.met);
    await expectNoCodes(page, 'offices');
    await expectNoCodes(page, 'family-result');
    await checkBothWidths(page);
    await screenshot(page, 'result-de');

    // The permalink carries the place and the family: a fresh browser shows both again.
    const permalink = page.url();
    const fresh = await newPage('de');
    await fresh.goto(permalink);
    await fresh.getByTestId('offices').locator('[data-kind="abh"]').waitFor();
    await fresh.getByTestId('family-member-result').nth(1).waitFor();
    expect(await fresh.getByTestId('family-member-result').count()).toBe(2);
  }, 180_000);

  it('in English: finds a place by postcode (its district’s authority) and evaluates spouse and child', async () => {
    const page = await newPage('en');
    await visit(page, '/wegweiser');
    expect(await page.getByTestId('wegweiser-progress').innerText()).toBe('Step 1 of 7');
    await answerUpToPlace(page, english, 'India');

    // 68526 is Ladenburg in the Rhein-Neckar-Kreis, which has no Ausländerbehörde of its own.
    await choosePlace(page, '68526', 'Ladenburg');
    expect(await axeOnView(page)).toEqual([]);
    await answerUpToFamily(page, english);

    // Age 150 for the spouse is refused with the same rule, in English.
    await answerFamily(page, english);
    await fill(page, 'family.0.age', '150');
    await fill(page, 'family.1.age', '8');
    await next(page);
    const summary = page.getByTestId('wegweiser-error-summary');
    await expect.poll(() => summary.innerText()).toBe(`${en.wegweiser.problems.summaryTitle}\nSpouse: ${enPlaceFamily.family.age}: Please enter an age from 0 to 130 years.`);
    await checkBothWidths(page);
    await fill(page, 'family.0.age', '31');
    await next(page);
    await expectStep(page, 'result', en.wegweiser.result.title);

    const offices = page.getByTestId('offices');
    await offices.locator('[data-kind="abh"]').waitFor();
    expect(await page.getByTestId('offices-place').innerText()).toBe('For Ladenburg (Rhein-Neckar-Kreis (district), Baden-Württemberg) these offices are responsible:');
    expect(await offices.locator('h3').innerText()).toBe('Your contacts in Ladenburg');
    const abh = offices.locator('[data-kind="abh"]');
    expect(await abh.locator('.responsible__kind').innerText()).toBe('Immigration office (Ausländerbehörde) · for the whole district');
    expect(await abh.locator('.responsible__name').innerText()).toBe('Ausländerbehörde Landratsamt Rhein-Neckar-Kreis');
    expect(await abh.innerText()).toContain('E-mail\nabh@rhein-neckar-kreis.demo.example');
    expect(await abh.getByTestId('responsible-badge').innerText()).toContain('RESPONSIBLE AUTHORITY');
    expect(await offices.locator('[data-kind="welcome_center"]').innerText()).toContain('Welcome centre');

    const members = page.getByTestId('family-member-result');
    await members.nth(1).waitFor();
    expect(await page.getByTestId('family-sponsor-intro').innerText()).toBe('Checked for the case that you receive the residence title “EU Blue Card”.');
    expect(await members.nth(0).locator('h4').innerText()).toMatch(/^Spouse, 31 years: (Possible|Open questions)$/);
    expect(await members.nth(0).innerText()).toContain('Spouse reunification (§30 Abs. 1 AufenthG)');
    expect(await members.nth(1).locator('h4').innerText()).toMatch(/^Child 1, 8 years: (Possible|Open questions)$/);
    expect(await members.nth(1).locator('[data-condition="child_minor"]').innerText()).toContain('The child is 8 years old: a minor.');
    await expectNoCodes(page, 'offices');
    await expectNoCodes(page, 'family-result');
    await checkBothWidths(page);
    await screenshot(page, 'result-en');

    // Another open title can be chosen for the family; the link then carries the choice.
    const sponsor = page.getByTestId('family-sponsor');
    if (await sponsor.count()) {
      const options = await sponsor.locator('option').allInnerTexts();
      const other = options.find((label) => label !== 'EU Blue Card');
      if (other) {
        await sponsor.locator('select').selectOption({ label: other });
        await expect.poll(() => page.getByTestId('family-sponsor-intro').innerText()).toBe(`Checked for the case that you receive the residence title “${other}”.`);
        await members.nth(1).waitFor();
      }
    }
  }, 180_000);
});

/** Steps 2 and 3 (after step 1 was answered), ending on "Wo?". */
async function answerUpToPlaceFromStep2(page: Page) {
  await next(page);
  await expectStep(page, 'qualification', de.wegweiser.steps.qualification);
  await radio(page, 'qualificationType', de.wegweiser.fields.qualificationAcademic);
  await select(page, 'germanRecognition', de.wegweiser.recognition.comparable);
  await next(page);
  await expectStep(page, 'job', de.wegweiser.steps.job);
  await radio(page, 'hasJobOffer', de.wegweiser.choice.yes);
  await fill(page, 'salary', '60000');
  await next(page);
  await expectStep(page, 'place', de.wegweiser.steps.place);
}
