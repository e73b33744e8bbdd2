import type { PraxisCheckDownloadRequest } from '../../../contract/praxis-check';
import { renderPraxisCheckCsv } from '../../reports/praxis-check-csv';
import { renderPraxisCheckPdf } from '../../reports/praxis-check-pdf';
import { recordAudit } from '../../audit/record-audit';
import type { CommandContext } from '../context';
import { loadPraxisCheckDocument } from './reports';

/** A file name without characters a browser or file system might refuse. */
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60) || 'bericht';

/** The PDF or CSV of a version (default: the newest published one). */
export async function downloadPraxisCheck(
  ctx: CommandContext,
  query: PraxisCheckDownloadRequest,
): Promise<{ contentType: string; fileName: string; body: Buffer }> {
  const document = await loadPraxisCheckDocument(ctx, { report: query.report, version: query.version });
  const language = query.lang ?? 'de';
  const base = `praxis-check-${slug(document.report.title)}-fassung-${document.version.version}`;
  await recordAudit(ctx.db, ctx, {
    action: 'praxis_check.downloaded',
    subjectType: 'praxis_check',
    subjectId: document.report.id,
    details: { version: document.version.version, format: query.format },
  });
  if (query.format === 'csv') {
    return { contentType: 'text/csv; charset=utf-8', fileName: `${base}.csv`, body: renderPraxisCheckCsv({ ...document, language }) };
  }
  return { contentType: 'application/pdf', fileName: `${base}.pdf`, body: await renderPraxisCheckPdf({ ...document, language }) };
}
