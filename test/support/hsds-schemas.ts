import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The official compiled HSDS 3.0 schemas (test/fixtures/hsds-3.0/README.md: source, licence). */
const fixtures = join(import.meta.dirname, '../fixtures/hsds-3.0');

export const hsdsSchemaNames = ['organization', 'organization_list', 'service', 'service_list', 'service_at_location'] as const;
export type HsdsSchemaName = (typeof hsdsSchemaNames)[number];

function load(name: HsdsSchemaName): Record<string, unknown> {
  return JSON.parse(gunzipSync(readFileSync(join(fixtures, `${name}.json.gz`))).toString('utf8')) as Record<string, unknown>;
}

/** Every object schema with properties gets `additionalProperties: false` (upstream's strict validation). */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = key === 'datapackage_metadata' ? value : closed(value);
  if (copy.type === 'object' && typeof copy.properties === 'object') copy.additionalProperties = false;
  return copy;
}

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('csv', true);
  return ajv;
}

export type HsdsValidators = Record<HsdsSchemaName, ValidateFunction>;

/** Compiles the five schemas, plain (as published) or strict (no fields beyond the standard's). */
export function hsdsValidators(mode: 'plain' | 'strict'): HsdsValidators {
  const ajv = newAjv();
  const entries = hsdsSchemaNames.map((name) => {
    const schema = mode === 'strict' ? (closed(load(name)) as Record<string, unknown>) : load(name);
    return [name, ajv.compile(schema)] as const;
  });
  return Object.fromEntries(entries) as HsdsValidators;
}

/** The validation errors of `item` as readable lines (empty when valid). */
export function hsdsErrors(validate: ValidateFunction, item: unknown): string[] {
  if (validate(item)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}${error.params && 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : ''}`);
}
