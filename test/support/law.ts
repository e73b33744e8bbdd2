import { asc, eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/db/schema/index';
import type { TestApp } from './test-app';

/** The audit entries of one subject type, oldest first. */
export async function listAuditEntries(t: TestApp, subjectType: string): Promise<{ action: string; subjectId: string | null; details: unknown }[]> {
  return t.database.db
    .select({ action: auditLog.action, subjectId: auditLog.subjectId, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.subjectType, subjectType))
    .orderBy(asc(auditLog.id));
}
