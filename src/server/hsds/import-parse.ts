import { z } from 'zod';
import { landNames } from '../../domain/calendar/land-names';
import { laender, organisationKinds, type Land, type OrganisationKind } from '../../domain/identity/organisation-kinds';
import { capacityStates, isServiceId, type CapacityState, type ServiceId } from '../../domain/network/services';
import type { OpeningHours } from '../db/schema/organisations';
import { agsOfAreaUri } from './areas';
import { itemLines } from './json-lines';
import { taxonomies } from './vocabulary';

/** No control characters except tab and line breaks, no lone surrogates. */
const isPlainText = (text: string) =>
  ![...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff);
  });
const text = (max: number) => z.string().trim().min(1).max(max).refine(isPlainText, { message: 'must not contain control characters' });
const optionalText = (max: number) => z.string().trim().max(max).refine(isPlainText, { message: 'must not contain control characters' }).optional();

const term = z.object({ code: optionalText(100), taxonomy: optionalText(100) });
const attributes = z.array(z.object({ link_type: optionalText(100), value: optionalText(100), taxonomy_term: term.optional() })).max(1_000).optional();
const languages = z.array(z.object({ code: z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 code in lower case') })).max(100).optional();
const schedules = z
  .array(
    z.object({
      freq: z.literal('WEEKLY', { error: 'only weekly schedules are read' }).optional(),
      byday: z.string().regex(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/, 'days like MO,TU'),
      opens_at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM'),
      closes_at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM'),
    }),
  )
  .max(50)
  .optional();
const phones = z.array(z.object({ number: text(60), description: optionalText(200) })).max(50).optional();

const serviceSchema = z.object({
  id: z.uuid(),
  organization_id: z.uuid().optional(),
  name: text(300),
  description: optionalText(5_000),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  eligibility_description: optionalText(5_000),
  application_process: optionalText(5_000),
  last_modified: z.iso.datetime({ offset: true }).optional(),
  languages,
  schedules,
  service_areas: z.array(z.object({ uri: optionalText(300), attributes })).max(1_000).optional(),
  attributes,
});

const organizationSchema = z.object({
  id: z.uuid(),
  name: text(300),
  alternate_name: optionalText(100),
  description: optionalText(5_000),
  email: z.email().max(254).optional(),
  website: z.url({ protocol: /^https?$/ }).max(500).optional(),
  phones,
  contacts: z.array(z.object({ name: optionalText(200), email: z.email().max(254).optional() })).max(50).optional(),
  locations: z
    .array(
      z.object({
        latitude: z.number().min(-90).max(90).optional(),
        longitude: z.number().min(-180).max(180).optional(),
        external_identifier: optionalText(50),
        external_identifier_type: optionalText(50),
        addresses: z
          .array(z.object({ address_1: text(200), city: text(100), postal_code: z.string().regex(/^\d{5}$/, 'a German postcode (5 digits)'), state_province: optionalText(100) }))
          .max(10)
          .optional(),
        languages,
        schedules,
      }),
    )
    .max(20)
    .optional(),
  attributes,
  services: z.array(serviceSchema).max(1_000).optional(),
});

type RawService = z.infer<typeof serviceSchema>;
type RawOrganization = z.infer<typeof organizationSchema>;

/** An organisation as Lotse stores it, read from HSDS. */
export type ImportedOrganisation = {
  at: Located;
  id: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  land: Land;
  areaAgs: string[];
  isNationwide: boolean;
  email: string | null;
  website: string | null;
  phone: string | null;
  description: string | null;
  /** null: not conveyed (no location), keep what is stored. */
  languages: string[] | null;
  street: string | null;
  postcode: string | null;
  locality: string | null;
  localityAgs: string | null;
  latitude: number | null;
  longitude: number | null;
  contactChannels: { kind: 'email' | 'phone'; value: string; note?: { de: string; en: string } }[];
  /** null: not conveyed, keep what is stored. */
  openingHours: OpeningHours | null;
};

export type ImportedService = {
  at: Located;
  id: string;
  organisationId: string;
  serviceId: ServiceId;
  description: string | null;
  eligibility: string | null;
  howToReach: string | null;
  languages: string[];
  /** null: the organisation's whole area. */
  areaAgs: string[] | null;
  capacity: CapacityState;
  capacityUpdatedOn: string | null;
  isActive: boolean;
  lastModified: Date | null;
};

export type ImportProblem = { file: string; line: number | null; item: string; field: string; problem: string };
export type ParsedImport = { organisations: ImportedOrganisation[]; services: ImportedService[]; problems: ImportProblem[] };

export type Located = { file: string; line: number | null; item: string };

const codesOf = (list: RawOrganization['attributes'], taxonomy: string) => (list ?? []).filter((entry) => entry.taxonomy_term?.taxonomy === taxonomy).map((entry) => entry.taxonomy_term?.code ?? '');
const weekdayNumber: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

function openingHoursOf(list: RawService['schedules']): OpeningHours {
  return (list ?? [])
    .flatMap((entry) => entry.byday.split(',').map((day) => ({ weekday: weekdayNumber[day] ?? 1, opens: entry.opens_at, closes: entry.closes_at })))
    .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

const isAreaKey = (code: string) => /^\d{2}(\d{3}(\d{3})?)?$/.test(code);

function organisationOf(raw: RawOrganization, where: Located, problems: ImportProblem[], fallbackHours: OpeningHours | null): ImportedOrganisation | null {
  const refuse = (field: string, problem: string) => problems.push({ ...where, field, problem });
  const kind = codesOf(raw.attributes, taxonomies.organisationKind.name)[0];
  const place = raw.locations?.[0];
  const address = place?.addresses?.[0];
  const landCode = codesOf(raw.attributes, taxonomies.land.name)[0]?.replace(/^DE-/, '') ?? landOfName(address?.state_province ?? '');
  const areaAgs = codesOf(raw.attributes, taxonomies.ags.name);
  if (!kind || !(organisationKinds as readonly string[]).includes(kind)) refuse('attributes', `no known organisation kind (taxonomy ${taxonomies.organisationKind.name})`);
  if (!landCode || !(laender as readonly string[]).includes(landCode)) refuse('attributes', `no Land (taxonomy ${taxonomies.land.name}, e.g. DE-BW)`);
  const badArea = areaAgs.find((code) => !isAreaKey(code));
  if (badArea !== undefined) refuse('attributes', `"${badArea}" is no AGS of 2, 5 or 8 digits`);
  if (!kind || !landCode || badArea !== undefined || !(organisationKinds as readonly string[]).includes(kind) || !(laender as readonly string[]).includes(landCode)) return null;
  const land = landCode as Land;
  const [firstPhone, ...otherPhones] = raw.phones ?? [];
  return {
    at: where,
    id: raw.id,
    name: raw.name,
    shortName: raw.alternate_name || null,
    kind: kind as OrganisationKind,
    land,
    areaAgs,
    isNationwide: codesOf(raw.attributes, taxonomies.country.name).includes('DE'),
    email: raw.email ?? null,
    website: raw.website ?? null,
    phone: firstPhone?.number ?? null,
    description: raw.description || null,
    languages: place ? (place.languages ?? []).map((entry) => entry.code) : null,
    street: address?.address_1 ?? null,
    postcode: address?.postal_code ?? null,
    locality: address?.city ?? null,
    localityAgs: place?.external_identifier_type === 'ags' && /^\d{8}$/.test(place.external_identifier ?? '') ? (place.external_identifier ?? null) : null,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    contactChannels: [
      ...otherPhones.map((entry) => ({ kind: 'phone' as const, value: entry.number, ...(entry.description ? { note: { de: entry.description, en: entry.description } } : {}) })),
      ...(raw.contacts ?? []).flatMap((entry) => (entry.email ? [{ kind: 'email' as const, value: entry.email, ...(entry.name ? { note: { de: entry.name, en: entry.name } } : {}) }] : [])),
    ],
    openingHours: place?.schedules ? openingHoursOf(place.schedules) : fallbackHours,
  };
}

function serviceOf(raw: RawService, organisationId: string | undefined, where: Located, problems: ImportProblem[]): ImportedService | null {
  const refuse = (field: string, problem: string) => problems.push({ ...where, field, problem });
  const type = codesOf(raw.attributes, taxonomies.service.name)[0];
  const capacityAttribute = (raw.attributes ?? []).find((entry) => entry.taxonomy_term?.taxonomy === taxonomies.capacity.name);
  const capacity = capacityAttribute?.taxonomy_term?.code ?? 'open';
  const capacityDate = capacityAttribute?.value ?? null;
  let ok = true;
  const check = (isGood: boolean, field: string, problem: string) => {
    if (isGood) return;
    ok = false;
    refuse(field, problem);
  };
  check(Boolean(organisationId), 'organization_id', 'required');
  check(Boolean(type && isServiceId(type)), 'attributes', `no service of the Lotse catalogue (taxonomy ${taxonomies.service.name})`);
  check((capacityStates as readonly string[]).includes(capacity), 'attributes', `capacity "${capacity}" is not open, limited or closed`);
  check(capacityDate === null || /^\d{4}-\d{2}-\d{2}$/.test(capacityDate), 'attributes', 'the capacity date is not YYYY-MM-DD');
  const areas: string[] = [];
  (raw.service_areas ?? []).forEach((area, index) => {
    const code = codesOf(area.attributes, taxonomies.ags.name)[0] ?? (area.uri ? agsOfAreaUri(area.uri) : null);
    if (code && isAreaKey(code)) areas.push(code);
    else check(codesOf(area.attributes, taxonomies.country.name).includes('DE'), `service_areas.${index}`, 'no AGS (taxonomy ags or a DCAT-AP.de geocoding uri)');
  });
  if (!ok || !organisationId || !type || !isServiceId(type)) return null;
  return {
    at: where,
    id: raw.id,
    organisationId,
    serviceId: type,
    description: raw.description || null,
    eligibility: raw.eligibility_description || null,
    howToReach: raw.application_process || null,
    languages: (raw.languages ?? []).map((entry) => entry.code),
    areaAgs: areas,
    capacity: capacity as CapacityState,
    capacityUpdatedOn: capacityDate,
    isActive: raw.status === 'active',
    lastModified: raw.last_modified ? new Date(raw.last_modified) : null,
  };
}

function zodProblems(error: z.ZodError, where: Located): ImportProblem[] {
  return error.issues.map((issue) => ({ ...where, field: issue.path.map(String).join('.') || '(item)', problem: issue.message }));
}

/** A JSON source: its name (for reports) and its text. */
export type ImportSource = { file: string; text: string };

/**
 * Reads organisations and services from HSDS JSON (arrays of organisations with nested services,
 * arrays of services, or `{ organizations, services }`). Every problem is collected with file,
 * line and item; nothing is partly accepted.
 */
export function parseHsdsSources(sources: readonly ImportSource[]): ParsedImport {
  const problems: ImportProblem[] = [];
  const rawOrganizations: { raw: RawOrganization; where: Located }[] = [];
  const rawServices: { raw: RawService; where: Located; parentId?: string }[] = [];
  for (const source of sources) {
    let data: unknown;
    try {
      data = JSON.parse(source.text);
    } catch (error) {
      problems.push({ file: source.file, line: null, item: '(file)', field: '(file)', problem: `not valid JSON (${(error as Error).message})` });
      continue;
    }
    const lines = itemLines(source.text);
    const isServices = /services\.json$/.test(source.file);
    const groups: { kind: 'organizations' | 'services'; items: unknown; lines: number[] }[] = Array.isArray(data)
      ? [{ kind: isServices ? 'services' : 'organizations', items: data, lines: lines.root }]
      : typeof data === 'object' && data !== null
        ? (['organizations', 'services'] as const).map((kind) => ({ kind, items: (data as Record<string, unknown>)[kind] ?? [], lines: lines.byKey[kind] ?? [] }))
        : [];
    if (groups.length === 0) problems.push({ file: source.file, line: 1, item: '(file)', field: '(root)', problem: 'expected an array or { organizations, services }' });
    for (const group of groups) {
      if (!Array.isArray(group.items)) {
        problems.push({ file: source.file, line: null, item: '(file)', field: group.kind, problem: 'expected an array' });
        continue;
      }
      group.items.forEach((item, index) => {
        const where: Located = { file: source.file, line: group.lines[index] ?? null, item: `${group.kind}[${index}]` };
        const parsed = (group.kind === 'organizations' ? organizationSchema : serviceSchema).safeParse(item);
        if (!parsed.success) {
          problems.push(...zodProblems(parsed.error, where));
          return;
        }
        if (group.kind === 'services') {
          rawServices.push({ raw: parsed.data as RawService, where });
          return;
        }
        const organization = parsed.data as RawOrganization;
        rawOrganizations.push({ raw: organization, where });
        // Services in list form (no attributes) are references to services.json, not records to import.
        (organization.services ?? []).forEach((service, serviceIndex) => {
          if (service.attributes !== undefined) rawServices.push({ raw: service, where: { ...where, item: `${where.item}.services[${serviceIndex}]` }, parentId: organization.id });
        });
      });
    }
  }
  // A service both nested (full_service) and in services.json is the same record: the first counts.
  const servicesById = new Map<string, { raw: RawService; where: Located; parentId?: string }>();
  for (const entry of rawServices) {
    const known = servicesById.get(entry.raw.id);
    if (!known) servicesById.set(entry.raw.id, entry);
  }
  const services = [...servicesById.values()].flatMap(({ raw, where, parentId }) => serviceOf(raw, raw.organization_id ?? parentId, where, problems) ?? []);
  const seen = new Set<string>();
  const organisations: ImportedOrganisation[] = [];
  for (const { raw, where } of rawOrganizations) {
    if (seen.has(raw.id)) {
      problems.push({ ...where, field: 'id', problem: 'this id appears twice' });
      continue;
    }
    seen.add(raw.id);
    const hoursFromService = [...servicesById.values()].find((entry) => (entry.raw.organization_id ?? entry.parentId) === raw.id && entry.raw.schedules?.length)?.raw.schedules;
    const organisation = organisationOf(raw, where, problems, hoursFromService ? openingHoursOf(hoursFromService) : null);
    if (organisation) organisations.push(organisation);
  }
  return { organisations, services, problems };
}

/** "Baden-Württemberg" → BW, for readers that give the Land only in the address. */
export const landOfName = (name: string): Land | undefined => laender.find((land) => landNames[land].de === name);
