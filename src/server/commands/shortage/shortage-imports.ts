import type { ShortageImport, ShortageImportList, ShortageImportProblem } from '../../../contract/shortage';
import { parseShortageCsv } from '../../../domain/steering/index';
import { recordAudit } from '../../audit/record-audit';
import { deleteShortageImport, findShortageImports, insertShortageImport, type ShortageImportRow } from '../../db/repositories/shortage.repository';
import { AppError } from '../../errors';
import type { CommandContext } from '../context';

export type ShortageImportResult = { ok: true; import: ShortageImport } | { ok: false; problems: ShortageImportProblem[] };

/** The source of the demo region's file (seed/demo/shortage-demo.csv). */
export const demoShortageSource = 'Demodaten – nicht die Engpassanalyse der BA';

const present = (row: ShortageImportRow, currentId: string | null): ShortageImport => ({
  id: row.id,
  source: row.source,
  fileName: row.fileName,
  isDemo: row.isDemo,
  rowCount: row.rowCount,
  shortageCount: row.shortageCount,
  years: row.years.map(Number),
  regions: row.regions,
  importedAt: row.importedAt.toISOString(),
  importedBy: row.importedByName,
  isCurrent: row.id === currentId,
});

/** Reads UTF-8 (a BOM is dropped by the parser); bytes that are not UTF-8 are refused, not guessed. */
function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Imports one file of the Engpassanalyse: all rows or none. A bad row refuses the whole file and
 * every problem is named with line and column. Audited with source, file name and row count.
 */
export async function importShortageCsv(
  ctx: CommandContext,
  input: { bytes: Uint8Array; source: string; fileName: string; isDemo: boolean },
): Promise<ShortageImportResult> {
  const text = decode(input.bytes);
  if (text === null) {
    return { ok: false, problems: [{ line: 1, column: null, message: { de: 'Die Datei ist nicht in UTF-8 gespeichert.', en: 'The file is not saved as UTF-8.' } }] };
  }
  const parsed = parseShortageCsv(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const source = input.source.trim();
  const fileName = input.fileName.trim().replace(/^.*[\\/]/, '').slice(0, 200) || 'engpassanalyse.csv';
  const id = await ctx.db.transaction(async (tx) => {
    const created = await insertShortageImport(
      tx,
      { source, fileName, isDemo: input.isDemo, importedBy: ctx.actor?.userId ?? null, importedAt: ctx.clock.now() },
      parsed.rows,
    );
    await recordAudit(tx, ctx, {
      action: 'steering.shortage_imported',
      subjectType: 'shortage_import',
      subjectId: created,
      details: { source, fileName, rows: parsed.rows.length, isDemo: input.isDemo },
    });
    return created;
  });
  const list = await findShortageImports(ctx.db);
  const row = list.find((item) => item.id === id);
  if (!row) throw new Error('shortage import: the new import was not found');
  return { ok: true, import: present(row, list[0]?.id ?? null) };
}

/** Every import, newest first; the newest is the current one. */
export async function listShortageImports(ctx: CommandContext): Promise<ShortageImportList> {
  const rows = await findShortageImports(ctx.db);
  return { items: rows.map((row) => present(row, rows[0]?.id ?? null)) };
}

/** Deletes an import with its rows (audited); the next newest becomes the current one. */
export async function removeShortageImport(ctx: CommandContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const deleted = await deleteShortageImport(tx, id);
    if (!deleted) throw new AppError('NOT_FOUND', 'No such import of the shortage analysis.');
    await recordAudit(tx, ctx, {
      action: 'steering.shortage_import_deleted',
      subjectType: 'shortage_import',
      subjectId: id,
      details: { source: deleted.source, rows: deleted.rowCount, isDemo: deleted.isDemo },
    });
  });
}
