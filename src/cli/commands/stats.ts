import type { Command } from 'commander';
import { refreshSteeringFacts } from '../../server/commands/steering/refresh-facts';
import { withDatabase } from '../database-session';

export function registerStatsCommands(program: Command): void {
  const stats = program.command('stats').description('the steering figures');
  stats
    .command('refresh')
    .description('rebuild the fact tables of the steering dashboards now (the server does it every 2 minutes)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const result = await withDatabase(async (handle, ctx) => {
        await handle.migrate();
        return refreshSteeringFacts({ db: ctx.db, clock: ctx.clock });
      });
      if (options.json) console.log(JSON.stringify({ refreshedAt: result.refreshedAt.toISOString(), durationMs: result.durationMs }));
      else console.log(`Steering figures rebuilt in ${result.durationMs} ms (as of ${result.refreshedAt.toISOString()}).`);
    });
}
