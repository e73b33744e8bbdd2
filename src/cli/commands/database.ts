import type { Command } from 'commander';
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
}
