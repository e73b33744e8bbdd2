import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { paths, repoRoot } from './paths';

export const webRoot = paths.webBuild;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether the web app must be (re)built: missing, or older than its sources (development only). */
export function needsWebBuild(mode: 'auto' | 'never' | 'always', isProduction: boolean): boolean {
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) return true;
  if (isProduction) return false;
  const builtAt = statSync(index).mtimeMs;
  const sources = ['src/web', 'src/contract', 'src/domain'].map((dir) => join(repoRoot, dir)).filter(existsSync);
  return sources.some((dir) => newestMtime(dir) > builtAt);
}

/**
 * Builds the web app with Vite (so `npm start` works directly after `npm install`). A child
 * process with NODE_ENV=production, because under a test runner (NODE_ENV=test) Vite would
 * otherwise bundle React's development build.
 */
export async function buildWeb(): Promise<void> {
  // vite's package exports hide bin/, so resolve the package root and walk from there.
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  await promisify(execFile)(process.execPath, [viteBin, 'build', '--config', paths.viteConfig, '--logLevel', 'warn'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
