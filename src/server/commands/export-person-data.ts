import type { PersonExport } from '../../contract/data-subject';
import { recordAudit } from '../audit/record-audit';
import { findPersonAuditTrail, loadPersonData } from '../db/repositories/data-subject.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import { dataSubjectPurpose, loadPersonForRights } from './data-subject-access';

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/**
 * Everything stored about one person of a case and its audit trail (Art. 15 GDPR): the person's
 * own data, the case around it, documents, consents, referrals made under their consents and, for
 * the main person, the case's notes, tasks and obstacles. The export itself is audited.
 */
export async function exportPersonData(ctx: CommandContext, caseId: string, personId: string): Promise<PersonExport> {
  return ctx.db.transaction(async (tx) => {
    await loadPersonForRights(tx, ctx, caseId, personId, { allowPerson: true });
    const data = await loadPersonData(tx, caseId, personId);
    if (!data || !data.header) throw new AppError('NOT_FOUND', 'No such person in this case.');
    const audit = await findPersonAuditTrail(tx, { caseId, personId, consentIds: data.consents.map((c) => c.id), referralIds: data.referrals.map((r) => r.id) });
    await recordAudit(tx, ctx, { action: 'person.exported', subjectType: 'person', subjectId: personId, purpose: dataSubjectPurpose, details: { caseId } });
    const { evaluation, job, ...header } = data.header;
    return {
      generatedAt: ctx.clock.now().toISOString(),
      person: { ...data.person, createdAt: iso(data.person.createdAt) },
      case: {
        ...header,
        createdAt: iso(header.createdAt),
        updatedAt: iso(header.updatedAt),
        ...(data.isMain ? { job, evaluationDate: (evaluation as { evaluationDate?: string } | null)?.evaluationDate ?? null } : {}),
      },
      documents: data.documents.map((d) => ({ ...d, uploadedAt: iso(d.uploadedAt), deletedAt: iso(d.deletedAt) })),
      consents: data.consents.map((c) => ({
        id: c.id,
        purposes: c.purposes,
        recipientOrganisationIds: c.recipientOrganisationIds,
        dataCategories: c.dataCategories,
        legalBasis: c.legalBasis,
        textVersion: c.textVersion,
        method: c.method,
        givenAt: iso(c.givenAt),
        validUntil: iso(c.validUntil),
        withdrawnAt: iso(c.withdrawnAt),
      })),
      referrals: data.referrals.map((r) => ({ ...r, createdAt: iso(r.createdAt), dueAt: iso(r.dueAt) })),
      notes: data.notes.map((n) => ({ ...n, createdAt: iso(n.createdAt) })),
      tasks: data.tasks,
      obstacles: data.obstacles.map((o) => ({ ...o, createdAt: iso(o.createdAt), resolvedAt: iso(o.resolvedAt) })),
      audit: audit.map((entry) => ({ ...entry, at: new Date(entry.at).toISOString() })),
    };
  });
}
