import type { CreateCaseBody } from '../../contract/cases';
import { recordAudit } from '../audit/record-audit';
import { insertCasePerson } from '../db/repositories/case-persons.repository';
import { insertEvents } from '../db/repositories/case-records.repository';
import { addCaseOrganisation, insertCase, nextCaseNumber } from '../db/repositories/cases.repository';
import { AppError } from '../errors';
import { newCaseOwnership } from '../policies/case.policy';
import { assertBornBefore, casePurpose, requireActor, todayOf } from './case-access';
import { loadCaseDetail, type CaseDetail } from './case-detail';
import type { CommandContext } from './context';
import { evaluatePathways } from './evaluate-pathways';

/** `RN-2026-000123`: the year the case was opened (Europe/Berlin) and a number from one sequence. */
export const formatCaseReference = (today: string, number: number): string =>
  `RN-${today.slice(0, 4)}-${String(number).padStart(6, '0')}`;

/**
 * Opens a case for a person, optionally from a Wegweiser profile: the evaluation is stored with
 * its rule set, and without an explicit target the best open path becomes the target title.
 */
export async function createCase(ctx: CommandContext, input: CreateCaseBody): Promise<CaseDetail> {
  const actor = requireActor(ctx);
  const ownership = newCaseOwnership(actor);
  if (ownership === 'denied') throw new AppError('FORBIDDEN', 'Only case workers and navigators of an organisation open cases.');
  const now = ctx.clock.now();
  const today = todayOf(ctx);
  assertBornBefore(input.person.birthDate, today, 'person.birthDate');
  if (input.profile && input.profile.citizenship !== input.person.citizenship) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'profile.citizenship': 'differs from person.citizenship' });
  }
  const evaluation = input.profile ? await evaluatePathways(ctx, input.profile) : null;
  const targetTitleId = input.targetTitleId ?? evaluation?.eligibleTitleIds[0] ?? null;

  return ctx.db.transaction(async (tx) => {
    const reference = formatCaseReference(today, await nextCaseNumber(tx));
    const row = await insertCase(tx, {
      reference,
      ownerOrganisationId: ownership.ownerOrganisationId,
      navigatorUserId: ownership.navigatorUserId,
      navigatorAssignedAt: ownership.navigatorUserId ? now : null,
      stage: 'information',
      targetTitleId,
      evaluation: evaluation as Record<string, unknown> | null,
      evaluationRuleSetId: evaluation?.ruleSet.id ?? null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const { person } = input;
    await insertCasePerson(tx, {
      caseId: row.id,
      relation: 'main',
      givenName: person.givenName,
      familyName: person.familyName,
      birthDate: person.birthDate,
      citizenship: person.citizenship,
      contact: person.contact ?? {},
      languages: person.languages ?? [],
      stage: 'information',
      targetTitleId,
      createdAt: now,
    });
    await addCaseOrganisation(tx, { caseId: row.id, organisationId: ownership.ownerOrganisationId, role: 'owner', addedAt: now });
    if (ownership.navigatorUserId) {
      await addCaseOrganisation(tx, { caseId: row.id, organisationId: ownership.ownerOrganisationId, role: 'navigator', addedAt: now });
    }
    const data = { reference, stage: row.stage, fromEvaluation: evaluation !== null, navigatorUserId: ownership.navigatorUserId };
    await insertEvents(tx, [{ caseId: row.id, type: 'created', at: now, actorUserId: actor.userId, data }]);
    await recordAudit(tx, ctx, { action: 'case.created', subjectType: 'case', subjectId: row.id, purpose: casePurpose, details: data });
    return loadCaseDetail(tx, row.id, today);
  });
}
