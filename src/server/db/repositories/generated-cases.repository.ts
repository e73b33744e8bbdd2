import { asc, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { organisations, users } from '../schema/index';
import {
  caseColumns,
  caseOrganisationColumns,
  eventColumns,
  obstacleColumns,
  personColumns,
  procedureColumns,
  qualificationColumns,
  stepColumns,
  taskColumns,
  type Column,
  type ColumnType,
  type GeneratedBatch,
} from './generated-case-rows';

/**
 * Bulk writes of the synthetic case generator. Rows go in as one statement per batch: each table's
 * rows as one array per column, expanded with `unnest` (one parameter per column instead of one
 * per value, so a batch is not limited by the 65,535 parameters of the protocol), and all tables of
 * a batch chained as data-modifying CTEs, so the database works on one batch while the generator
 * builds the next. The rows and their columns: generated-case-rows.ts.
 */
const quoted = (value: unknown) => `"${String(value).replace(/["\\]/g, '\\$&')}"`;

/** A PostgreSQL array literal; `element` writes one non-null value. */
function arrayLiteral(values: readonly unknown[], element: (value: unknown) => string): string {
  let literal = '{';
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    literal += (index === 0 ? '' : ',') + (value === null || value === undefined ? 'NULL' : element(value));
  }
  return `${literal}}`;
}

/**
 * How each type travels and is read back. Ids, dates and numbers go in array literals without
 * quotes; instants as Unix seconds; text quoted and escaped; JSON as one JSON array, which
 * PostgreSQL parses in one pass (about twice as fast as a jsonb[] literal, and no escaping here);
 * a text[] value as comma-separated text (language codes only). Encoding and parsing were the
 * largest costs of a load after the foreign-key checks.
 */
const codecs: Record<ColumnType, { encode: (values: unknown[]) => string; from: (parameter: SQL) => SQL; select: (ref: string) => string }> = {
  uuid: { encode: (values) => arrayLiteral(values, String), from: (p) => sql`unnest(${p}::text::uuid[])`, select: (ref) => ref },
  integer: { encode: (values) => arrayLiteral(values, String), from: (p) => sql`unnest(${p}::text::integer[])`, select: (ref) => ref },
  date: { encode: (values) => arrayLiteral(values, String), from: (p) => sql`unnest(${p}::text::date[])`, select: (ref) => ref },
  timestamptz: { encode: (values) => arrayLiteral(values, String), from: (p) => sql`unnest(${p}::text::bigint[])`, select: (ref) => `to_timestamp(${ref})` },
  text: { encode: (values) => arrayLiteral(values, quoted), from: (p) => sql`unnest(${p}::text::text[])`, select: (ref) => ref },
  jsonb: { encode: (values) => JSON.stringify(values), from: (p) => sql`jsonb_array_elements(${p}::text::jsonb)`, select: (ref) => `NULLIF(${ref}, 'null'::jsonb)` },
  'text[]': {
    encode: (values) => arrayLiteral(values.map((value) => (value as string[]).join(',')), quoted),
    from: (p) => sql`unnest(${p}::text::text[])`,
    select: (ref) => `string_to_array(${ref}, ',')`,
  },
};

/**
 * `INSERT INTO table (…) SELECT … FROM ROWS FROM (unnest($1::text::uuid[]), …) AS t(…)`: one
 * parameter per column, zipped by position. Parameters travel as text, which both drivers send alike.
 */
function insertStatement<T>(table: string, columns: readonly Column<T>[], rows: readonly T[]): SQL {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const select = columns.map(([name, type]) => codecs[type].select(`t."${name}"`)).join(', ');
  const functions = columns.map(([, type, read]) => codecs[type].from(sql`${codecs[type].encode(rows.map(read))}`));
  return sql`INSERT INTO ${sql.raw(`"${table}" (${names})`)} SELECT ${sql.raw(select)} FROM ROWS FROM (${sql.join(functions, sql`, `)}) AS t(${sql.raw(names)})`;
}

/** Writes one batch in one statement; parents come first, and foreign keys are checked at its end. */
export async function insertGeneratedBatch(tx: Database, batch: GeneratedBatch): Promise<void> {
  const statements = [
    batch.cases.length > 0 ? insertStatement('cases', caseColumns, batch.cases) : null,
    batch.persons.length > 0 ? insertStatement('case_persons', personColumns, batch.persons) : null,
    batch.qualifications.length > 0 ? insertStatement('case_qualifications', qualificationColumns, batch.qualifications) : null,
    batch.caseOrganisations.length > 0 ? insertStatement('case_organisations', caseOrganisationColumns, batch.caseOrganisations) : null,
    batch.tasks.length > 0 ? insertStatement('case_tasks', taskColumns, batch.tasks) : null,
    batch.obstacles.length > 0 ? insertStatement('case_obstacles', obstacleColumns, batch.obstacles) : null,
    batch.procedures.length > 0 ? insertStatement('accelerated_procedures', procedureColumns, batch.procedures) : null,
    batch.steps.length > 0 ? insertStatement('procedure_steps', stepColumns, batch.steps) : null,
    batch.events.length > 0 ? insertStatement('case_events', eventColumns, batch.events) : null,
  ].filter((statement): statement is SQL => statement !== null);
  const last = statements.pop();
  if (!last) return;
  const ctes = statements.map((statement, index) => sql`${sql.raw(`w${index}`)} AS (${statement})`);
  await tx.execute(ctes.length > 0 ? sql`WITH ${sql.join(ctes, sql`, `)} ${last}` : last);
}

/** `count` numbers from the case reference sequence, in order (unique even while others create cases). */
export async function reserveCaseNumbers(tx: Database, count: number): Promise<number[]> {
  const result = (await tx.execute(sql`SELECT nextval('case_reference_seq')::text AS n FROM generate_series(1, ${count}::int)`)) as unknown as {
    rows: { n: string }[];
  };
  return result.rows.map((row) => Number(row.n));
}

/** Serialises generators (and demo seeds of several app instances) until the transaction ends. */
export async function lockCaseGeneration(tx: Database): Promise<void> {
  // Arbitrary constant, next to the migration (…081) and audit chain (…082) locks.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(4711083)`);
}

/**
 * Turns the foreign-key triggers off until `restoreReferenceChecks` or the end of the transaction,
 * where the role may do so (superusers; `GRANT SET ON PARAMETER` since PostgreSQL 15); the usual
 * bulk-load technique (pg_restore --disable-triggers). They cost more than half of the load, and
 * the generator's references are correct by construction: ids of the same batch, or organisations
 * and users read in this transaction. Returns false, checks left on, where the role may not.
 */
export async function skipReferenceChecks(tx: Database): Promise<boolean> {
  try {
    // In a savepoint: a refused SET must not abort the whole transaction.
    await tx.transaction((inner) => inner.execute(sql`SET LOCAL session_replication_role = replica`));
    return true;
  } catch {
    return false;
  }
}

export async function restoreReferenceChecks(tx: Database): Promise<void> {
  await tx.execute(sql`SET LOCAL session_replication_role = origin`);
}

export async function hasAnyCase(db: Database): Promise<boolean> {
  const result = (await db.execute(sql`SELECT EXISTS (SELECT 1 FROM cases) AS found`)) as unknown as { rows: { found: boolean }[] };
  return result.rows[0]?.found === true;
}

export function findOrganisationsForGeneration(db: Database) {
  return db.select({ id: organisations.id, slug: organisations.slug, kind: organisations.kind, land: organisations.land }).from(organisations).orderBy(asc(organisations.slug));
}

export function findUsersForGeneration(db: Database) {
  return db
    .select({ id: users.id, email: users.email, roles: users.roles, organisationId: users.organisationId, isActive: users.isActive })
    .from(users)
    .orderBy(asc(users.email));
}

/** Adds the generator's fictitious staff; existing accounts (same e-mail) are left as they are. */
export async function insertStaffAccounts(
  tx: Database,
  accounts: readonly { id: string; email: string; name: string; role: string; organisationId: string }[],
): Promise<void> {
  if (accounts.length === 0) return;
  await tx
    .insert(users)
    .values(accounts.map((account) => ({ id: account.id, email: account.email, name: account.name, roles: [account.role], organisationId: account.organisationId, passwordHash: null, locale: 'de' })))
    .onConflictDoNothing({ target: users.email });
}

/** Fresh planner statistics after a bulk load, so the first list queries do not plan on empty-table guesses. */
export async function analyseCaseTables(db: Database): Promise<void> {
  await db.execute(sql`ANALYZE cases, case_persons, case_organisations, case_tasks, case_obstacles, case_events, accelerated_procedures, procedure_steps, case_qualifications`);
}
