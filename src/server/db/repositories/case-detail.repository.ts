import { getTableColumns, sql, type Table } from 'drizzle-orm';
import type { Database } from '../client';
import { acceleratedProcedures, caseDocuments, caseEvents, caseNotes, caseObstacles, casePersons, cases, caseTasks } from '../schema/index';
import type { EventWithActor, NoteWithAuthor, ObstacleWithCreator, TaskWithAssignee } from './case-records.repository';
import type { CasePersonRow } from './case-persons.repository';
import type { CaseHeader, OrganisationRef } from './cases.repository';
import type { DocumentWithUploader } from './documents.repository';
import type { ProcedureWithOrganisations } from './procedure.repository';

export type CaseDetailRows = {
  header: CaseHeader;
  persons: CasePersonRow[];
  organisations: (OrganisationRef & { role: string })[];
  tasks: TaskWithAssignee[];
  obstacles: ObstacleWithCreator[];
  notes: NoteWithAuthor[];
  documents: DocumentWithUploader[];
  timeline: EventWithActor[];
  procedure: ProcedureWithOrganisations | null;
};

type Json = Record<string, unknown>;

const userRef = (alias: string) => `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE jsonb_build_object('id', ${alias}.id, 'name', ${alias}.name) END`;
const organisationRef = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE jsonb_build_object('id', ${alias}.id, 'name', ${alias}.name, 'kind', ${alias}.kind) END`;
/** Rows of an ordered, limited subquery `x` (with its order in column `n`) as one JSON array. */
const aggregate = (inner: string) => `(SELECT coalesce(jsonb_agg(x.j ORDER BY x.n), '[]'::jsonb) FROM (${inner}) AS x)`;

/*
 * Everything the case page shows, in one statement: each part is a JSON value built by
 * PostgreSQL, so the page costs one round trip instead of nine (the sort orders and limits are
 * those of the single-purpose queries in the other repositories). Rows come back as `to_jsonb`
 * of the table row and are mapped with Drizzle's own column decoders below.
 */
const detailSql = `SELECT
  (SELECT to_jsonb(c) || jsonb_build_object('owner', ${organisationRef('o')}, 'employer', ${organisationRef('e')}, 'navigator', ${userRef('nav')})
     FROM cases c JOIN organisations o ON o.id = c.owner_organisation_id
     LEFT JOIN organisations e ON e.id = c.employer_organisation_id LEFT JOIN users nav ON nav.id = c.navigator_user_id
     WHERE c.id = $1) AS header,
  ${aggregate(`SELECT to_jsonb(p) - 'search' AS j, row_number() OVER (ORDER BY p.relation = 'main' DESC, p.created_at, p.id) AS n
     FROM case_persons p WHERE p.case_id = $1`)} AS persons,
  ${aggregate(`SELECT jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'role', co.role) AS j,
     row_number() OVER (ORDER BY co.added_at, o.name) AS n
     FROM case_organisations co JOIN organisations o ON o.id = co.organisation_id WHERE co.case_id = $1`)} AS organisations,
  ${aggregate(`SELECT to_jsonb(t) || jsonb_build_object('assignee', ${userRef('u')}) AS j,
     row_number() OVER (ORDER BY t.status = 'open' DESC, t.due_on, t.created_at) AS n
     FROM case_tasks t LEFT JOIN users u ON u.id = t.assignee_user_id WHERE t.case_id = $1
     ORDER BY t.status = 'open' DESC, t.due_on, t.created_at LIMIT 500`)} AS tasks,
  ${aggregate(`SELECT to_jsonb(b) || jsonb_build_object('creator', ${userRef('u')}) AS j,
     row_number() OVER (ORDER BY b.resolved_at IS NULL DESC, b.created_at DESC) AS n
     FROM case_obstacles b LEFT JOIN users u ON u.id = b.created_by WHERE b.case_id = $1
     ORDER BY b.resolved_at IS NULL DESC, b.created_at DESC LIMIT 200`)} AS obstacles,
  ${aggregate(`SELECT to_jsonb(m) || jsonb_build_object('author', ${userRef('u')}) AS j,
     row_number() OVER (ORDER BY m.created_at DESC, m.id DESC) AS n
     FROM case_notes m LEFT JOIN users u ON u.id = m.author_user_id WHERE m.case_id = $1
     ORDER BY m.created_at DESC, m.id DESC LIMIT 200`)} AS notes,
  ${aggregate(`SELECT to_jsonb(d) || jsonb_build_object('uploader', ${userRef('u')}) AS j,
     row_number() OVER (ORDER BY d.uploaded_at DESC, d.id DESC) AS n
     FROM case_documents d LEFT JOIN users u ON u.id = d.uploaded_by WHERE d.case_id = $1 AND d.deleted_at IS NULL
     ORDER BY d.uploaded_at DESC, d.id DESC LIMIT 500`)} AS documents,
  ${aggregate(`SELECT to_jsonb(v) || jsonb_build_object('actor', ${userRef('u')}) AS j,
     row_number() OVER (ORDER BY v.at DESC, v.id DESC) AS n
     FROM case_events v LEFT JOIN users u ON u.id = v.actor_user_id WHERE v.case_id = $1
     ORDER BY v.at DESC, v.id DESC LIMIT 200`)} AS timeline,
  (SELECT to_jsonb(a) || jsonb_build_object('abh', ${organisationRef('ab')}, 'employer', ${organisationRef('em')}, 'recognitionBody', ${organisationRef('rb')})
     FROM accelerated_procedures a JOIN organisations ab ON ab.id = a.abh_organisation_id
     LEFT JOIN organisations em ON em.id = a.employer_organisation_id
     LEFT JOIN organisations rb ON rb.id = a.recognition_body_organisation_id
     WHERE a.case_id = $1) AS procedure`;

/** The statement as the pool runs it (also replayed by the bench's bare-SQL ceiling). */
export const caseDetailStatement = { name: 'lotse_case_detail', text: detailSql } as const;

/** A table row from its `to_jsonb` form, decoded column by column as Drizzle decodes query results. */
function decodeRow<T>(table: Table, json: Json, extraKeys: string[] = []): T {
  const row: Json = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  for (const key of extraKeys) row[key] = json[key] ?? null;
  return row as T;
}

const decodePerson = (json: Json): CasePersonRow => {
  const { search: _search, ...person } = decodeRow<CasePersonRow & { search?: unknown }>(casePersons, json);
  return person;
};

type PoolLike = { totalCount: number; query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Json[] }> };
const isPool = (client: unknown): client is PoolLike => typeof client === 'object' && client !== null && 'totalCount' in client;

/**
 * On a PostgreSQL pool: a named prepared statement (planned once per connection). Otherwise (PGlite,
 * or inside a transaction, whose handle has no client of its own) through Drizzle with the id bound
 * as a parameter at each place it is used.
 */
async function runDetailQuery(db: Database, caseId: string): Promise<Json | undefined> {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (isPool(client)) return (await client.query({ ...caseDetailStatement, values: [caseId] })).rows[0];
  const withParams = sql.join(
    detailSql.split('$1').map((part) => sql.raw(part)),
    sql`${caseId}`,
  );
  const result = (await db.execute(withParams)) as unknown as { rows: Json[] };
  return result.rows[0];
}

/**
 * The case page in one statement (see detailSql), or undefined when there is no such case.
 */
export async function findCaseDetail(db: Database, caseId: string): Promise<CaseDetailRows | undefined> {
  const row = await runDetailQuery(db, caseId);
  if (!row?.header) return undefined;
  const json = (key: string) => (row[key] ?? []) as Json[];
  return {
    header: decodeRow<CaseHeader>(cases, row.header as Json, ['owner', 'employer', 'navigator']),
    persons: json('persons').map(decodePerson),
    organisations: json('organisations') as (OrganisationRef & { role: string })[],
    tasks: json('tasks').map((item) => decodeRow<TaskWithAssignee>(caseTasks, item, ['assignee'])),
    obstacles: json('obstacles').map((item) => decodeRow<ObstacleWithCreator>(caseObstacles, item, ['creator'])),
    notes: json('notes').map((item) => decodeRow<NoteWithAuthor>(caseNotes, item, ['author'])),
    documents: json('documents').map((item) => decodeRow<DocumentWithUploader>(caseDocuments, item, ['uploader'])),
    timeline: json('timeline').map((item) => decodeRow<EventWithActor>(caseEvents, item, ['actor'])),
    procedure: row.procedure
      ? decodeRow<ProcedureWithOrganisations>(acceleratedProcedures, row.procedure as Json, ['abh', 'employer', 'recognitionBody'])
      : null,
  };
}
