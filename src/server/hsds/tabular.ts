/**
 * The HSDS 3.0 tabular form: one CSV per table with the standard's columns (the one-to-one fields of
 * each schema), built from the nested JSON records by walking them. Pure; no I/O.
 */
export const tableColumns = {
  organizations: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'tax_status', 'tax_id', 'year_incorporated', 'legal_status', 'logo', 'uri', 'parent_organization_id'],
  services: ['id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services', 'application_process', 'fees_description', 'wait_time', 'fees', 'accreditations', 'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date', 'assurer_email', 'licenses', 'alert', 'last_modified'],
  locations: ['id', 'location_type', 'url', 'organization_id', 'name', 'alternate_name', 'description', 'transportation', 'latitude', 'longitude', 'external_identifier', 'external_identifier_type'],
  addresses: ['id', 'location_id', 'attention', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'],
  phones: ['id', 'location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id', 'number', 'extension', 'type', 'description'],
  contacts: ['id', 'organization_id', 'service_id', 'service_at_location_id', 'location_id', 'name', 'title', 'department', 'email'],
  schedules: ['id', 'service_id', 'location_id', 'service_at_location_id', 'valid_from', 'valid_to', 'dtstart', 'timezone', 'until', 'count', 'wkst', 'freq', 'interval', 'byday', 'byweekno', 'bymonthday', 'byyearday', 'description', 'opens_at', 'closes_at', 'schedule_link', 'attending_type', 'notes'],
  service_areas: ['id', 'service_id', 'name', 'description', 'extent', 'extent_type', 'uri'],
  languages: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note'],
  service_at_locations: ['id', 'service_id', 'location_id', 'description'],
  attributes: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'],
  taxonomy_terms: ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'language', 'taxonomy_id', 'term_uri'],
  taxonomies: ['id', 'name', 'description', 'uri', 'version'],
} as const;

export type TableName = keyof typeof tableColumns;

const numericColumns = new Set(['year_incorporated', 'minimum_age', 'maximum_age', 'latitude', 'longitude', 'extension', 'timezone', 'count', 'interval']);

/** Nested objects (one) and arrays (many) and the table their records belong to. */
const tableOfField: Record<string, TableName> = {
  organization: 'organizations',
  services: 'services',
  service: 'services',
  locations: 'locations',
  location: 'locations',
  addresses: 'addresses',
  phones: 'phones',
  contacts: 'contacts',
  schedules: 'schedules',
  service_areas: 'service_areas',
  languages: 'languages',
  service_at_locations: 'service_at_locations',
  attributes: 'attributes',
  taxonomy_term: 'taxonomy_terms',
  taxonomy_detail: 'taxonomies',
};

type JsonRecord = Record<string, unknown>;
const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects the records of every table from nested organisations and services, each id once. */
export function tablesOf(roots: { organizations: readonly object[]; services: readonly object[] }): Record<TableName, JsonRecord[]> {
  const tables = Object.fromEntries(Object.keys(tableColumns).map((name) => [name, new Map<string, JsonRecord>()])) as Record<TableName, Map<string, JsonRecord>>;
  const visit = (table: TableName, record: JsonRecord) => {
    const id = String(record.id);
    if (!tables[table].has(id)) tables[table].set(id, record);
    for (const [field, value] of Object.entries(record)) {
      const child = tableOfField[field];
      if (!child) continue;
      if (Array.isArray(value)) for (const item of value) if (isRecord(item)) visit(child, item);
      if (isRecord(value)) visit(child, value);
    }
  };
  for (const organization of roots.organizations) visit('organizations', organization as JsonRecord);
  for (const service of roots.services) visit('services', service as JsonRecord);
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, [...rows.values()]])) as Record<TableName, JsonRecord[]>;
}

/** RFC 4180: quoted when needed, quotes doubled, CRLF line ends. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: TableName, rows: readonly JsonRecord[]): string {
  const columns = tableColumns[table];
  return [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].map((line) => `${line}\r\n`).join('');
}

/** The Table Schema of a table for datapackage.json. */
export function tableSchema(table: TableName) {
  return {
    fields: tableColumns[table].map((name) => ({ name, type: numericColumns.has(name) ? 'number' : name === 'last_modified' ? 'datetime' : 'string' })),
    primaryKey: 'id',
  };
}
