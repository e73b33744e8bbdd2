import type { PatchMemberBody } from '../../contract/cases';
import { getCasePerson, updateCasePerson, type CasePersonChanges, type CasePersonRow } from '../db/repositories/case-persons.repository';
import { AppError } from '../errors';
import { loadAccessibleCase, recordCaseChanges, type CaseChange } from './case-access';
import type { CommandContext } from './context';
import { planJourneyMove } from './journey-move';

/**
 * Moves a family member's own journey (or sets their target title). The main person's journey is
 * the case's stage and changes only through the case. The case row is locked meanwhile, so two
 * moves of the same member are checked one after the other.
 */
export async function changeMemberJourney(
  ctx: CommandContext,
  caseId: string,
  memberId: string,
  input: PatchMemberBody,
): Promise<CasePersonRow> {
  return ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const member = await getCasePerson(tx, caseId, memberId);
    if (!member) throw new AppError('NOT_FOUND', 'No such family member in this case.');
    if (member.relation === 'main') {
      throw new AppError('CONFLICT', 'The main person’s journey is the case’s stage; change it with PATCH /api/v1/cases/{id}.', {
        memberId: 'is the main person',
      });
    }
    const changes: CasePersonChanges = {};
    const log: CaseChange[] = [];
    if (input.targetTitleId !== undefined && input.targetTitleId !== member.targetTitleId) {
      changes.targetTitleId = input.targetTitleId;
      log.push({ kind: 'member_target_changed', data: { memberId, from: member.targetTitleId, to: input.targetTitleId } });
    }
    if (input.stage !== undefined) {
      const move = planJourneyMove(member, input.stage, input.closeReason);
      Object.assign(changes, move.columns);
      log.push({ kind: 'member_stage_changed', data: { memberId, ...move.data } });
    }
    if (log.length === 0) return member;
    const updated = await updateCasePerson(tx, memberId, changes);
    await recordCaseChanges(tx, ctx, caseId, log);
    return updated;
  });
}
