import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { findOrganisationsByIds, findServicesByIdsOrOrganisations, insertOrganisation, insertService, updateOrganisation, updateService } from '../db/repositories/hsds-import.repository';
import type { OrganisationServiceRow } from '../db/repositories/organisation-services.repository';
import type { OrganisationRow } from '../db/repositories/organisations.repository';
import { parseHsdsSources, type ImportedOrganisation, type ImportedService, type ImportProblem, type ImportSource } from '../hsds/import-parse';
import { mapOrganization, mapService } from '../hsds/map-records';
import { normalisePlaceName } from '../places/place-directory';
import type { CommandContext } from './context';

export type ImportChange = 'created' | 'changed' | 'unchanged';
export type HsdsImportRecord = { type: 'organisation' | 'service'; id: string; name: string; change: ImportChange };
export type HsdsImportResult = { ok: true; records: HsdsImportRecord[] } | { ok: false; problems: ImportProblem[] };

type Bilingual = { de: string; en: string };

/** The stored bilingual text unless the German one changed (imported texts are German; English gets the same until edited). */
function text(stored: Bilingual | null, imported: string | null, shownWhenEmpty: string): Bilingual | null {
  if ((stored?.de || shownWhenEmpty) === (imported ?? shownWhenEmpty)) return stored;
  return imported ? { de: imported, en: imported } : null;
}

function organisationCandidate(stored: OrganisationRow | undefined, item: ImportedOrganisation, now: Date): OrganisationRow {
  const base: OrganisationRow = stored ?? {
    id: item.id,
    // Readable and unique: the name spelt out ("auslaenderbehoerde-stadt-mannheim") and the start of the id.
    slug: `${normalisePlaceName(item.name).replace(/ /g, '-').slice(0, 60)}-${item.id.slice(0, 8)}`,
    name: item.name,
    shortName: null,
    kind: item.kind,
    land: item.land,
    areaAgs: [],
    isNationwide: false,
    email: null,
    website: null,
    phone: null,
    languages: [],
    description: null,
    street: null,
    postcode: null,
    locality: null,
    localityAgs: null,
    latitude: null,
    longitude: null,
    contactChannels: [],
    openingHours: [],
    internalContact: null,
    referralDueWorkingDays: 2,
    escalationEmails: [],
    isActive: true,
    editedAt: now,
    createdAt: now,
    updatedAt: now,
  };
  const { at: _at, id: _id, description, languages, openingHours, ...fields } = item;
  return {
    ...base,
    ...fields,
    description: text(base.description, description, ''),
    languages: languages ?? base.languages,
    openingHours: openingHours ?? base.openingHours,
    isActive: true,
  };
}

function serviceCandidate(stored: OrganisationServiceRow | undefined, item: ImportedService, organisation: OrganisationRow, now: Date): OrganisationServiceRow {
  const base: OrganisationServiceRow = stored ?? {
    id: item.id,
    organisationId: item.organisationId,
    serviceId: item.serviceId,
    description: null,
    eligibility: null,
    howToReach: null,
    languages: [],
    areaAgs: null,
    capacity: 'open',
    capacityUpdatedOn: null,
    isActive: true,
    editedAt: now,
    createdAt: now,
    updatedAt: item.lastModified ?? now,
  };
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value));
  const storedAreas = base.areaAgs ?? organisation.areaAgs;
  const areaAgs = item.areaAgs === null || sameSet(item.areaAgs, storedAreas) ? base.areaAgs : sameSet(item.areaAgs, organisation.areaAgs) ? null : item.areaAgs;
  const storedLanguages = base.languages.length > 0 ? base.languages : organisation.languages;
  return {
    ...base,
    serviceId: item.serviceId,
    description: text(base.description, item.description, ''),
    eligibility: text(base.eligibility, item.eligibility, ''),
    howToReach: text(base.howToReach, item.howToReach, ''),
    languages: sameSet(item.languages, storedLanguages) ? base.languages : item.languages,
    areaAgs,
    capacity: item.capacity,
    capacityUpdatedOn: item.capacityUpdatedOn,
    isActive: item.isActive,
  };
}

/** What HSDS shows of an organisation (without services): equal output means nothing to change. */
const organisationView = (row: OrganisationRow) => JSON.stringify({ ...mapOrganization(row, []), isActive: row.isActive });
const serviceView = (row: OrganisationServiceRow, organisation: OrganisationRow) => JSON.stringify({ ...mapService(row, organisation), last_modified: null, isActive: row.isActive });

function checkReferences(items: ImportedService[], organisations: Map<string, OrganisationRow>, storedServices: OrganisationServiceRow[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const offers = new Map<string, string>();
  for (const item of items) {
    const refuse = (field: string, problem: string) => problems.push({ ...item.at, field, problem });
    if (!organisations.has(item.organisationId)) refuse('organization_id', 'no organisation with this id in the import or the database');
    const stored = storedServices.find((row) => row.id === item.id);
    if (stored && stored.organisationId !== item.organisationId) refuse('organization_id', 'this service belongs to another organisation');
    const twin = storedServices.find((row) => row.id !== item.id && row.organisationId === item.organisationId && row.serviceId === item.serviceId);
    if (twin) refuse('attributes', `the organisation already offers this service under the id ${twin.id}`);
    const key = `${item.organisationId}|${item.serviceId}`;
    const earlier = offers.get(key);
    if (earlier) refuse('attributes', `the organisation offers this service twice (also ${earlier})`);
    offers.set(key, item.at.item);
  }
  return problems;
}

async function audit(tx: Database, ctx: CommandContext, record: HsdsImportRecord, source: string): Promise<void> {
  if (record.change === 'unchanged') return;
  await recordAudit(tx, ctx, {
    action: 'network.hsds_imported',
    subjectType: record.type === 'organisation' ? 'organisation' : 'organisation_service',
    subjectId: record.id,
    details: { change: record.change, source },
  });
}

/**
 * Imports organisations and services from another publisher's HSDS export: upsert by id,
 * all in one transaction; any bad record means nothing is written and every problem is named.
 */
export async function importHsds(ctx: CommandContext, sources: readonly ImportSource[], sourceName: string): Promise<HsdsImportResult> {
  const parsed = parseHsdsSources(sources);
  if (parsed.problems.length > 0) return { ok: false, problems: parsed.problems };
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx): Promise<HsdsImportResult> => {
    const organisationIds = [...new Set([...parsed.organisations.map((item) => item.id), ...parsed.services.map((item) => item.organisationId)])];
    const stored = new Map((await findOrganisationsByIds(tx, organisationIds)).map((row) => [row.id, row]));
    const storedServices = await findServicesByIdsOrOrganisations(
      tx,
      parsed.services.map((item) => item.id),
      organisationIds,
    );
    const records: HsdsImportRecord[] = [];
    const organisations = new Map(stored);
    const writes: (() => Promise<void>)[] = [];
    for (const item of parsed.organisations) {
      const before = stored.get(item.id);
      const candidate = organisationCandidate(before, item, now);
      organisations.set(item.id, candidate);
      const change: ImportChange = !before ? 'created' : organisationView(before) === organisationView(candidate) ? 'unchanged' : 'changed';
      records.push({ type: 'organisation', id: item.id, name: item.name, change });
      const { id: _id, createdAt: _createdAt, slug: _slug, ...updatable } = candidate;
      if (change === 'created') writes.push(() => insertOrganisation(tx, candidate));
      if (change === 'changed') writes.push(() => updateOrganisation(tx, item.id, { ...updatable, editedAt: now, updatedAt: now }));
    }
    const problems = checkReferences(parsed.services, organisations, storedServices);
    if (problems.length > 0) return { ok: false, problems };
    for (const item of parsed.services) {
      const organisation = organisations.get(item.organisationId);
      if (!organisation) continue;
      const before = storedServices.find((row) => row.id === item.id);
      const candidate = serviceCandidate(before, item, organisation, now);
      const change: ImportChange = !before ? 'created' : serviceView(before, organisation) === serviceView(candidate, organisation) ? 'unchanged' : 'changed';
      records.push({ type: 'service', id: item.id, name: `${organisation.name}: ${item.serviceId}`, change });
      const { id: _id, createdAt: _createdAt, organisationId: _organisationId, ...updatable } = candidate;
      if (change === 'created') writes.push(() => insertService(tx, candidate));
      if (change === 'changed') writes.push(() => updateService(tx, item.id, item.organisationId, { ...updatable, editedAt: now, updatedAt: item.lastModified ?? now }));
    }
    // Organisations first (services refer to them); one transaction, so a failure writes nothing.
    for (const write of writes) await write();
    for (const record of records) await audit(tx, ctx, record, sourceName);
    return { ok: true, records };
  });
}
