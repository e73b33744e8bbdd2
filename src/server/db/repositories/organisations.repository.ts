import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { organisations } from '../schema/index';

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationInsert = typeof organisations.$inferInsert;

export type OrganisationFilter = { ags?: string | undefined; kind?: string | undefined };

/**
 * Organisations by kind and area. An AGS filter matches an organisation whose area covers
 * the place (one of its prefixes is a prefix of the AGS) or lies within it, and nationwide ones.
 */
export function findOrganisations(db: Database, filter: OrganisationFilter): Promise<OrganisationRow[]> {
  const conditions = [];
  // Deactivated organisations (administration) are no longer offered; cases and audit still name them.
  conditions.push(eq(organisations.isActive, true));
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind));
  if (filter.ags) {
    conditions.push(sql`(${organisations.isNationwide} OR EXISTS (
      SELECT 1 FROM unnest(${organisations.areaAgs}) AS prefix
      WHERE ${filter.ags} LIKE prefix || '%' OR prefix LIKE ${filter.ags} || '%'))`);
  }
  return db
    .select()
    .from(organisations)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(organisations.name));
}

export async function getOrganisationById(db: Database, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return row;
}

/**
 * Inserts or updates by slug (the seed's natural key); returns the row. An organisation an
 * administrator has changed (`editedAt` set) keeps its stored values.
 */
export async function upsertOrganisationBySlug(db: Database, values: OrganisationInsert): Promise<OrganisationRow> {
  const { slug: _slug, id: _id, createdAt: _createdAt, ...updatable } = values;
  const [row] = await db
    .insert(organisations)
    .values(values)
    .onConflictDoUpdate({
      target: organisations.slug,
      set: Object.assign(updatable, { updatedAt: sql`now()` }),
      setWhere: isNull(organisations.editedAt),
    })
    .returning();
  if (row) return row;
  const [kept] = await db.select().from(organisations).where(eq(organisations.slug, values.slug)).limit(1);
  if (!kept) throw new Error('organisation upsert returned no row');
  return kept;
}
