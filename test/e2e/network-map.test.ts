import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csrfCookieName, csrfHeaderName } from '../../src/contract/auth';
import de from '../../src/web/i18n/de/network-map.json';
import en from '../../src/web/i18n/en/network-map.json';
import { samplePdf } from '../support/documents';
import { axeOnPage, focusedText, screenshots, sidewaysOverflow, signIn } from './cases-steps';
import { useBrowserSession, waitForPage } from './support/browser';

const session = useBrowserSession();
const newPage = () => session.newPage();

/** A request with the page's session and CSRF token, as the web app sends it. */
async function apiCall(page: Page, method: 'GET' | 'POST', url: string, options: { data?: unknown; body?: Buffer; contentType?: string } = {}) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === csrfCookieName)?.value ?? '';
  const headers: Record<string, string> = { [csrfHeaderName]: csrf, ...(options.contentType ? { 'content-type': options.contentType } : {}) };
  const response = await page.context().request.fetch(`${session.url()}${url}`, { method, headers, ...(options.data === undefined ? {} : { data: options.data }), ...(options.body ? { data: options.body } : {}) });
  return { status: response.status(), body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

/** Two referrals from the Welcome Center to the IQ office: a flow the map must show as "< 5". */
async function sendTwoReferrals(page: Page): Promise<void> {
  await signIn(page, 'navigator@demo.example');
  const organisations = (await apiCall(page, 'GET', '/api/v1/organisations')).body?.items as { id: string; kind: string }[];
  const iq = organisations.find((organisation) => organisation.kind === 'iq')?.id ?? '';
  const created = await apiCall(page, 'POST', '/api/v1/cases', { data: { person: { givenName: 'Lerato', familyName: 'Map-Demo', birthDate: '1991-03-04', citizenship: 'ZAF' } } });
  expect(created.status).toBe(201);
  const caseId = String(created.body?.id);
  const form = await apiCall(page, 'POST', `/api/v1/cases/${caseId}/documents?fileName=einwilligung.pdf`, { body: samplePdf('Einwilligung'), contentType: 'application/pdf' });
  expect(form.status).toBe(201);
  const consent = await apiCall(page, 'POST', `/api/v1/cases/${caseId}/consents`, {
    data: { recipientOrganisationIds: [iq], purposes: ['recognition_counselling'], dataCategories: ['identity', 'qualification'], textVersion: 'consent-text-2026-01', formDocumentId: form.body?.id },
  });
  expect(consent.status).toBe(201);
  for (const message of ['Bitte Anerkennungsberatung (Pflege).', 'Bitte Anerkennungsberatung (zweite Frage).']) {
    const sent = await apiCall(page, 'POST', `/api/v1/cases/${caseId}/referrals`, { data: { toOrganisationId: iq, consentId: consent.body?.id, purpose: 'recognition_counselling', message } });
    expect(sent.status).toBe(201);
  }
}

/** Where Cytoscape drew an element, in page coordinates (Cytoscape keeps its instance on the container). */
async function pointOf(page: Page, selector: { node?: string; edgeFrom?: string; edgeTo?: string; type?: string }) {
  const box = await page.getByTestId('network-map-canvas').boundingBox();
  const point = await page.getByTestId('network-map-canvas').evaluate((container, wanted) => {
    type Position = { x: number; y: number };
    type Element = { id(): string; data(name: string): string; renderedPosition(): Position; renderedMidpoint(): Position; source(): Element; target(): Element };
    const cy = (container as unknown as { _cyreg: { cy: { nodes(): Element[]; edges(): Element[] } } })._cyreg.cy;
    const nameOf = (element: Element) => element.data('label');
    if (wanted.node) return cy.nodes().find((node) => nameOf(node) === wanted.node)?.renderedPosition() ?? null;
    const edge = cy.edges().find((candidate) => candidate.data('kind') === wanted.type && nameOf(candidate.source()) === wanted.edgeFrom && nameOf(candidate.target()) === wanted.edgeTo);
    return edge?.renderedMidpoint() ?? null;
  }, selector);
  if (!box || !point) throw new Error(`not drawn: ${JSON.stringify(selector)}`);
  return { x: box.x + point.x, y: box.y + point.y };
}

const welcome = 'Welcome Center Rhein-Neckar';
const iqName = 'IQ Beratung Anerkennung Rhein-Neckar';
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Clicks a drawn element until the details panel shows what `shown` expects (the drawing may still settle). */
async function clickDrawn(page: Page, selector: Parameters<typeof pointOf>[1], shown: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    // The details panel takes the focus, which may scroll the drawing away.
    await page.getByTestId('network-map-canvas').scrollIntoViewIfNeeded();
    const point = await pointOf(page, selector);
    await page.mouse.click(point.x, point.y);
    for (let wait = 0; wait < 5; wait += 1) {
      if (await shown()) return;
      await page.waitForTimeout(200);
    }
  }
  // The force layout is random: an edge may run under a parallel one or a label, so the click
  // lands on that instead. Then tap the element itself (the handler a click reaches).
  if (selector.node) throw new Error(`clicking ${JSON.stringify(selector)} did not show its details`);
  await page.getByTestId('network-map-canvas').evaluate((container, wanted) => {
    type Element = { data(name: string): string; source(): Element; target(): Element; emit(event: string): void };
    const cy = (container as unknown as { _cyreg: { cy: { edges(): Element[] } } })._cyreg.cy;
    const nameOf = (element: Element) => element.data('label');
    cy.edges()
      .find((edge) => edge.data('kind') === wanted.type && nameOf(edge.source()) === wanted.edgeFrom && nameOf(edge.target()) === wanted.edgeTo)
      ?.emit('tap');
  }, selector);
  await expect.poll(shown).toBe(true);
}

async function openMap(page: Page): Promise<void> {
  await page.goto('/netzwerk/karte');
  await waitForPage(page);
  await page.getByTestId('network-map-summary').waitFor();
}

describe('the network map', () => {
  it('the steering user opens the map, filters a period, sees a suppressed edge, clicks a node and switches to the table', async () => {
    await sendTwoReferrals(await newPage());
    const page = await newPage();
    await signIn(page, 'steering@demo.example');
    await page.locator('[data-area="steering"]').getByRole('link', { name: de.openMap }).click();
    await page.waitForURL((url) => url.pathname === '/netzwerk/karte');
    await waitForPage(page);
    expect(await page.locator('main h1').first().innerText()).toBe(de.title);
    await page.getByTestId('network-map-summary').waitFor();

    // A period of the last 30 days, applied without leaving the page.
    const from = isoDay(-30);
    const to = isoDay(0);
    await page.locator('[data-field="from"] input').fill(from);
    await page.locator('[data-field="to"] input').fill(to);
    await page.getByTestId('network-map-apply').getByRole('button').click();
    const longDate = (iso: string) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    await expect.poll(() => page.getByTestId('network-map-summary').innerText()).toContain(`Zeitraum: ${longDate(from)} bis ${longDate(to)}`);
    expect(page.url()).toMatch(/\/netzwerk\/karte$/);

    // The referral edge Welcome Center → IQ carries 2 referrals: shown as "< 5".
    await page.locator('.network-map__loading').waitFor({ state: 'detached' });
    const details = page.getByTestId('network-map-details');
    const countShown = async () => (await details.getByTestId('network-map-count').count()) > 0;
    await clickDrawn(page, { type: 'referrals', edgeFrom: welcome, edgeTo: iqName }, countShown);
    expect(await details.getByTestId('network-map-count').innerText()).toBe('< 5');
    expect(await details.innerText()).toContain(de.notShown);

    await clickDrawn(page, { node: iqName }, async () => (await details.locator('h2').innerText()) === iqName);
    expect(await focusedText(page)).toBe(iqName);
    expect(await details.innerText()).toContain(de.activity);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'network-map-graph');

    // The table view: the same edge with "< 5", details reachable by keyboard.
    await page.locator('[data-field="view"]').getByLabel(de.viewTable).check();
    const edges = page.getByTestId('network-map-edges');
    await edges.waitFor();
    const row = edges.locator('tr[data-type="referrals"]', { hasText: welcome }).filter({ hasText: iqName });
    expect(await row.innerText()).toContain('< 5');
    await row.getByRole('button', { name: de.columnDetails }).click();
    await expect.poll(() => details.getByTestId('network-map-count').innerText().catch(() => '')).toBe('< 5');
    const nodeRow = page.getByTestId('network-map-nodes').locator('tr', { hasText: welcome });
    await nodeRow.getByRole('button', { name: de.columnDetails }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe(welcome);
    expect(await axeOnPage(page)).toEqual([]);
    await screenshots(page, 'network-map-table');
  }, 120_000);

  it('downloads the connections as CSV, with "< 5" for the small flow', async () => {
    const page = await newPage();
    await signIn(page, 'steering@demo.example');
    await openMap(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('network-map-export-edges').getByRole('button').click()]);
    expect(download.suggestedFilename()).toMatch(/^netzwerkkarte-verbindungen-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(String(await download.path()), 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(`${de.csvType};${de.columnFrom};${de.columnTo};${de.agreementTitle};${de.csvTopic};${de.validFrom};${de.validTo};${de.document};${de.count};${de.medianAnswer};${de.shareOnTime}`);
    expect(lines).toContain(`${de.edgeReferrals};${welcome};${iqName};;;;;;< 5;;`);
    expect(lines.some((line) => line.startsWith(`${de.edgeAgreement};`) && line.includes('Anerkennung'))).toBe(true);
    const [picture] = await Promise.all([page.waitForEvent('download'), page.getByTestId('network-map-export-png').getByRole('button').click()]);
    expect(picture.suggestedFilename()).toMatch(/\.png$/);
    const png = await readFile(String(await picture.path()));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  for (const language of ['de', 'en'] as const) {
    for (const width of [1280, 390]) {
      it(`passes axe in ${language} at ${width} px in both views, without sideways scrolling`, async () => {
        const page = await newPage();
        if (language === 'en') await page.context().addInitScript(() => localStorage.setItem('lotse.lang', 'en'));
        await page.setViewportSize({ width, height: 900 });
        await signIn(page, 'steering@demo.example');
        await openMap(page);
        const texts = language === 'en' ? en : de;
        expect(await page.locator('main h1').first().innerText()).toBe(texts.title);
        await page.locator('.network-map__loading').waitFor({ state: 'detached' });
        expect(await page.getByTestId('network-map-legend').innerText()).toContain(texts.legendSuppressed);
        expect(await axeOnPage(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBe(0);
        await page.locator('[data-field="view"]').getByLabel(texts.viewTable).check();
        await page.getByTestId('network-map-edges').waitFor();
        expect(await axeOnPage(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBe(0);
      }, 90_000);
    }
  }
});
