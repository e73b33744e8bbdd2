/**
 * Declared cooperation agreements between organisations of the network (admin): create, change,
 * end (deactivate). Partners are at least two existing organisations; the validity runs from a
 * day to an optional day not before it; the document is an https link. Audited, version-checked.
 */
import type { AdminAgreement, AdminAgreementList, CreateAgreementBody, UpdateAgreementBody } from '../../contract/admin-network';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { findAgreementsForAdmin, getAgreement, insertAgreement, updateAgreementRow, type AgreementInsert, type AgreementRow } from '../db/repositories/agreement-admin.repository';
import { findOrganisationNames } from '../db/repositories/organisation-admin.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import { auditDiff, nextVersion, presentAgreement, requireCurrent } from './organisation-admin-support';

const auditedColumns = ['title', 'topic', 'partnerIds', 'validFrom', 'validTo', 'documentUrl', 'isActive'] as const;

async function presentAll(db: Database, rows: readonly AgreementRow[]): Promise<AdminAgreement[]> {
  const names = await findOrganisationNames(db, [...new Set(rows.flatMap((row) => row.partnerIds))]);
  const byId = new Map(names.map((name) => [name.id, name]));
  return rows.map((row) => presentAgreement(row, byId));
}

async function presentOne(db: Database, row: AgreementRow): Promise<AdminAgreement> {
  const [agreement] = await presentAll(db, [row]);
  if (!agreement) throw new Error('agreement vanished');
  return agreement;
}

/** Refuses partners that are no organisation, naming each (`partnerIds.2`). */
async function requireExistingPartners(db: Database, partnerIds: readonly string[]): Promise<void> {
  const known = new Set((await findOrganisationNames(db, partnerIds)).map((row) => row.id));
  const fields: Record<string, string> = {};
  partnerIds.forEach((id, index) => {
    if (!known.has(id)) fields[`partnerIds.${index}`] = 'no organisation of the network';
  });
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION_FAILED', 'Unknown partners.', fields);
}

/** Every agreement, ended ones included. */
export async function findAgreementsForAdministration(ctx: CommandContext): Promise<AdminAgreementList> {
  const items = await presentAll(ctx.db, await findAgreementsForAdmin(ctx.db));
  return { items, total: items.length };
}

export async function getAgreementForAdministration(ctx: CommandContext, id: string): Promise<AdminAgreement> {
  const row = await getAgreement(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'No such agreement.');
  return presentOne(ctx.db, row);
}

export async function createAgreement(ctx: CommandContext, body: CreateAgreementBody): Promise<AdminAgreement> {
  return ctx.db.transaction(async (tx) => {
    await requireExistingPartners(tx, body.partnerIds);
    const now = ctx.clock.now();
    const row = await insertAgreement(tx, {
      title: body.title,
      topic: body.topic,
      partnerIds: body.partnerIds,
      validFrom: body.validFrom,
      validTo: body.validTo ?? null,
      documentUrl: body.documentUrl ?? null,
      isActive: true,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    const diff = auditDiff({}, row, auditedColumns);
    await recordAudit(tx, ctx, { action: 'agreement.created', subjectType: 'agreement', subjectId: row.id, details: { changed: diff.changed, after: diff.after } });
    return presentOne(tx, row);
  });
}

export async function updateAgreement(ctx: CommandContext, id: string, body: UpdateAgreementBody): Promise<AdminAgreement> {
  const { updatedAt, ...changes } = body;
  return ctx.db.transaction(async (tx) => {
    const before = await getAgreement(tx, id, { forUpdate: true });
    if (!before) throw new AppError('NOT_FOUND', 'No such agreement.');
    requireCurrent(before.updatedAt, updatedAt, 'agreement');
    if (changes.partnerIds) await requireExistingPartners(tx, changes.partnerIds);
    const columns: Partial<AgreementInsert> = { ...changes };
    const validFrom = changes.validFrom ?? before.validFrom;
    const validTo = changes.validTo === undefined ? before.validTo : changes.validTo;
    if (validTo !== null && validFrom > validTo) {
      throw new AppError('VALIDATION_FAILED', 'The agreement ends before it starts.', { [changes.validTo === undefined ? 'validFrom' : 'validTo']: 'the end must not be before the start' });
    }
    const diff = auditDiff(before, { ...before, ...columns }, auditedColumns);
    if (diff.changed.length === 0) return presentOne(tx, before);
    const now = ctx.clock.now();
    const row = await updateAgreementRow(tx, id, { ...columns, updatedAt: nextVersion(now, before.updatedAt) });
    await recordAudit(tx, ctx, { action: 'agreement.changed', subjectType: 'agreement', subjectId: id, details: diff });
    return presentOne(tx, row);
  });
}

/** Ends an agreement (it stays, marked inactive) or restores it. */
export async function setAgreementActive(ctx: CommandContext, id: string, isActive: boolean, basedOn: string): Promise<AdminAgreement> {
  return ctx.db.transaction(async (tx) => {
    const before = await getAgreement(tx, id, { forUpdate: true });
    if (!before) throw new AppError('NOT_FOUND', 'No such agreement.');
    requireCurrent(before.updatedAt, basedOn, 'agreement');
    if (before.isActive === isActive) return presentOne(tx, before);
    const now = ctx.clock.now();
    const row = await updateAgreementRow(tx, id, { isActive, updatedAt: nextVersion(now, before.updatedAt) });
    await recordAudit(tx, ctx, {
      action: isActive ? 'agreement.reactivated' : 'agreement.deactivated',
      subjectType: 'agreement',
      subjectId: id,
      details: { changed: ['isActive'], before: { isActive: before.isActive }, after: { isActive } },
    });
    return presentOne(tx, row);
  });
}
