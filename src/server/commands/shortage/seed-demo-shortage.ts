import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findShortageImports } from '../../db/repositories/shortage.repository';
import { paths } from '../../paths';
import type { CommandContext } from '../context';
import { demoShortageSource, importShortageCsv } from './shortage-imports';

/** The demo file of the Engpassanalyse (invented scores, checked KldB codes; seed/demo/SOURCES.md). */
export const demoShortageFile = join(paths.demoSeed, 'shortage-demo.csv');

/**
 * Imports the demo file, marked as demo data, while there is no import at all: an installation
 * that imported the BA's figures never gets the demo file on top.
 */
export async function seedDemoShortage(ctx: CommandContext): Promise<number> {
  if ((await findShortageImports(ctx.db)).length > 0) return 0;
  const result = await importShortageCsv(ctx, { bytes: await readFile(demoShortageFile), source: demoShortageSource, fileName: 'shortage-demo.csv', isDemo: true });
  if (!result.ok) throw new Error(`seed/demo/shortage-demo.csv: ${result.problems.map((problem) => `line ${problem.line} ${problem.column ?? ''}: ${problem.message.en}`).join('; ')}`);
  return result.import.rowCount;
}
