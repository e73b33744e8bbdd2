import type { CaseQualification, CaseQualifications, PutQualificationBody } from '../../contract/qualifications';
import { recordAudit } from '../audit/record-audit';
import { getCasePerson } from '../db/repositories/case-persons.repository';
import {
  findCaseQualifications,
  findRecognitionBodies,
  getCaseQualification,
  recognitionBodyKinds,
  upsertCaseQualification,
  type CaseQualificationWithNames,
} from '../db/repositories/case-qualifications.repository';
import { getOrganisationById } from '../db/repositories/organisations.repository';
import { AppError } from '../errors';
import { occupationByKldb } from '../occupations/occupation-list';
import { casePurpose, loadAccessibleCase, recordCaseChanges, todayOf } from './case-access';
import type { CommandContext } from './context';

const invalid = (field: string, problem: string) => new AppError('VALIDATION_FAILED', 'The request is not valid.', { [field]: problem });

function present(row: CaseQualificationWithNames): CaseQualification {
  const occupation = row.referenceKldb ? occupationByKldb(row.referenceKldb) : undefined;
  return {
    personId: row.personId,
    qualificationType: row.qualificationType === 'vocational' || row.qualificationType === 'academic' ? row.qualificationType : null,
    country: row.country,
    occupation: occupation ?? (row.referenceKldb && row.referenceIsco && row.referenceName
      ? { kldb: row.referenceKldb, isco: row.referenceIsco, de: row.referenceName, en: row.referenceName }
      : null),
    outcome: row.outcome as CaseQualification['outcome'],
    decidedOn: row.decidedOn,
    body: row.bodyOrganisationId
      ? { organisationId: row.bodyOrganisationId, name: row.bodyOrganisationName ?? '' }
      : row.bodyName
        ? { organisationId: null, name: row.bodyName }
        : null,
    fileNumber: row.fileNumber,
    updatedBy: row.updatedBy ? { id: row.updatedBy, name: row.updatedByName ?? '' } : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The qualifications of every person of a case (a read of personal data, audited). */
export async function getCaseQualifications(ctx: CommandContext, caseId: string): Promise<CaseQualifications> {
  return ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId);
    // One statement after the other: a transaction holds a single connection.
    const rows = await findCaseQualifications(tx, caseId);
    const bodies = await findRecognitionBodies(tx);
    await recordAudit(tx, ctx, { action: 'case.qualifications_read', subjectType: 'case', subjectId: caseId, purpose: casePurpose });
    return { items: rows.map(present), bodies };
  });
}

/**
 * Records (or replaces) one person's qualification and its recognition. The timeline says
 * "recognition outcome recorded" when the outcome is new or changed, else "details changed";
 * the event data holds codes only (outcome, the KldB code, the country code), never names or file numbers.
 */
export async function saveCaseQualification(ctx: CommandContext, caseId: string, personId: string, input: PutQualificationBody): Promise<CaseQualification> {
  return ctx.db.transaction(async (tx) => {
    const { actor } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const person = await getCasePerson(tx, caseId, personId, { forUpdate: true });
    if (!person) throw new AppError('NOT_FOUND', 'No such person in this case.');
    const occupation = input.occupationKldb ? occupationByKldb(input.occupationKldb) : undefined;
    if (input.occupationKldb && !occupation) throw invalid('occupationKldb', 'not a reference occupation');
    if (input.decidedOn && input.decidedOn > todayOf(ctx)) throw invalid('decidedOn', 'must not lie in the future');
    if (input.bodyOrganisationId) {
      const organisation = await getOrganisationById(tx, input.bodyOrganisationId);
      if (!organisation || !(recognitionBodyKinds as readonly string[]).includes(organisation.kind)) {
        throw invalid('bodyOrganisationId', 'not a recognition body or chamber of the directory');
      }
    }
    const before = await getCaseQualification(tx, personId);
    await upsertCaseQualification(tx, {
      personId,
      caseId,
      qualificationType: input.qualificationType ?? null,
      country: input.country ?? null,
      referenceKldb: occupation?.kldb ?? null,
      referenceIsco: occupation?.isco ?? null,
      referenceName: occupation?.de ?? null,
      outcome: input.outcome,
      decidedOn: input.decidedOn ?? null,
      bodyOrganisationId: input.bodyOrganisationId ?? null,
      bodyName: input.bodyOrganisationId ? null : (input.bodyName ?? null),
      fileNumber: input.fileNumber ?? null,
      updatedBy: actor.userId,
      updatedAt: ctx.clock.now(),
    });
    const outcomeChanged = before?.outcome !== input.outcome || (before.decidedOn ?? null) !== (input.decidedOn ?? null);
    await recordCaseChanges(tx, ctx, caseId, [
      {
        kind: outcomeChanged ? 'qualification_outcome_recorded' : 'qualification_changed',
        data: { personId, outcome: input.outcome, from: before?.outcome ?? null, kldb: occupation?.kldb ?? null, country: input.country ?? null },
      },
    ]);
    const [saved] = (await findCaseQualifications(tx, caseId)).filter((row) => row.personId === personId);
    if (!saved) throw new Error('qualification not found after saving');
    return present(saved);
  });
}
