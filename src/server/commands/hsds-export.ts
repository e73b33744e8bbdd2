import { findActiveServicesOf, findHsdsOrganisations, findHsdsServices } from '../db/repositories/hsds.repository';
import { mapOrganization, mapService, mapServiceAtLocation } from '../hsds/map-records';
import { tableSchema, tablesOf, toCsv, type TableName } from '../hsds/tabular';
import { hsdsMeta, hsdsVersion } from './hsds-meta';
import type { CommandContext } from './context';

const everything = { limit: 1_000_000, offset: 0 };
const schemaBase = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled';

/** File name → content of the HSDS datapackage. */
export type HsdsExportFiles = Record<string, string>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The HSDS 3.0 datapackage of the network: the nested JSON records as the API gives them
 * (organizations.json, services.json, service_at_locations.json), the tabular CSVs of the standard,
 * and datapackage.json. Deterministic for the same data, except `created` in datapackage.json.
 * Public data only (the same as GET /hsds/…), so it is not audited.
 */
export async function exportHsds(ctx: CommandContext): Promise<{ files: HsdsExportFiles; counts: { organizations: number; services: number; serviceAtLocations: number } }> {
  const { rows: organisationRows } = await findHsdsOrganisations(ctx.db, {}, everything);
  const services = await findActiveServicesOf(
    ctx.db,
    organisationRows.map((row) => row.id),
  );
  const organizations = organisationRows.map((row) =>
    mapOrganization(
      row,
      services.filter((service) => service.organisationId === row.id),
    ),
  );
  const { rows: serviceRows } = await findHsdsServices(ctx.db, {}, everything);
  const fullServices = serviceRows.map(({ service, organisation }) => mapService(service, organisation));
  const serviceAtLocations = serviceRows.flatMap(({ service, organisation }) => mapServiceAtLocation(service, organisation, false) ?? []);

  const tables = tablesOf({ organizations, services: fullServices });
  const files: HsdsExportFiles = {
    'organizations.json': json(organizations),
    'services.json': json(fullServices),
    'service_at_locations.json': json(serviceAtLocations),
  };
  const csvResources = (Object.keys(tables) as TableName[]).map((table) => {
    files[`${table}.csv`] = toCsv(table, tables[table]);
    return { name: table, path: `${table}.csv`, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: tableSchema(table) };
  });
  const jsonResource = (name: string, schema: string, description: string) => ({
    name: `${name}_json`,
    path: `${name}.json`,
    profile: 'data-resource',
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    description: `${description} Each item validates against ${schemaBase}/${schema}.json.`,
  });
  const meta = hsdsMeta(ctx.config.http.publicUrl ?? 'http://localhost');
  files['datapackage.json'] = json({
    name: 'lotse-hsds',
    title: 'Lotse: Organisationen und Leistungen des Netzwerks (HSDS 3.0)',
    description: `Open Referral HSDS ${hsdsVersion}; Profil: docs/hsds-profile.md (${meta.profile}).`,
    profile: 'data-package',
    created: ctx.clock.now().toISOString(),
    hsds_version: hsdsVersion,
    resources: [
      jsonResource('organizations', 'organization', 'Organisations, fully nested, with their services in list form.'),
      jsonResource('services', 'service', 'Services, fully nested.'),
      jsonResource('service_at_locations', 'service_at_location', 'Services at the organisations’ locations.'),
      ...csvResources,
    ],
  });
  return { files, counts: { organizations: organizations.length, services: fullServices.length, serviceAtLocations: serviceAtLocations.length } };
}
