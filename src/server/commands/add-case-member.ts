import type { CreateMemberBody } from '../../contract/cases';
import { insertCasePerson, type CasePersonRow } from '../db/repositories/case-persons.repository';
import { assertBornBefore, loadAccessibleCase, recordCaseChanges, todayOf } from './case-access';
import type { CommandContext } from './context';

/** Adds a family member with a journey of their own, starting at `information`. */
export async function addCaseMember(ctx: CommandContext, caseId: string, input: CreateMemberBody): Promise<CasePersonRow> {
  assertBornBefore(input.birthDate, todayOf(ctx), 'birthDate');
  return ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const member = await insertCasePerson(tx, {
      caseId,
      relation: input.relation,
      givenName: input.givenName,
      familyName: input.familyName,
      birthDate: input.birthDate,
      citizenship: input.citizenship,
      contact: input.contact ?? {},
      languages: input.languages ?? [],
      stage: 'information',
      targetTitleId: input.targetTitleId ?? null,
      createdAt: ctx.clock.now(),
    });
    await recordCaseChanges(tx, ctx, caseId, [{ kind: 'member_added', data: { memberId: member.id, relation: member.relation } }]);
    return member;
  });
}
