import type { NetworkEdge, NetworkGraphResponse, NetworkNode } from '../../../contract/network-graph';

/** A count as people read it: "< 5" for a suppressed one. */
export function countText(count: { value: number | null; suppressed: boolean }, lessThanFive: string, language: string): string {
  if (count.suppressed || count.value === null) return lessThanFive;
  return count.value.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE');
}

export const hoursText = (hours: number, language: string) => hours.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });

export const shareText = (share: number, language: string) =>
  share.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE', { style: 'percent', maximumFractionDigits: 0 });

export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string } | null;

/** Names of a graph's organisations by id. */
export const nameIndex = (graph: NetworkGraphResponse) => new Map(graph.nodes.map((node) => [node.id, node.name]));

export const findNode = (graph: NetworkGraphResponse, id: string): NetworkNode | undefined => graph.nodes.find((node) => node.id === id);
export const findEdge = (graph: NetworkGraphResponse, id: string): NetworkEdge | undefined => graph.edges.find((edge) => edge.id === id);

/** One CSV field: quoted when needed, and a leading formula character neutralised (spreadsheet injection). */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a semicolon (as German spreadsheets expect) and a BOM so that umlauts survive. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}

/** Offers a file for download without leaving the page. */
export function download(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
