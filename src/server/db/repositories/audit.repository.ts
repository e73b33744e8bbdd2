import { and, asc, desc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { auditLog, organisations, users } from '../schema/index';

export type AuditEntryInput = {
  actorUserId: string | null;
  actorOrganisationId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  purpose: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
};

export type AuditRow = typeof auditLog.$inferSelect;

// Arbitrary constant: the transaction-level advisory lock held by the one sealer at work, so
// that concurrent sealers (also in several app instances) never fork the chain.
const AUDIT_SEAL_LOCK_ID = 4_711_082;

/** Inserts an unsealed entry inside the caller's transaction: no lock, so reads do not queue. */
export async function insertAuditRow(tx: Database, at: string, entry: AuditEntryInput): Promise<void> {
  await tx.insert(auditLog).values({ at, ...entry });
}

/** Whether this transaction may seal now; false while another sealer holds the chain. */
export async function tryLockChainForSealing(tx: Database): Promise<boolean> {
  const result = (await tx.execute(sql`SELECT pg_try_advisory_xact_lock(${AUDIT_SEAL_LOCK_ID}) AS locked`)) as unknown as {
    rows: { locked: boolean }[];
  };
  return result.rows[0]?.locked === true;
}

/** The last sealed entry: where the next seal continues the chain. */
export async function findChainHead(tx: Database): Promise<{ seq: number; hash: string } | null> {
  const [head] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(isNotNull(auditLog.seq))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return head?.seq != null && head.hash != null ? { seq: head.seq, hash: head.hash } : null;
}

/** Committed entries not yet in the chain, oldest insertion first. */
export function findUnsealedRows(tx: Database, limit: number): Promise<AuditRow[]> {
  return tx.select().from(auditLog).where(isNull(auditLog.seq)).orderBy(asc(auditLog.id)).limit(limit);
}

/** Writes chain positions and hashes of a batch in one statement. */
export async function sealRows(tx: Database, seals: { id: number; seq: number; prevHash: string; hash: string }[]): Promise<void> {
  if (seals.length === 0) return;
  const values = sql.join(
    seals.map((seal) => sql`(${seal.id}::bigint, ${seal.seq}::bigint, ${seal.prevHash}, ${seal.hash})`),
    sql`, `,
  );
  await tx.execute(sql`UPDATE audit_log AS a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
    FROM (VALUES ${values}) AS v(id, seq, prev_hash, hash) WHERE a.id = v.id AND a.seq IS NULL`);
}

export type SealedAuditRow = AuditRow & { seq: number; prevHash: string; hash: string };

/** Reads the chain in order, a page at a time (verification of large logs without loading all). */
export async function findAuditPage(db: Database, afterSeq: number, limit: number): Promise<SealedAuditRow[]> {
  const rows = await db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
  return rows as SealedAuditRow[];
}

export async function countUnsealed(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(auditLog).where(isNull(auditLog.seq));
  return row?.n ?? 0;
}

export function findAuditBySubject(db: Database, subjectType: string, subjectId: string, limit = 500): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, subjectType), eq(auditLog.subjectId, subjectId)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

export function findRecentAudit(db: Database, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit);
}

export type AuditRowWithNames = AuditRow & { actor: { id: string; name: string } | null; organisation: { id: string; name: string } | null };

/** Entries about one subject, newest first, with the names of actor and organisation; and their total. */
export async function findSubjectAuditPage(
  db: Database,
  subject: { type: string; id: string },
  page: { limit: number; offset: number },
): Promise<{ rows: AuditRowWithNames[]; total: number }> {
  const rows = await db
    .select({
      entry: auditLog,
      actor: { id: users.id, name: users.name },
      organisation: { id: organisations.id, name: organisations.name },
      total: sql<number>`count(*) OVER ()`.mapWith(Number),
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditLog.actorOrganisationId))
    .where(and(eq(auditLog.subjectType, subject.type), eq(auditLog.subjectId, subject.id)))
    .orderBy(desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page.offset > 0) {
    const [counted] = await db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, subject.type), eq(auditLog.subjectId, subject.id)));
    total = counted?.total ?? 0;
  }
  return { rows: rows.map((row) => ({ ...row.entry, actor: row.actor, organisation: row.organisation })), total };
}
