import type { Command } from 'commander';
import { refreshProcedureDeadlines } from '../../server/commands/refresh-procedure-deadlines';
import { seedDemoRegion } from '../../server/commands/seed-demo-region';
import { withDatabase } from '../database-session';

export function registerDatabaseCommands(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      await withDatabase(async (handle) => {
        await handle.migrate();
        console.log(`Migrations applied (${handle.kind}).`);
      });
    });

  program
    .command('seed')
    .description('load data into the database')
    .requiredOption('--demo', 'the demo region: organisations and demo accounts (idempotent)')
    .action(async () => {
      await withDatabase(async (handle, ctx) => {
        await handle.migrate();
        const counts = await seedDemoRegion(ctx);
        console.log(`Demo region seeded: ${counts.organisations} organisations, ${counts.users} accounts, ${counts.cases} new demo cases.`);
      });
    });

  program
    .command('procedures')
    .description('§81a procedures')
    .command('refresh-deadlines')
    .description('recompute stored due dates under the current counting of statutory periods (Werktage, §31 Abs. 3 VwVfG); idempotent')
    .action(async () => {
      await withDatabase(async (handle, ctx) => {
        await handle.migrate();
        const { checked, changed } = await refreshProcedureDeadlines(ctx);
        console.log(`${checked} procedures checked, ${changed} with new due dates.`);
      });
    });
}
