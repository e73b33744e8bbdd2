import type { StartProcedureBody } from '../../contract/procedures';
import { requireLand } from '../../domain/calendar/index';
import { acceleratedProcedureFee, planAcceleratedProcedure } from '../../domain/journey/index';
import { titleMetadata } from '../../domain/pathway/index';
import type { CaseRow } from '../db/repositories/cases.repository';
import { getOrganisationById, type OrganisationRow } from '../db/repositories/organisations.repository';
import { getProcedureOfCase, insertProcedure, mirrorProcedureSteps } from '../db/repositories/procedure.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { recordCaseChanges, todayOf } from './case-access';
import type { CommandContext } from './context';
import { assertNotAfterToday, loadCaseForProcedureChange, loadProcedureView, type ProcedureView } from './procedure-access';

/** Organisation kinds that decide on recognition or comparability of a qualification. */
const recognitionBodyKinds: readonly string[] = ['recognition_body', 'chamber'];

/**
 * Records the agreement between employer and Ausländerbehörde (§81a Abs. 2) and plans the
 * procedure: the ABH's Land (the owning organisation's) counts for the ABH's working days, the
 * recognition body's Land for its own. One procedure per case: a second is a CONFLICT.
 */
export async function startAcceleratedProcedure(ctx: CommandContext, caseId: string, input: StartProcedureBody): Promise<ProcedureView> {
  const today = todayOf(ctx);
  assertNotAfterToday(input.agreedOn, today, 'agreedOn');
  return ctx.db.transaction(async (tx) => {
    const { actor, row, ownerLand } = await loadCaseForProcedureChange(tx, ctx, caseId);
    if (await getProcedureOfCase(tx, caseId)) {
      throw new AppError('CONFLICT', 'This case already has an accelerated procedure.', { caseId: 'has an accelerated procedure already' });
    }
    const employerOrganisationId = input.employerOrganisationId ?? row.employerOrganisationId;
    if (employerOrganisationId) await requireOrganisation(tx, employerOrganisationId, ['employer'], 'employerOrganisationId');
    const recognitionBody = input.recognitionBodyOrganisationId
      ? await requireOrganisation(tx, input.recognitionBodyOrganisationId, recognitionBodyKinds, 'recognitionBodyOrganisationId')
      : undefined;
    const isBaApprovalRequired = input.isBaApprovalRequired ?? defaultBaApproval(row);
    const state = planAcceleratedProcedure({
      agreedOn: input.agreedOn,
      abhLand: requireLand(ownerLand),
      ...(recognitionBody ? { recognitionBodyLand: requireLand(recognitionBody.land) } : {}),
      isBaApprovalRequired,
    });
    const now = ctx.clock.now();
    const procedure = await insertProcedure(tx, {
      caseId,
      agreedOn: input.agreedOn,
      abhOrganisationId: row.ownerOrganisationId,
      employerOrganisationId: employerOrganisationId ?? null,
      recognitionBodyOrganisationId: recognitionBody?.id ?? null,
      state,
      feeCents: acceleratedProcedureFee.cents,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await mirrorProcedureSteps(tx, procedure);
    await recordCaseChanges(tx, ctx, caseId, [
      {
        kind: 'procedure_started',
        data: {
          procedureId: procedure.id,
          agreedOn: input.agreedOn,
          employerOrganisationId: procedure.employerOrganisationId,
          recognitionBodyOrganisationId: procedure.recognitionBodyOrganisationId,
          isBaApprovalRequired,
        },
      },
    ]);
    return loadProcedureView(tx, caseId, today);
  });
}

async function requireOrganisation(tx: Database, id: string, kinds: readonly string[], field: string): Promise<OrganisationRow> {
  const organisation = await getOrganisationById(tx, id);
  if (!organisation || !kinds.includes(organisation.kind)) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { [field]: `not an organisation of kind ${kinds.join(' or ')}` });
  }
  return organisation;
}

/**
 * Whether the BA must approve (§81a Abs. 3 Nr. 4 "soweit erforderlich"): what the case's stored
 * evaluation says for its target title, else the title's fixed answer, else (no title, or it
 * depends on the profile) yes: planning the BA step errs on the side of a deadline too many.
 */
export function defaultBaApproval(row: Pick<CaseRow, 'targetTitleId' | 'evaluation'>): boolean {
  const titleId = row.targetTitleId;
  if (!titleId) return true;
  const titles: unknown = row.evaluation?.titles;
  if (Array.isArray(titles)) {
    for (const title of titles as unknown[]) {
      if (typeof title !== 'object' || title === null) continue;
      const { id, baApprovalRequired } = title as { id?: unknown; baApprovalRequired?: unknown };
      if (id === titleId && typeof baApprovalRequired === 'boolean') return baApprovalRequired;
    }
  }
  return titleMetadata.find((title) => title.id === titleId)?.baApprovalRequired !== false;
}
