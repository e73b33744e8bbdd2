import type { PersonExport } from '../../contract/data-subject';
import { renderSimplePdf, type PdfBlock } from '../reports/simple-pdf';

const describe = (value: unknown): string => (value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));
const record = (entry: Record<string, unknown>): string =>
  Object.entries(entry)
    .map(([key, value]) => `${key}: ${describe(value)}`)
    .join(' · ');

/** The Art. 15 export as a readable PDF (German headings; the JSON export is the complete machine-readable copy). */
export function renderPersonExportPdf(data: PersonExport): Promise<Buffer> {
  const list = (heading: string, items: Record<string, unknown>[]): PdfBlock => ({ heading, lines: items.length === 0 ? ['—'] : items.map(record) });
  return renderSimplePdf({
    title: 'Auskunft nach Art. 15 DSGVO',
    subtitle: `Erstellt: ${data.generatedAt}`,
    language: 'de',
    blocks: [
      { heading: 'Person', lines: Object.entries(data.person).map(([key, value]) => `${key}: ${describe(value)}`) },
      { heading: 'Fall', lines: Object.entries(data.case).map(([key, value]) => `${key}: ${describe(value)}`) },
      list('Dokumente', data.documents),
      list('Einwilligungen', data.consents),
      list('Weiterleitungen', data.referrals),
      list('Notizen', data.notes),
      list('Aufgaben', data.tasks),
      list('Hemmnisse', data.obstacles),
      list('Protokoll: wer hat wann was gelesen oder geändert, zu welchem Zweck', data.audit),
    ],
  });
}
