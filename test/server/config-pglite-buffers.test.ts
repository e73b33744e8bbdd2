import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config';
import { openDatabase } from '../../src/server/db/client';

describe('LOTSE_PGLITE_BUFFERS_MB: the embedded database buffer pool', () => {
  it('defaults to 16 MB and takes a whole number of megabytes', () => {
    expect(loadConfig({}).database).toMatchObject({ kind: 'pglite', buffersMb: 16 });
    expect(loadConfig({ LOTSE_PGLITE_BUFFERS_MB: '128' }).database).toMatchObject({ kind: 'pglite', buffersMb: 128 });
  });

  it('refuses anything else, naming the variable', () => {
    for (const value of ['many', '0', '1.5', '100000']) {
      try {
        loadConfig({ LOTSE_PGLITE_BUFFERS_MB: value });
        expect.unreachable(`${value} must be refused`);
      } catch (error) {
        expect(error, value).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems.join('\n'), value).toMatch(/^LOTSE_PGLITE_BUFFERS_MB: /);
      }
    }
  });

  it('sizes the buffer pool of a PGlite data directory, also one created with the default', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lotse-buffers-'));
    try {
      const sharedBuffers = async (buffersMb?: number) => {
        const handle = await openDatabase({ kind: 'pglite', dataDir, ...(buffersMb === undefined ? {} : { buffersMb }) });
        try {
          const result = (await handle.db.execute(sql`SHOW shared_buffers`)) as unknown as { rows: { shared_buffers: string }[] };
          return result.rows[0]?.shared_buffers;
        } finally {
          await handle.close();
        }
      };
      expect(await sharedBuffers()).toBe('16MB');
      expect(await sharedBuffers(48)).toBe('48MB');
      expect(await sharedBuffers()).toBe('16MB');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
