import MarkdownIt from 'markdown-it';
import type { PdfKit, Run, Struct } from './praxis-check-pdf-kit';

/**
 * The steering body's Markdown in the PDF: headings (one level below the section's), paragraphs,
 * bulleted and numbered lists, quotes, emphasis and links. The same parser settings as articles
 * (content/markdown.ts: no raw HTML); the PDF draws the parsed text, so nothing is executed.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** The inline children of a token as runs with their emphasis. */
export function inlineRuns(children: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  let link: string | undefined;
  for (const child of children) {
    switch (child.type) {
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italic += 1;
        break;
      case 'em_close':
        italic -= 1;
        break;
      case 'link_open': {
        const href = String(child.attrGet('href') ?? '');
        link = /^(https?:|mailto:)/i.test(href) ? href : undefined;
        break;
      }
      case 'link_close':
        link = undefined;
        break;
      case 'softbreak':
        runs.push({ text: ' ' });
        break;
      case 'hardbreak':
        runs.push({ text: '\n' });
        break;
      case 'text':
      case 'code_inline':
        if (child.content) runs.push({ text: child.content, ...(bold > 0 ? { bold: true } : {}), ...(italic > 0 ? { italic: true } : {}), ...(link ? { link } : {}) });
        break;
      case 'image':
        runs.push({ text: child.content });
        break;
      default:
        break;
    }
  }
  return runs;
}

/** Whether a Markdown text has any words. */
export const hasText = (source: string): boolean => source.trim().length > 0;

/** Draws one section's Markdown into `parent`. */
export function renderMarkdownInto(kit: PdfKit, parent: Struct, source: string): void {
  const tokens = markdown.parse(source, {});
  type ListFrame = { ordered: { start: number } | null; items: Run[][]; depth: number };
  const lists: ListFrame[] = [];
  let inQuote = 0;
  let headingLevel = 0;
  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        headingLevel = Number(token.tag.slice(1));
        break;
      case 'heading_close':
        headingLevel = 0;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        // A nested list: the outer items so far are drawn first, so the order stays as written.
        const outer = lists.at(-1);
        if (outer && outer.items.length > 0) {
          kit.list(parent, outer.items, outer.ordered, outer.depth);
          if (outer.ordered) outer.ordered = { start: outer.ordered.start + outer.items.length };
          outer.items = [];
        }
        lists.push({ ordered: token.type === 'ordered_list_open' ? { start: Number(token.attrGet('start') ?? 1) } : null, items: [], depth: lists.length });
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close': {
        const frame = lists.pop();
        if (frame) kit.list(parent, frame.items, frame.ordered, frame.depth);
        break;
      }
      case 'list_item_open':
        lists.at(-1)?.items.push([]);
        break;
      case 'blockquote_open':
        inQuote += 1;
        break;
      case 'blockquote_close':
        inQuote -= 1;
        break;
      case 'inline': {
        const runs = inlineRuns(token.children ?? []);
        const frame = lists.at(-1);
        const item = frame?.items.at(-1);
        if (headingLevel > 0) kit.heading(parent, 'H3', runs.map((run) => run.text).join(''));
        else if (item) item.push(...(item.length > 0 ? [{ text: ' ' }] : []), ...runs);
        else if (inQuote > 0) kit.quote(parent, runs, null);
        else kit.paragraph(parent, runs);
        break;
      }
      case 'fence':
      case 'code_block':
        kit.paragraph(parent, [{ text: token.content.trimEnd() }], { size: 9.5 });
        break;
      case 'hr':
        kit.doc.y += 6;
        break;
      default:
        break;
    }
  }
}
