/**
 * Markdown of articles (and lessons) rendered on the server, in two independent layers: markdown-it
 * with raw HTML disabled (an author's `<script>` becomes visible text) and its own link
 * validation, then sanitize-html with a short allow-list of tags, attributes and URL schemes, so
 * that nothing executable reaches a browser even if one layer had a gap.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 's', 'del', 'code', 'pre',
    'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['scope'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The page's own <h1> is the article title: headings in the body start one level below.
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const isExternal = /^https?:/i.test(href);
      return { tagName, attribs: isExternal ? { ...attribs, rel: 'noopener noreferrer nofollow' } : attribs };
    },
    th: (tagName, attribs) => ({ tagName, attribs: { ...attribs, scope: 'col' } }),
  },
};

/** Safe HTML for the Markdown source. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), sanitizeOptions);
}

/** The words of a Markdown text without markup, for the search index. */
export function markdownToPlainText(source: string): string {
  const parts: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
        else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
      }
      parts.push('\n');
    } else if (token.type === 'fence' || token.type === 'code_block') {
      parts.push(token.content, '\n');
    }
  }
  // Control characters would break the snippet markers of the search (search.repository.ts).
  return parts
    .join(' ')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}
