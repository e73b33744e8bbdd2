import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { cooperationAgreements } from '../schema/index';

export type AgreementRow = typeof cooperationAgreements.$inferSelect;
export type AgreementInsert = typeof cooperationAgreements.$inferInsert;

/** Every cooperation agreement (active first, newest start first). */
export function findAgreementsForAdmin(db: Database): Promise<AgreementRow[]> {
  return db
    .select()
    .from(cooperationAgreements)
    .orderBy(desc(cooperationAgreements.isActive), desc(cooperationAgreements.validFrom), asc(cooperationAgreements.title));
}

export async function getAgreement(db: Database, id: string, options: { forUpdate?: boolean } = {}): Promise<AgreementRow | undefined> {
  const query = db.select().from(cooperationAgreements).where(eq(cooperationAgreements.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertAgreement(tx: Database, values: AgreementInsert): Promise<AgreementRow> {
  const [row] = await tx.insert(cooperationAgreements).values(values).returning();
  if (!row) throw new Error('agreement insert returned no row');
  return row;
}

export async function updateAgreementRow(tx: Database, id: string, values: Partial<AgreementInsert>): Promise<AgreementRow> {
  const [row] = await tx.update(cooperationAgreements).set(values).where(eq(cooperationAgreements.id, id)).returning();
  if (!row) throw new Error('agreement update returned no row');
  return row;
}
