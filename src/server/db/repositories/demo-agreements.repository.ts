import type { Database } from '../client';
import { cooperationAgreements } from '../schema/index';

export type SeedAgreement = {
  slug: string;
  title: string;
  topic: string;
  partnerIds: string[];
  validFrom: string;
  validTo: string | null;
  documentUrl: string | null;
};

/**
 * Inserts a seeded agreement once (by slug). An existing one is left as it is: people may have
 * changed or ended it in the administration, and a restart must not undo that.
 */
export async function insertSeedAgreement(db: Database, agreement: SeedAgreement): Promise<boolean> {
  const rows = await db.insert(cooperationAgreements).values(agreement).onConflictDoNothing({ target: cooperationAgreements.slug }).returning({ id: cooperationAgreements.id });
  return rows.length > 0;
}
