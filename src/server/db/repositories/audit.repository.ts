import { asc, desc, eq, and, gt, sql } from 'drizzle-orm';
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

// Arbitrary constant: the transaction-level advisory lock that orders appends to the chain,
// so that concurrent transactions (also from several app instances) never fork it.
const AUDIT_CHAIN_LOCK_ID = 4_711_082;

/** Appends to the chain inside the caller's transaction; `seal` computes the hash from the previous one. */
export async function appendAuditRow(
  tx: Database,
  at: string,
  entry: AuditEntryInput,
  seal: (previous: { seq: number; hash: string } | null, seq: number) => { prevHash: string; hash: string },
): Promise<AuditRow> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_ID})`);
  const [previous] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const seq = (previous?.seq ?? 0) + 1;
  const { prevHash, hash } = seal(previous ?? null, seq);
  const [row] = await tx
    .insert(auditLog)
    .values({ seq, at, ...entry, prevHash, hash })
    .returning();
  if (!row) throw new Error('audit insert returned no row');
  return row;
}

/** Reads the chain in order, a page at a time (verification of large logs without loading all). */
export function findAuditPage(db: Database, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
}

export function findAuditBySubject(db: Database, subjectType: string, subjectId: string, limit = 500): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, subjectType), eq(auditLog.subjectId, subjectId)))
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}

export function findRecentAudit(db: Database, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(limit);
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
    .orderBy(desc(auditLog.seq))
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
