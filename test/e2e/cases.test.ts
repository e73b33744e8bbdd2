import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import de from '../../src/web/i18n/de.json';
import { startAppServer } from '../support/app-server';
import { tabTo } from './wegweiser-keyboard';
import { axeOnPage, blueCardPermalink, choose, fill, fillText, focusedText, press, screenshots, selected, sidewaysOverflow, signIn, textOf } from './cases-steps';
import { launchBrowser, openPage, unexpectedProblems, visit, waitForPage, type TestBrowser, type TestPage } from './support/browser';

let server: { url: string; close(): Promise<void> };
let chromium: TestBrowser;
const pages: TestPage[] = [];
/** A family name no other test uses, so the name search finds exactly this case. */
const familyName = `Sharma-${Date.now().toString(36)}`;
let caseId = '';

beforeAll(async () => {
  server = await startAppServer();
  chromium = await launchBrowser();
});

afterEach(async () => {
  for (const page of pages.splice(0)) {
    // A stale version is answered 409 on purpose in the conflict step.
    expect(unexpectedProblems(page.problems).filter((problem) => !/status of 409/.test(problem))).toEqual([]);
    await page.close();
  }
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function newPage(viewport?: { width: number; height: number }): Promise<Page> {
  const opened = await openPage(chromium.browser, server.url, viewport);
  pages.push(opened);
  return opened.page;
}

const stageText = (stage: keyof typeof de.cases.stages) => de.cases.stages[stage];

async function addMember(page: Page, relation: string, givenName: string, birthDate: string) {
  await press(page, 'member-add');
  await page.getByTestId('member-form').waitFor();
  await choose(page, 'relation', relation, 'member-form');
  await fill(page, 'givenName', givenName, 'member-form');
  await fill(page, 'familyName', familyName, 'member-form');
  await fill(page, 'birthDate', birthDate, 'member-form');
  await press(page, 'member-submit');
  await expect.poll(() => textOf(page, 'members-feedback')).toContain(`${givenName} ${familyName}`);
}

describe('a case worker opens a case from a Wegweiser result and works on it', () => {
  it('creates the case from a Blue Card result, prefilled, with the evaluation stored', async () => {
    const page = await newPage();
    await signIn(page, 'caseworker@demo.example');
    // Start page and header lead to the cases and the inbox.
    const card = page.locator('[data-area="cases"]');
    expect(await card.getByRole('link', { name: de.start.openCases }).getAttribute('href')).toBe('/faelle');
    expect(await card.getByRole('link', { name: de.start.openInbox }).getAttribute('href')).toBe('/eingang');
    const nav = page.getByRole('navigation', { name: de.layout.mainNav });
    expect(await nav.getByRole('link', { name: de.layout.cases }).getAttribute('href')).toBe('/faelle');
    expect(await nav.getByRole('link', { name: de.layout.inbox }).getAttribute('href')).toBe('/eingang');

    await page.goto(blueCardPermalink());
    await page.getByTestId('wegweiser-result').waitFor();
    await press(page, 'wegweiser-create-case');
    await page.waitForURL((url) => url.pathname === '/faelle/neu');
    await waitForPage(page);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(de.cases.create.title);
    await expect.poll(() => page.getByTestId('create-from-wegweiser').innerText()).toContain('15. Juni 2026');
    expect(await selected(page, 'citizenship')).toBe('Indien');
    expect(await selected(page, 'targetTitleId')).toBe('Blaue Karte EU (§18g Abs. 1 Satz 1 AufenthG)');
    expect(await page.locator('[data-field="birthDate"] input').inputValue()).toBe('1995-04-12');
    expect(await axeOnPage(page)).toEqual([]);

    // Missing names: the summary takes focus and links to the fields.
    await press(page, 'create-case-submit');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('create-case-error-summary');
    expect(await page.getByTestId('create-case-error-summary').innerText()).toContain(`${de.cases.form.givenName}: ${de.cases.errors.required}`);
    expect(await axeOnPage(page)).toEqual([]);

    await fill(page, 'givenName', 'Priya');
    await fill(page, 'familyName', familyName);
    const [request] = await Promise.all([page.waitForRequest((sent) => sent.url().endsWith('/api/v1/cases') && sent.method() === 'POST'), press(page, 'create-case-submit')]);
    expect(request.postDataJSON()).toMatchObject({
      person: { givenName: 'Priya', familyName, birthDate: '1995-04-12', citizenship: 'IND' },
      targetTitleId: '18g_standard',
      profile: { citizenship: 'IND', evaluationDate: '2026-06-15' },
    });
    await page.waitForURL(/\/faelle\/[0-9a-f-]{36}$/);
    caseId = new URL(page.url()).pathname.split('/').at(-1)!;
    await waitForPage(page);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(`Priya ${familyName}`);
    expect(await textOf(page, 'case-created')).toMatch(/Der Fall RN-\d{4}-\d+ ist angelegt\./);
    expect(await page.locator('[data-fact="target"] dd').innerText()).toBe('Blaue Karte EU');
    expect(await page.getByTestId('case-evaluation').innerText()).toContain('15. Juni 2026');
    expect(await page.locator('[aria-current="step"]').getAttribute('data-stage')).toBe('information');
    expect(await axeOnPage(page)).toEqual([]);
  });

  it('adds spouse and child, a task, moves the stage forward and shows the timeline', async () => {
    const page = await newPage();
    await signIn(page, 'caseworker@demo.example');
    await visit(page, `/faelle/${caseId}`);

    await addMember(page, de.cases.relations.spouse, 'Arjun', '1993-08-01');
    expect(await focusedText(page)).toBe(de.cases.members.title);
    await addMember(page, de.cases.relations.child, 'Anaya', '2021-02-14');
    const members = page.getByTestId('members').locator('[data-member-id]');
    expect(await members.evaluateAll((items) => items.map((item) => item.getAttribute('data-relation')))).toEqual(['spouse', 'child']);
    expect(await members.first().getByTestId('member-stage').innerText()).toBe(`Eigene Phase: ${stageText('information')}`);
    // The spouse has a journey of their own.
    await members.first().locator('[data-field="stage"] select').selectOption({ label: stageText('recognition') });
    await members.first().getByTestId('member-move').getByRole('button').click();
    await expect.poll(() => members.first().getByTestId('member-stage').innerText()).toBe(`Eigene Phase: ${stageText('recognition')}`);
    expect(await members.last().getByTestId('member-stage').innerText()).toBe(`Eigene Phase: ${stageText('information')}`);

    await fill(page, 'title', 'Arbeitsvertrag anfordern', 'task-form');
    await press(page, 'task-submit');
    await expect.poll(() => textOf(page, 'tasks-feedback')).toContain('Arbeitsvertrag anfordern');
    const task = page.getByTestId('open-tasks').locator('[data-task-id]');
    expect(await task.count()).toBe(1);
    expect(await task.innerText()).toContain('zuständig:');
    expect(await axeOnPage(page)).toEqual([]);

    await page.getByTestId('journey-moves').getByRole('button', { name: `Weiter zu: ${stageText('recognition')}` }).click();
    await expect.poll(() => page.locator('[aria-current="step"]').getAttribute('data-stage')).toBe('recognition');
    expect(await textOf(page, 'journey-feedback')).toBe(`✓ Die Phase ist jetzt: ${stageText('recognition')}.`);
    expect(await focusedText(page)).toBe(`${de.cases.journey.title}: ${stageText('recognition')}`);
    const states = await page.getByTestId('journey').locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-state')));
    expect(states).toEqual(['done', 'current', 'future', 'future', 'future', 'future', 'future', 'future']);
    // Done and current are said in words too, not only by colour.
    expect(await page.locator('[data-stage="information"]').innerText()).toContain(de.cases.journey.done);

    const timeline = await page.getByTestId('timeline').locator('li .timeline__text').allInnerTexts();
    expect(timeline[0]).toBe(`Phase gewechselt: ${stageText('information')} → ${stageText('recognition')}`);
    expect(timeline).toContain('Familienangehörige hinzugefügt (Kind)');
    expect(timeline.at(-1)).toBe(de.cases.timeline.events.createdFromWegweiser);
    expect(timeline.some((text) => text.startsWith('Aufgabe angelegt, fällig am'))).toBe(true);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'case');
    expect(await sidewaysOverflow(page)).toBe(0);
  });

  it('tags an obstacle and resolves it, and keeps a note', async () => {
    const page = await newPage();
    await signIn(page, 'caseworker@demo.example');
    await visit(page, `/faelle/${caseId}`);
    // "Other" needs a description: the message stands next to the field, which takes focus.
    await choose(page, 'category', de.cases.obstacleCategories.other, 'obstacle-form');
    await press(page, 'obstacle-submit');
    await expect.poll(() => page.getByTestId('obstacle-form').getByText(de.cases.errors.required).count()).toBe(1);
    await choose(page, 'category', de.cases.obstacleCategories.housing, 'obstacle-form');
    await fillText(page, 'text', 'Noch keine Wohnung in Mannheim gefunden', 'obstacle-form');
    await press(page, 'obstacle-submit');
    await expect.poll(() => textOf(page, 'obstacles-feedback')).toContain(de.cases.obstacleCategories.housing);
    const obstacle = page.getByTestId('obstacles').locator('[data-category="housing"]');
    expect(await obstacle.innerText()).toContain(de.cases.obstacles.open);
    await obstacle.getByRole('button', { name: `Hemmnis „${de.cases.obstacleCategories.housing}“ als gelöst markieren` }).click();
    await expect.poll(() => obstacle.innerText()).toContain('gelöst am');

    await fillText(page, 'text', 'Arbeitgeber hat den Vertragsentwurf zugesagt.', 'note-form');
    await press(page, 'note-submit');
    await expect.poll(() => textOf(page, 'notes-feedback')).toBe(`✓ ${de.cases.notes.added}`);
    expect(await page.getByTestId('notes').innerText()).toContain('Arbeitgeber hat den Vertragsentwurf zugesagt.');
    const timeline = await page.getByTestId('timeline').locator('li .timeline__text').allInnerTexts();
    expect(timeline.slice(0, 3)).toEqual([de.cases.timeline.events.note_added, `Hemmnis gelöst: ${de.cases.obstacleCategories.housing}`, `Hemmnis erfasst: ${de.cases.obstacleCategories.housing}`]);
    expect(await axeOnPage(page)).toEqual([]);
  });

  it('refuses to overwrite a change made in the meantime and offers to reload', async () => {
    const stale = await newPage();
    await signIn(stale, 'caseworker@demo.example');
    await visit(stale, `/faelle/${caseId}`);
    // The same person in a second tab moves the case on first.
    const other = await stale.context().newPage();
    await visit(other, `/faelle/${caseId}`);
    await other.getByTestId('journey-moves').getByRole('button', { name: `Weiter zu: ${stageText('job_matching')}` }).click();
    await expect.poll(() => other.locator('[aria-current="step"]').getAttribute('data-stage')).toBe('job_matching');
    await other.close();

    await stale.getByTestId('journey-moves').getByRole('button', { name: `Zurück zu: ${stageText('information')}` }).click();
    await expect.poll(() => stale.getByTestId('case-conflict').innerText()).toContain(de.cases.detail.conflict);
    expect(await stale.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('case-conflict');
    expect(await stale.locator('[aria-current="step"]').getAttribute('data-stage')).toBe('recognition');
    expect(await axeOnPage(stale)).toEqual([]);
    await press(stale, 'case-reload');
    await expect.poll(() => stale.locator('[aria-current="step"]').getAttribute('data-stage')).toBe('job_matching');
    expect(await stale.getByTestId('case-conflict').innerText()).toBe(de.cases.detail.reloaded);

    // Closing asks for a reason; a closed case can be reopened at the stage it was closed from.
    await stale.locator('[data-move="closed"]').getByRole('button').click();
    await press(stale, 'close-case-confirm');
    await expect.poll(() => stale.getByTestId('close-case-form').getByText(de.cases.errors.required).count()).toBe(1);
    await choose(stale, 'closeReason', de.cases.closeReasons.moved_away);
    await press(stale, 'close-case-confirm');
    await expect.poll(() => stale.locator('[aria-current="step"]').getAttribute('data-stage')).toBe('closed');
    expect(await stale.getByTestId('journey-section').innerText()).toContain(`Abgeschlossen: ${de.cases.closeReasons.moved_away}`);
    await stale.getByTestId('journey-moves').getByRole('button', { name: `Wieder öffnen: ${stageText('job_matching')}` }).click();
    await expect.poll(() => stale.locator('[aria-current="step"]').getAttribute('data-stage')).toBe('job_matching');
  });

  it('shows the audit log and the task in the inbox, and marks the task done', async () => {
    const page = await newPage();
    await signIn(page, 'caseworker@demo.example');
    await visit(page, `/faelle/${caseId}`);
    await page.getByRole('link', { name: de.cases.detail.auditLink }).click();
    await page.waitForURL((url) => url.pathname === `/faelle/${caseId}/protokoll`);
    await waitForPage(page);
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await rows.first().waitFor();
    const actions = await rows.locator('td:nth-child(3)').allInnerTexts();
    expect(actions).toContain(de.cases.audit.actions.read);
    const readRow = rows.filter({ hasText: de.cases.audit.actions.read }).first();
    expect(await readRow.locator('td').nth(3).innerText()).toBe(de.cases.audit.purposes.case_management);
    expect(await axeOnPage(page)).toEqual([]);
    // Newest first: the case's creation is on the last page (each visit of the case page reads several parts).
    const total = await page.evaluate(async (id) => ((await (await fetch(`/api/v1/cases/${id}/audit?page=1&pageSize=1`)).json()) as { total: number }).total, caseId);
    await visit(page, `/faelle/${caseId}/protokoll?page=${Math.ceil(total / 50)}`);
    await rows.first().waitFor();
    expect(await rows.locator('td:nth-child(3)').allInnerTexts()).toContain(de.cases.audit.actions.created);

    await page.getByRole('navigation', { name: de.layout.mainNav }).getByRole('link', { name: de.layout.inbox }).click();
    await page.waitForURL((url) => url.pathname === '/eingang');
    await waitForPage(page);
    const dueToday = page.getByTestId('inbox-due-today');
    await dueToday.locator('[data-task-id]').first().waitFor();
    expect(await dueToday.innerText()).toContain('Arbeitsvertrag anfordern');
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'inbox');
    await dueToday.getByRole('link', { name: new RegExp(familyName) }).click();
    await page.waitForURL((url) => url.pathname === `/faelle/${caseId}`);
    await waitForPage(page);

    // With the keyboard: Tab to the task's "Done" button, Enter; focus lands on the section heading.
    await page.locator('#tasks-title').focus();
    const button = await tabTo(page, { testId: 'task-done' }, false, 10);
    expect(button.tag).toBe('button');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page, 'tasks-feedback')).toBe('✓ Die Aufgabe „Arbeitsvertrag anfordern“ ist erledigt.');
    expect(await focusedText(page)).toBe(de.cases.tasks.title);
    expect(await page.getByTestId('open-tasks').count()).toBe(0);
    expect(await page.getByTestId('done-tasks').innerText()).toContain('1 erledigte Aufgabe');
  });
});
