import { readFileSync } from 'node:fs';
import { paths } from './paths';

/** The version of package.json, read once. */
export const appVersion: string = (
  JSON.parse(readFileSync(paths.packageJson, 'utf8')) as { version: string }
).version;
