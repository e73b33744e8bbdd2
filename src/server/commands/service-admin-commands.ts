/**
 * The services an organisation offers, from the catalogue (admin): add, change (eligibility, how
 * to reach it, languages, area, capacity with its date), deactivate and reactivate. Audited,
 * version-checked, marked as edited so the demo seed keeps the change; never deleted.
 */
import type { AddServiceBody, AdminService, UpdateServiceBody } from '../../contract/admin-network';
import { recordAudit } from '../audit/record-audit';
import { berlinDate } from '../clock';
import { lockOrganisation } from '../db/repositories/organisation-admin.repository';
import type { OrganisationServiceInsert } from '../db/repositories/organisation-services.repository';
import { insertOrganisationService, lockOrganisationService, updateOrganisationService } from '../db/repositories/service-admin.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import { auditDiff, nextVersion, presentService, requireCurrent, requireKnownAreas } from './organisation-admin-support';

const auditedColumns = ['description', 'eligibility', 'howToReach', 'languages', 'areaAgs', 'capacity', 'capacityUpdatedOn', 'isActive'] as const;

type Bilingual = { de: string; en: string };
const textOrNull = (value: Bilingual | null | undefined) => (value && (value.de !== '' || value.en !== '') ? value : null);

function columnsOf(body: Omit<UpdateServiceBody, 'updatedAt'>): Partial<OrganisationServiceInsert> {
  const columns: Partial<OrganisationServiceInsert> = {};
  if (body.description !== undefined) columns.description = textOrNull(body.description);
  if (body.eligibility !== undefined) columns.eligibility = textOrNull(body.eligibility);
  if (body.howToReach !== undefined) columns.howToReach = textOrNull(body.howToReach);
  if (body.languages !== undefined) columns.languages = body.languages;
  if (body.areaAgs !== undefined) columns.areaAgs = body.areaAgs;
  if (body.capacity !== undefined) columns.capacity = body.capacity;
  if (body.capacityUpdatedOn !== undefined) columns.capacityUpdatedOn = body.capacityUpdatedOn;
  return columns;
}

/** Adds a service of the catalogue to an organisation (201); one already offered is a conflict. */
export async function addOrganisationService(ctx: CommandContext, organisationId: string, body: AddServiceBody): Promise<AdminService> {
  if (body.areaAgs) requireKnownAreas(body.areaAgs, 'areaAgs');
  return ctx.db.transaction(async (tx) => {
    const organisation = await lockOrganisation(tx, organisationId);
    if (!organisation) throw new AppError('NOT_FOUND', 'No such organisation.');
    const existing = await lockOrganisationService(tx, organisationId, body.serviceId);
    if (existing) {
      throw new AppError('CONFLICT', 'The organisation offers this service already.', {
        serviceId: existing.isActive ? 'already offered' : 'offered before and deactivated: reactivate it',
      });
    }
    const now = ctx.clock.now();
    const { serviceId, ...fields } = body;
    const row = await insertOrganisationService(tx, {
      capacity: 'open',
      languages: [],
      ...columnsOf(fields),
      capacityUpdatedOn: body.capacityUpdatedOn ?? berlinDate(now),
      organisationId,
      serviceId,
      isActive: true,
      editedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    const diff = auditDiff({}, row, auditedColumns);
    await recordAudit(tx, ctx, { action: 'service.created', subjectType: 'organisation', subjectId: organisationId, details: { serviceId, changed: diff.changed, after: diff.after } });
    return presentService(row);
  });
}

async function lockedService(ctx: CommandContext, tx: Parameters<typeof lockOrganisationService>[0], organisationId: string, serviceId: string, basedOn: string) {
  const before = await lockOrganisationService(tx, organisationId, serviceId);
  if (!before) throw new AppError('NOT_FOUND', 'The organisation does not offer this service.');
  requireCurrent(before.updatedAt, basedOn, 'service');
  return { before, now: ctx.clock.now() };
}

/** Changes a service; a new capacity without a date is dated today. */
export async function updateOrganisationServiceCommand(ctx: CommandContext, organisationId: string, serviceId: string, body: UpdateServiceBody): Promise<AdminService> {
  const { updatedAt, ...changes } = body;
  if (changes.areaAgs) requireKnownAreas(changes.areaAgs, 'areaAgs');
  return ctx.db.transaction(async (tx) => {
    const { before, now } = await lockedService(ctx, tx, organisationId, serviceId, updatedAt);
    const columns = columnsOf(changes);
    if (columns.capacity !== undefined && columns.capacity !== before.capacity && changes.capacityUpdatedOn === undefined) columns.capacityUpdatedOn = berlinDate(now);
    const diff = auditDiff(before, { ...before, ...columns }, auditedColumns);
    if (diff.changed.length === 0) return presentService(before);
    const row = await updateOrganisationService(tx, before.id, { ...columns, editedAt: now, updatedAt: nextVersion(now, before.updatedAt) });
    await recordAudit(tx, ctx, { action: 'service.changed', subjectType: 'organisation', subjectId: organisationId, details: { serviceId, ...diff } });
    return presentService(row);
  });
}

/** Deactivates (no longer offered in the directory and the finder) or reactivates a service. */
export async function setOrganisationServiceActive(ctx: CommandContext, organisationId: string, serviceId: string, isActive: boolean, basedOn: string): Promise<AdminService> {
  return ctx.db.transaction(async (tx) => {
    const { before, now } = await lockedService(ctx, tx, organisationId, serviceId, basedOn);
    if (before.isActive === isActive) return presentService(before);
    const row = await updateOrganisationService(tx, before.id, { isActive, editedAt: now, updatedAt: nextVersion(now, before.updatedAt) });
    await recordAudit(tx, ctx, {
      action: isActive ? 'service.reactivated' : 'service.deactivated',
      subjectType: 'organisation',
      subjectId: organisationId,
      details: { serviceId, changed: ['isActive'], before: { isActive: before.isActive }, after: { isActive } },
    });
    return presentService(row);
  });
}
