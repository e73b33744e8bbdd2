#!/usr/bin/env node
// `npm start`: bundles the server with esbuild when its sources changed, then runs the bundle
// with plain Node. A TypeScript loader at run time (tsx) costs ~90 MB of memory and a second of
// start-up on every start; the bundle costs neither. Dependencies stay external (node_modules).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist/server/main.mjs');

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

function isStale() {
  if (!existsSync(bundle)) return true;
  // A production installation is built once (npm run build:server); it never rebuilds itself.
  if (process.env.NODE_ENV === 'production') return false;
  const sources = ['src/server', 'src/domain', 'src/contract', 'package.json'].map((path) => join(root, path));
  return sources.some((path) => newestMtime(path) > statSync(bundle).mtimeMs);
}

if (process.argv.includes('--build-only') || isStale()) {
  await build({
    entryPoints: [join(root, 'src/server/main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}
if (!process.argv.includes('--build-only')) await import(pathToFileURL(bundle).href);
