import { createHash } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import Fastify from 'fastify';
import pg from 'pg';
import type { Database } from '../../src/server/db/client';
import { caseDetailStatement } from '../../src/server/db/repositories/case-detail.repository';
import { findCasePage } from '../../src/server/db/repositories/case-list.repository';
import * as schema from '../../src/server/db/schema/index';
import { serveOverIpc } from './child-protocol';

/**
 * The ceiling of the cases bench: a bare Fastify app that sends exactly the SQL the app sends for
 * the case list and the case page, with `pg` and nothing else: no session lookup, no transaction,
 * no audit entry, no schema validation or presenter. The statements are not copied by hand: at
 * start the app's own repository functions run once through a logging Drizzle instance, and the
 * logged text is replayed with each request's stage or case id in place of the sample's.
 *
 * Usage: cases-ceiling.ts <databaseUrl> <poolSize> <userId> <organisationId> <today> <sampleStage> <sampleCaseId>
 */
const [url = '', poolSize = '20', userId = '', organisationId = '', today = '', sampleStage = '', sampleCaseId = ''] = process.argv.slice(2);
const PAGE_SIZE = 25;

type Statement = { name: string; text: string; params: unknown[] };

const pool = new pg.Pool({ connectionString: url, max: Number(poolSize) });
pool.on('error', () => undefined);

let recording: Statement[] | null = null;
// Named like the app's prepared statements, so both sides plan each statement once per connection.
const db = drizzle({
  client: pool,
  schema,
  logger: { logQuery: (text, params) => recording?.push({ name: `ceiling_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text, params }) },
}) as unknown as Database;

async function record(work: () => Promise<unknown>): Promise<Statement[]> {
  recording = [];
  await work();
  const statements = recording;
  recording = null;
  return statements;
}

const scope = { userId, staffOrganisationId: organisationId };
const filter = { stage: sampleStage, sort: 'updated' as const, limit: PAGE_SIZE, offset: 0 };

async function prepare() {
  let sampleRows = 0;
  const list = await record(async () => {
    sampleRows = (await findCasePage(db, scope, filter, today)).rows.length;
  });
  if (sampleRows < PAGE_SIZE || list.length !== 1 || !list[0]) throw new Error(`sample stage ${sampleStage} has no full first page in one statement`);
  // The case page is one named statement that runs on the pool directly (not through Drizzle).
  const detail: Statement[] = [{ ...caseDetailStatement, params: [sampleCaseId] }];
  return { list: list[0], detail };
}

const replace = (params: unknown[], from: unknown, to: unknown) => params.map((param) => (param === from ? to : param));

await serveOverIpc(async () => {
  const statements = await prepare();
  const app = Fastify({ logger: false });

  const run = (statement: Statement, values: unknown[]) => pool.query({ name: statement.name, text: statement.text, values, rowMode: 'array' });

  app.get<{ Querystring: { stage?: string } }>('/cases', async (request) => {
    const stage = request.query.stage ?? sampleStage;
    return { items: (await run(statements.list, replace(statements.list.params, sampleStage, stage))).rows };
  });

  // Like the app: the reads of the case page together, each on its own pooled connection.
  app.get<{ Params: { id: string } }>('/cases/:id', async (request) => {
    const results = await Promise.all(statements.detail.map((statement) => run(statement, replace(statement.params, sampleCaseId, request.params.id))));
    return { results: results.map((result) => result.rows) };
  });

  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
});
