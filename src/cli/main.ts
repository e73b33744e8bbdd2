import { Command, CommanderError } from 'commander';
import { registerAuditCommands } from './commands/audit';
import { registerDatabaseCommands } from './commands/database';
import { registerGenerateCommands } from './commands/generate';
import { registerHsdsCommands } from './commands/hsds';
import { registerLawCommands } from './commands/law';
import { registerPathwayCommands } from './commands/pathway';
import { registerStatsCommands } from './commands/stats';
import { registerShortageCommands } from './commands/shortage';

/** `npx lotse …`: operations on the configured database (DATABASE_URL or the embedded one). */
const program = new Command()
  .name('lotse')
  .description('Lotse command line: database, demo data, audit, rules engine')
  .exitOverride()
  .showHelpAfterError();

registerDatabaseCommands(program);
registerGenerateCommands(program);
registerAuditCommands(program);
registerPathwayCommands(program);
registerLawCommands(program);
registerHsdsCommands(program);
registerStatsCommands(program);
registerShortageCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Usage errors exit with 2, like other Unix tools; --help and --version with 0.
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
