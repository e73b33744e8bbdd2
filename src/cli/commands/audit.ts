import type { Command } from 'commander';
import { verifyAuditChain } from '../../server/commands/verify-audit-chain';
import { withDatabase } from '../database-session';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('check the hash chain of the whole audit log; exit code 1 when it is broken')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const result = await withDatabase((handle) => verifyAuditChain(handle.db));
      if (options.json) console.log(JSON.stringify(result));
      else if (result.ok) console.log(`Audit log intact: ${result.entries} entries, hash chain verified.`);
      else console.error(`Audit log BROKEN at entry ${result.brokenAtSeq}: ${result.reason} (${result.entries} entries verified before it).`);
      if (!result.ok) process.exitCode = 1;
    });
}
