/**
 * Recomputes the stored due dates of every §81a procedure under the current reading of the
 * statutory periods (Werktage and the end shift of §31 Abs. 3 VwVfG, journey/NOTES.md), for
 * procedures saved before that reading. Idempotent; a changed procedure gets a new version (an
 * open form then reloads with a 409) and its steps are mirrored for the deadline board.
 */
import { asc, gt } from 'drizzle-orm';
import { canonicalJson } from '../../domain/audit/canonical-json';
import { withCurrentDeadlines } from '../../domain/journey/index';
import { recordAudit } from '../audit/record-audit';
import { getProcedureOfCase, mirrorProcedureSteps, updateProcedureState } from '../db/repositories/procedure.repository';
import { acceleratedProcedures } from '../db/schema/index';
import type { CommandContext } from './context';

const BATCH = 200;

export async function refreshProcedureDeadlines(ctx: CommandContext): Promise<{ checked: number; changed: number }> {
  let checked = 0;
  let changed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await ctx.db
      .select({ id: acceleratedProcedures.id, caseId: acceleratedProcedures.caseId })
      .from(acceleratedProcedures)
      .where(gt(acceleratedProcedures.id, after))
      .orderBy(asc(acceleratedProcedures.id))
      .limit(BATCH);
    if (batch.length === 0) break;
    for (const { id, caseId } of batch) {
      checked += 1;
      const didChange = await ctx.db.transaction(async (tx) => {
        const row = await getProcedureOfCase(tx, caseId, { forUpdate: true });
        if (!row || row.id !== id) return false;
        const next = withCurrentDeadlines(row.state);
        if (canonicalJson(next) === canonicalJson(row.state)) return false;
        const updated = await updateProcedureState(tx, row.id, row.version, next, ctx.clock.now());
        if (!updated) return false;
        await mirrorProcedureSteps(tx, updated);
        await recordAudit(tx, ctx, {
          action: 'case.procedure_deadlines_recomputed',
          subjectType: 'case',
          subjectId: caseId,
          details: { procedureId: row.id, version: updated.version },
        });
        return true;
      });
      if (didChange) changed += 1;
    }
    after = (batch[batch.length - 1] as { id: string }).id;
  }
  return { checked, changed };
}
