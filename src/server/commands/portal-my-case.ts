import { activeStages, overdueSteps, withCurrentDeadlines, type JourneyStage } from '../../domain/journey/index';
import { caseChecklist, type ChecklistEvaluation } from '../../domain/documents/index';
import type { CloseReason } from '../../domain/journey/index';
import type { ChecklistStatus, MyCase, MyChecklistEntry, MyDocument, MyPerson, MyStep, ReviewStatus } from '../../contract/portal';
import { recordAudit } from '../audit/record-audit';
import { findDocumentRequests, findWegweiserAnswersOfCase } from '../db/repositories/document-requests.repository';
import type { DocumentWithUploader } from '../db/repositories/documents.repository';
import type { ProcedureWithOrganisations } from '../db/repositories/procedure.repository';
import type { DocumentMediaType } from '../../domain/documents/index';
import { loadCaseDetail } from './case-detail';
import { todayOf } from './case-access';
import type { CommandContext } from './context';
import { loadPortalAccount, portalCanSeePerson, selfServicePurpose } from './portal-access';
import type { PortalAccount } from '../db/repositories/portal-accounts.repository';

const reviewStatusOf = (value: string): ReviewStatus => (value === 'accepted' || value === 'rejected' ? value : 'received');

/** The next stage in the usual order; none once the journey is integrated or closed. */
function nextStageOf(stage: string): JourneyStage | null {
  const index = activeStages.indexOf(stage as (typeof activeStages)[number]);
  return index >= 0 ? (activeStages[index + 1] ?? null) : null;
}

function presentMyDocument(row: DocumentWithUploader, userId: string): MyDocument {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType as DocumentMediaType,
    sizeBytes: row.sizeBytes,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedByMe: row.uploadedBy === userId,
    personId: row.personId,
    checklistItemId: row.checklistItemId,
    requestId: row.requestId,
    reviewStatus: reviewStatusOf(row.reviewStatus),
    reviewReason: row.reviewStatus === 'rejected' ? row.reviewReason : null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  };
}

const statusOf = (documents: readonly MyDocument[]): ChecklistStatus => documents[0]?.reviewStatus ?? 'missing';

function presentSteps(procedure: ProcedureWithOrganisations, today: string): MyStep[] {
  const state = withCurrentDeadlines(procedure.state);
  const overdue = new Set<string>(overdueSteps(state, today).map((step) => step.stepId));
  const organisationOf = (actor: string) =>
    actor === 'abh' ? procedure.abh : actor === 'recognition_body' ? procedure.recognitionBody : actor === 'employer' ? procedure.employer : null;
  return state.steps.map((step) => ({
    id: step.id,
    number: step.number,
    actor: step.actor,
    actorOrganisation: organisationOf(step.actor) ?? null,
    status: step.status,
    dueOn: step.dueOn ?? null,
    completedOn: step.completedOn ?? null,
    isOverdue: overdue.has(step.id),
  }));
}

/** The person a document or request without a person belongs to: the main person. */
const ownerOf = (personId: string | null, mainPersonId: string): string => personId ?? mainPersonId;

/**
 * The applicant's own case: journey per visible person, who is responsible, the §81a dates (main
 * person only), the checklist (Wegweiser evaluation + document requests) with the uploads and their
 * review. NOT_FOUND without a portal account. The read is audited with the purpose self_service.
 */
export async function getMyCase(ctx: CommandContext): Promise<MyCase> {
  return ctx.db.transaction(async (tx) => {
    const { actor, account } = await loadPortalAccount(tx, ctx);
    const detail = await loadCaseDetail(tx, account.caseId, todayOf(ctx));
    const mainId = detail.person.id;
    const sees = (personId: string) => portalCanSeePerson(account, account.caseId, personId);
    const persons: MyPerson[] = [detail.person, ...detail.members]
      .filter((person) => sees(person.id))
      .map((person) => ({
        id: person.id,
        relation: person.relation,
        givenName: person.givenName,
        isMe: person.id === account.personId,
        stage: person.stage as JourneyStage,
        closeReason: (person.closeReason as CloseReason | null) ?? null,
        nextStage: nextStageOf(person.stage),
      }));
    const documents = detail.documents.filter((document) => sees(ownerOf(document.personId, mainId))).map((row) => presentMyDocument(row, actor.userId));
    const used = new Set<string>();
    const take = (predicate: (document: MyDocument) => boolean) => {
      const matching = documents.filter(predicate);
      for (const document of matching) used.add(document.id);
      return matching;
    };
    const checklist: MyChecklistEntry[] = [];
    if (sees(mainId)) {
      for (const item of caseChecklist((detail.header.evaluation ?? null) as ChecklistEvaluation | null, detail.header.targetTitleId)) {
        const filed = take((document) => document.checklistItemId === item.id && document.requestId === null);
        checklist.push({ kind: 'checklist', checklistItemId: item.id, requestId: null, personId: mainId, name: item.name, title: null, note: null, requestedAt: null, status: statusOf(filed), documents: filed });
      }
    }
    const requests = (await findDocumentRequests(tx, account.caseId)).filter((request) => request.withdrawnAt === null && sees(ownerOf(request.personId, mainId)));
    for (const request of requests) {
      const filed = take((document) => document.requestId === request.id);
      checklist.push({
        kind: 'request',
        checklistItemId: null,
        requestId: request.id,
        personId: ownerOf(request.personId, mainId),
        name: null,
        title: request.title,
        note: request.note,
        requestedAt: request.requestedAt.toISOString(),
        status: statusOf(filed),
        documents: filed,
      });
    }
    const navigatorOrganisation = detail.organisations.find((organisation) => organisation.role === 'navigator') ?? null;
    const wegweiserAnswers = account.relation === 'main' ? await findWegweiserAnswersOfCase(tx, account.caseId) : null;
    await recordAudit(tx, ctx, {
      action: 'portal.case_read',
      subjectType: 'case',
      subjectId: account.caseId,
      purpose: selfServicePurpose,
      details: { personId: account.personId, persons: persons.length, documents: documents.length },
    });
    return {
      caseId: account.caseId,
      reference: detail.header.reference,
      myPersonId: account.personId,
      persons,
      navigator: detail.header.navigator
        ? { name: detail.header.navigator.name, organisation: navigatorOrganisation ? { id: navigatorOrganisation.id, name: navigatorOrganisation.name, kind: navigatorOrganisation.kind } : null }
        : null,
      organisations: uniqueOrganisations(detail.organisations),
      procedure: sees(mainId) && detail.acceleratedProcedure ? { today: detail.today, steps: presentSteps(detail.acceleratedProcedure, detail.today) } : null,
      checklist,
      otherDocuments: documents.filter((document) => !used.has(document.id)),
      wegweiserAnswers,
    };
  });
}

function uniqueOrganisations(rows: readonly { id: string; name: string; kind: string; role: string }[]) {
  const seen = new Set<string>();
  return rows.filter((row) => (seen.has(row.id) ? false : (seen.add(row.id), true))).map((row) => ({ id: row.id, name: row.name, kind: row.kind, role: row.role }));
}

export type { PortalAccount };
