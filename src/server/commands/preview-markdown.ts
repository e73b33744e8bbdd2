import { renderMarkdown } from '../content/markdown';

/** The editor's preview: the same server-side rendering and sanitising as the article page. */
export function previewMarkdown(body: string): string {
  return renderMarkdown(body);
}
