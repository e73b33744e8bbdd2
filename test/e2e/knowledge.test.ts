import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import knowledgeDe from '../../src/web/i18n/de/knowledge.json';
import { axeOnPage, fill, fillText, press, screenshots, signIn } from './cases-steps';
import { visit, waitForPage, useBrowserSession } from './support/browser';

const session = useBrowserSession();
const newPage = () => session.newPage();

/** A word no seed article uses, so the search finds exactly the article written here. */
const marker = `Quittenbaum${Date.now().toString(36)}`;
const title = `Anerkennung im Pflegeberuf ${marker}`;
let articlePath = '';

/** axe on the page at rest (see `axeOnPage`). */
const axe = (page: Page): Promise<string[]> => axeOnPage(page);

/** The article's own title, once the article (not the loading state) is shown. */
async function articleTitle(page: Page): Promise<string> {
  await page.getByTestId('article').waitFor();
  return page.locator('#article-title').innerText();
}
const status = (page: Page) => page.getByTestId('article-status').first().getAttribute('data-status');

describe('an editor writes an article, a second editor publishes it, a case worker finds it', () => {
  it('the editor writes a draft with a server-rendered preview and submits it for review', async () => {
    const page = await newPage();
    await signIn(page, 'editor@demo.example');
    const card = page.locator('[data-area="knowledge"]');
    expect(await card.getByRole('link', { name: knowledgeDe.nav.openKnowledge }).getAttribute('href')).toBe('/wissen');
    await visit(page, '/wissen');
    await page.getByTestId('section-needs-review').waitFor();
    await page.getByTestId('section-recent').locator('.article-list').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('link', { name: knowledgeDe.home.newArticle }).click();
    await page.waitForURL((url) => url.pathname === '/wissen/artikel/neu');
    await waitForPage(page);

    await fill(page, 'title', title, 'article-form');
    await fillText(page, 'summary', 'Wie die Anerkennung ausländischer Pflegeabschlüsse abläuft.', 'article-form');
    await page.locator('[data-field="topics"]').getByRole('checkbox', { name: knowledgeDe.topics.anerkennung }).check();
    await press(page, 'add-legal-ref');
    await page.getByTestId('legal-ref-row').locator('[data-field="law"] input').fill('BQFG');
    await page.getByTestId('legal-ref-row').locator('[data-field="section"] input').fill('4');
    await fill(page, 'validFrom', '2024-06-01', 'article-form');
    await fillText(
      page,
      'body',
      `## Worum es geht\n\nDie Anerkennung eines Pflegeabschlusses prüft die zuständige Stelle (${marker}).\n\n## In der Praxis\n\n- Unterlagen früh anfordern\n- Defizitbescheid erklären`,
      'article-form',
    );
    await press(page, 'show-preview');
    await expect.poll(() => page.getByTestId('article-preview').locator('h2', { hasText: 'Worum es geht' }).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await screenshots(page, 'knowledge-editor');
    await press(page, 'save-article');
    await page.waitForURL((url) => /^\/wissen\/artikel\/[0-9a-f-]{36}$/.test(url.pathname));
    articlePath = new URL(page.url()).pathname;
    await waitForPage(page);
    expect(await articleTitle(page)).toBe(title);
    expect(await status(page)).toBe('draft');
    expect(await page.getByTestId('article-legal-refs').innerText()).toContain('§4 BQFG');

    await press(page, 'action-submit');
    await expect.poll(() => status(page)).toBe('in_review');
    // Four eyes: the author is offered no approval.
    expect(await page.getByTestId('action-approve').count()).toBe(0);
    expect(await page.getByTestId('review-actions').innerText()).toContain(knowledgeDe.actions.fourEyes);
    expect(await axe(page)).toEqual([]);
  });

  it('the second editor finds it among the submitted articles and publishes it', async () => {
    const page = await newPage();
    await signIn(page, 'reviewer@demo.example');
    await visit(page, '/wissen');
    const submitted = page.getByTestId('section-in-review');
    await submitted.getByRole('link', { name: title }).click();
    await page.waitForURL((url) => url.pathname === articlePath);
    await waitForPage(page);
    expect(await articleTitle(page)).toBe(title);
    expect(await axe(page)).toEqual([]);
    await press(page, 'action-approve');
    await expect.poll(() => page.getByTestId('article-status').count()).toBe(0);
    expect(await page.locator('.article__meta').innerText()).toContain('freigegeben von');
    expect(await page.getByTestId('article-versions').innerText()).toContain(knowledgeDe.versions.published);
  });

  it('a case worker finds it by an inflected form, with the match highlighted, using the keyboard', async () => {
    const page = await newPage();
    await signIn(page, 'caseworker@demo.example');
    await visit(page, '/suche');
    await page.locator('[data-field="q"] input').focus();
    await page.keyboard.type(`Anerkennungen ${marker}`);
    const result = page.locator(`.search-result:has-text("${marker}")`);
    await result.first().waitFor();
    expect(await page.getByTestId('search-results').locator('.search-result').count()).toBe(1);
    const snippet = await result.locator('.search-result__snippet').innerHTML();
    expect(snippet).toMatch(/<mark>Anerkennung<\/mark>/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(`Anerkennungen ${marker}`);
    expect(await axe(page)).toEqual([]);
    await screenshots(page, 'knowledge-search');
    // Inflected seed forms work as well.
    await page.locator('[data-field="q"] input').fill('Blaue Karten');
    await expect.poll(() => page.getByTestId('search-results').locator('mark').count()).toBeGreaterThan(0);

    await page.locator('[data-field="q"] input').fill(`Anerkennungen ${marker}`);
    await result.first().waitFor();
    await result.getByRole('link', { name: title }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === articlePath);
    await waitForPage(page);
    expect(await articleTitle(page)).toBe(title);
    expect(await page.getByTestId('article-body').innerText()).toContain('Defizitbescheid erklären');
    expect(await axe(page)).toEqual([]);
  });
});

describe('Markdown with script and HTML injection is rendered harmless in a real browser', () => {
  const payloads = [
    '<script>window.__xss = "script"; alert(1)</script>',
    '<img src="x" onerror="window.__xss = \'img\'; alert(1)">',
    '[Klick](javascript:window.__xss="link";alert(1))',
    '[Klick2](JAVASCRIPT:alert(1))',
    '<a href="javascript:window.__xss=\'a\'">roher Link</a>',
    '<svg onload="window.__xss=\'svg\'; alert(1)"></svg>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<style>body { background: url("javascript:alert(1)") } * { x: expression(alert(1)) }</style>',
    '[Daten](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![Bild](javascript:alert(1))',
    '<details open ontoggle="window.__xss=\'details\'">x</details>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  ];

  it('neither the editor preview nor the article page runs any of them', async () => {
    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, 'editor@demo.example');
    await visit(page, '/wissen/artikel/neu');
    await fill(page, 'title', `XSS-Prüfung ${marker}`, 'article-form');
    await fillText(page, 'summary', 'Nur Text.', 'article-form');
    await page.locator('[data-field="topics"]').getByRole('checkbox', { name: knowledgeDe.topics.verfahren, exact: true }).check();
    await fill(page, 'validFrom', '2024-06-01', 'article-form');
    await fillText(page, 'body', payloads.join('\n\n'), 'article-form');
    await press(page, 'show-preview');
    await page.getByTestId('article-preview').waitFor();
    await press(page, 'save-article');
    await page.waitForURL((url) => /^\/wissen\/artikel\/[0-9a-f-]{36}$/.test(url.pathname));
    await waitForPage(page);
    await page.getByTestId('article').waitFor();
    const body = page.getByTestId('article-body');
    // Click every link the body kept; none may lead to script.
    for (const link of await body.locator('a').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
    expect(await body.locator('script, img, svg, iframe, style, math, details').count()).toBe(0);
    expect(await body.innerText()).toContain('<script>');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await axe(page)).toEqual([]);
  });
});
