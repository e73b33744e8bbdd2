import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository (or installation) root: the nearest folder above this module whose
 * package.json is Lotse's. Found by walking up, because this module runs both from its source
 * file (tsx, tests) and from the bundled `dist/server/main.mjs` that `npm start` builds.
 */
function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'lotse') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Lotse's package.json was not found above ${start}`);
    dir = parent;
  }
}

export const repoRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

export const paths = {
  packageJson: join(repoRoot, 'package.json'),
  migrations: join(repoRoot, 'src/server/db/migrations'),
  demoSeed: join(repoRoot, 'seed/demo'),
  webSources: join(repoRoot, 'src/web'),
  webBuild: join(repoRoot, 'dist/web'),
  viteConfig: join(repoRoot, 'vite.config.ts'),
};
