import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HsdsMeta } from '../../contract/hsds';
import { repoRoot } from '../paths';

/** The HSDS version Lotse publishes. */
export const hsdsVersion = '3.0';

/** The description of the Lotse HSDS profile (German-specific fields), served at /hsds/profile. */
export const hsdsProfileFile = join(repoRoot, 'docs/hsds-profile.md');

/** GET /hsds/: what this API is, with absolute links built from the public base URL. */
export function hsdsMeta(baseUrl: string): HsdsMeta {
  const base = baseUrl.replace(/\/+$/, '');
  return { version: hsdsVersion, profile: `${base}/hsds/profile`, openapi_url: `${base}/api/openapi.json` };
}

export const readHsdsProfile = (): Promise<string> => readFile(hsdsProfileFile, 'utf8');
