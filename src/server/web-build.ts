import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const webRoot = join(repoRoot, 'dist/web');

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

/** Builds the web app with Vite (so `npm start` works directly after `npm install`). */
export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(repoRoot, 'vite.config.ts'), root: join(repoRoot, 'src/web'), logLevel: 'warn' });
}
