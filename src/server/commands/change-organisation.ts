/**
 * Creating and changing organisations of the network (admin): every change is audited with the
 * fields it changed, marks the organisation as edited (the demo seed leaves it alone from then
 * on) and is refused when based on a stale version. Nothing is ever deleted: an organisation is
 * deactivated and disappears from the directory and the finder, while cases and audit keep it.
 */
import { randomBytes } from 'node:crypto';
import type { AdminOrganisation, CreateOrganisationBody, UpdateOrganisationBody } from '../../contract/admin-network';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { insertOrganisation, lockOrganisation, updateOrganisationRow } from '../db/repositories/organisation-admin.repository';
import { findServicesOfOrganisation } from '../db/repositories/organisation-services.repository';
import type { OrganisationInsert, OrganisationRow } from '../db/repositories/organisations.repository';
import { AppError } from '../errors';
import { normalisePlaceName, placeDirectory } from '../places/place-directory';
import type { CommandContext } from './context';
import { auditDiff, nextVersion, presentOrganisation, requireCurrent, requireKnownAreas } from './organisation-admin-support';

/** The columns an administrator changes (the audit compares these). */
const auditedColumns = [
  'name',
  'shortName',
  'kind',
  'land',
  'street',
  'postcode',
  'locality',
  'localityAgs',
  'latitude',
  'longitude',
  'email',
  'phone',
  'website',
  'languages',
  'description',
  'openingHours',
  'internalContact',
  'areaAgs',
  'isNationwide',
  'referralDueWorkingDays',
  'escalationEmails',
  'isActive',
] as const;

type Changes = Omit<UpdateOrganisationBody, 'updatedAt'>;

/** The body's fields as columns; an empty description or internal contact is stored as none. */
function columnsOf(body: Changes): Partial<OrganisationInsert> {
  const columns: Partial<OrganisationInsert> = {};
  const { address, geo, description, internalContact, ...direct } = body;
  Object.assign(columns, direct);
  if (address !== undefined) Object.assign(columns, { street: address.street, postcode: address.postcode, locality: address.locality, localityAgs: address.localityAgs });
  if (geo !== undefined) Object.assign(columns, { latitude: geo?.latitude ?? null, longitude: geo?.longitude ?? null });
  if (description !== undefined) columns.description = description && (description.de !== '' || description.en !== '') ? description : null;
  if (internalContact !== undefined) {
    const filled = internalContact ? Object.fromEntries(Object.entries(internalContact).filter(([, value]) => value !== undefined && value !== '')) : {};
    columns.internalContact = Object.keys(filled).length > 0 ? filled : null;
  }
  return columns;
}

/** Checks what the schema cannot: areas and the locality against the place directory. */
function requireKnownPlaces(body: Changes): void {
  if (body.areaAgs) requireKnownAreas(body.areaAgs, 'areaAgs');
  const localityAgs = body.address?.localityAgs;
  if (localityAgs && !placeDirectory().get(localityAgs)) {
    throw new AppError('VALIDATION_FAILED', 'Unknown place.', { 'address.localityAgs': `${localityAgs} is no municipality of the place directory` });
  }
}

async function present(db: Database, row: OrganisationRow): Promise<AdminOrganisation> {
  return presentOrganisation(row, await findServicesOfOrganisation(db, row.id));
}

/** A new organisation (201). */
export async function createOrganisation(ctx: CommandContext, body: CreateOrganisationBody): Promise<AdminOrganisation> {
  requireKnownPlaces(body);
  const now = ctx.clock.now();
  const slugBase = normalisePlaceName(body.name).replace(/ /g, '-').slice(0, 60) || 'organisation';
  return ctx.db.transaction(async (tx) => {
    const row = await insertOrganisation(tx, {
      ...(columnsOf(body) as OrganisationInsert),
      slug: `${slugBase}-${randomBytes(3).toString('hex')}`,
      name: body.name,
      kind: body.kind,
      land: body.land,
      isActive: true,
      editedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    const diff = auditDiff({}, row, auditedColumns);
    await recordAudit(tx, ctx, { action: 'organisation.created', subjectType: 'organisation', subjectId: row.id, details: { changed: diff.changed, after: diff.after } });
    return present(tx, row);
  });
}

/** Changes the given fields of an organisation (200), based on the version the form was read at. */
export async function updateOrganisation(ctx: CommandContext, id: string, body: UpdateOrganisationBody): Promise<AdminOrganisation> {
  const { updatedAt, ...changes } = body;
  requireKnownPlaces(changes);
  return ctx.db.transaction(async (tx) => {
    const before = await lockOrganisation(tx, id);
    if (!before) throw new AppError('NOT_FOUND', 'No such organisation.');
    requireCurrent(before.updatedAt, updatedAt, 'organisation');
    const columns = columnsOf(changes);
    const diff = auditDiff(before, { ...before, ...columns }, auditedColumns);
    if (diff.changed.length === 0) return present(tx, before);
    const now = ctx.clock.now();
    const row = await updateOrganisationRow(tx, id, { ...columns, editedAt: now, updatedAt: nextVersion(now, before.updatedAt) });
    await recordAudit(tx, ctx, { action: 'organisation.changed', subjectType: 'organisation', subjectId: id, details: diff });
    return present(tx, row);
  });
}

/** Deactivates (it leaves the directory and the finder; cases and audit keep it) or reactivates an organisation. */
export async function setOrganisationActive(ctx: CommandContext, id: string, isActive: boolean, basedOn: string): Promise<AdminOrganisation> {
  return ctx.db.transaction(async (tx) => {
    const before = await lockOrganisation(tx, id);
    if (!before) throw new AppError('NOT_FOUND', 'No such organisation.');
    requireCurrent(before.updatedAt, basedOn, 'organisation');
    if (before.isActive === isActive) return present(tx, before);
    const now = ctx.clock.now();
    const row = await updateOrganisationRow(tx, id, { isActive, editedAt: now, updatedAt: nextVersion(now, before.updatedAt) });
    await recordAudit(tx, ctx, {
      action: isActive ? 'organisation.reactivated' : 'organisation.deactivated',
      subjectType: 'organisation',
      subjectId: id,
      details: { changed: ['isActive'], before: { isActive: before.isActive }, after: { isActive } },
    });
    return present(tx, row);
  });
}
