import { drizzle } from 'drizzle-orm/node-postgres';
import Fastify from 'fastify';
import pg from 'pg';
import { loadCaseDetail } from '../../src/server/commands/case-detail';
import type { Database } from '../../src/server/db/client';
import { countOpenTasks, findCasePage } from '../../src/server/db/repositories/case-list.repository';
import { getCaseRow } from '../../src/server/db/repositories/cases.repository';
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

type Statement = { text: string; params: unknown[] };

const pool = new pg.Pool({ connectionString: url, max: Number(poolSize) });
pool.on('error', () => undefined);

let recording: Statement[] | null = null;
const db = drizzle({ client: pool, schema, logger: { logQuery: (text, params) => recording?.push({ text, params }) } }) as unknown as Database;

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
  let sampleIds: string[] = [];
  const [page, count] = await record(async () => {
    sampleIds = (await findCasePage(db, scope, filter)).rows.map((row) => row.id);
  });
  if (!page || !count || sampleIds.length < PAGE_SIZE) throw new Error(`sample stage ${sampleStage} has no full first page`);
  // The task counts of a page: one statement per page length, since the ids are an IN list.
  const taskCounts = new Map<number, Statement>();
  for (let size = 1; size <= PAGE_SIZE; size += 1) {
    const [statement] = await record(() => countOpenTasks(db, sampleIds.slice(0, size), today));
    if (statement) taskCounts.set(size, statement);
  }
  const detail = await record(async () => {
    await getCaseRow(db, sampleCaseId);
    await loadCaseDetail(db, sampleCaseId, today);
  });
  return { page, count, taskCounts, sampleIds, detail };
}

const replace = (params: unknown[], from: unknown, to: unknown) => params.map((param) => (param === from ? to : param));

await serveOverIpc(async () => {
  const statements = await prepare();
  const app = Fastify({ logger: false });

  app.get<{ Querystring: { stage?: string } }>('/cases', async (request) => {
    const client = await pool.connect();
    try {
      const stage = request.query.stage ?? sampleStage;
      const page = await client.query({ text: statements.page.text, values: replace(statements.page.params, sampleStage, stage), rowMode: 'array' });
      const ids = page.rows.map((row: unknown[]) => row[0] as string);
      // Like the app: the total only when the first page is full.
      if (ids.length === PAGE_SIZE) await client.query({ text: statements.count.text, values: replace(statements.count.params, sampleStage, stage) });
      const taskCount = statements.taskCounts.get(ids.length);
      if (taskCount) {
        const values = taskCount.params.map((param) => {
          const position = statements.sampleIds.indexOf(param as string);
          return position >= 0 ? ids[position] : param;
        });
        await client.query({ text: taskCount.text, values, rowMode: 'array' });
      }
      return { items: page.rows };
    } finally {
      client.release();
    }
  });

  app.get<{ Params: { id: string } }>('/cases/:id', async (request) => {
    const client = await pool.connect();
    try {
      const results = [];
      for (const statement of statements.detail) {
        results.push((await client.query({ text: statement.text, values: replace(statement.params, sampleCaseId, request.params.id), rowMode: 'array' })).rows);
      }
      return { results };
    } finally {
      client.release();
    }
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
