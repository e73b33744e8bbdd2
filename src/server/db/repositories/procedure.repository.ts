import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AcceleratedProcedure, ProcedureActor } from '../../../domain/journey/index';
import type { Database } from '../client';
import { preparedPerDatabase } from '../prepared';
import { acceleratedProcedures, organisations, procedureSteps } from '../schema/index';
import type { OrganisationRef } from './cases.repository';

export type ProcedureRow = typeof acceleratedProcedures.$inferSelect;
export type ProcedureInsert = typeof acceleratedProcedures.$inferInsert;

/** A procedure with the names of the organisations taking part. */
export type ProcedureWithOrganisations = ProcedureRow & {
  abh: OrganisationRef;
  employer: OrganisationRef | null;
  recognitionBody: OrganisationRef | null;
};

export async function insertProcedure(tx: Database, values: ProcedureInsert): Promise<ProcedureRow> {
  const [row] = await tx.insert(acceleratedProcedures).values(values).returning();
  if (!row) throw new Error('procedure insert returned no row');
  return row;
}

/** The procedure of a case; `forUpdate` locks it until the transaction ends (after the case row). */
export async function getProcedureOfCase(db: Database, caseId: string, options: { forUpdate?: boolean } = {}): Promise<ProcedureRow | undefined> {
  const query = db.select().from(acceleratedProcedures).where(eq(acceleratedProcedures.caseId, caseId)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Stores a new state and counts the version up, only if the row still has `expectedVersion`. */
export async function updateProcedureState(
  tx: Database,
  id: string,
  expectedVersion: number,
  state: AcceleratedProcedure,
  at: Date,
): Promise<ProcedureRow | undefined> {
  const [row] = await tx
    .update(acceleratedProcedures)
    .set({ state, updatedAt: at, version: sql`${acceleratedProcedures.version} + 1` })
    .where(and(eq(acceleratedProcedures.id, id), eq(acceleratedProcedures.version, expectedVersion)))
    .returning();
  return row;
}

/** The organisation that acts for a step, where the procedure knows it (the BA and the mission it does not). */
export function actorOrganisationId(procedure: ProcedureRow, actor: ProcedureActor): string | null {
  if (actor === 'abh') return procedure.abhOrganisationId;
  if (actor === 'recognition_body') return procedure.recognitionBodyOrganisationId;
  if (actor === 'employer') return procedure.employerOrganisationId;
  return null;
}

/**
 * Mirrors every step of the state into `procedure_steps` (the index of the deadline board), in one
 * statement: new steps are inserted, known ones get their status and dates.
 */
export async function mirrorProcedureSteps(tx: Database, procedure: ProcedureRow): Promise<void> {
  const rows = procedure.state.steps.map((step) => ({
    procedureId: procedure.id,
    stepId: step.id,
    caseId: procedure.caseId,
    actor: step.actor,
    actorOrganisationId: actorOrganisationId(procedure, step.actor),
    status: step.status,
    dueOn: step.dueOn ?? null,
    completedOn: step.completedOn ?? null,
  }));
  await tx
    .insert(procedureSteps)
    .values(rows)
    .onConflictDoUpdate({
      target: [procedureSteps.procedureId, procedureSteps.stepId],
      set: { status: sql`excluded.status`, dueOn: sql`excluded.due_on`, completedOn: sql`excluded.completed_on` },
    });
}

const abh = alias(organisations, 'procedure_abh');
const employer = alias(organisations, 'procedure_employer');
const recognitionBody = alias(organisations, 'procedure_recognition_body');

/** The procedure of a case with its organisations' names, in one query. */
const procedureOfCase = preparedPerDatabase((db) =>
  db
    .select({
      procedure: acceleratedProcedures,
      abh: { id: abh.id, name: abh.name, kind: abh.kind },
      employer: { id: employer.id, name: employer.name, kind: employer.kind },
      recognitionBody: { id: recognitionBody.id, name: recognitionBody.name, kind: recognitionBody.kind },
    })
    .from(acceleratedProcedures)
    .innerJoin(abh, eq(abh.id, acceleratedProcedures.abhOrganisationId))
    .leftJoin(employer, eq(employer.id, acceleratedProcedures.employerOrganisationId))
    .leftJoin(recognitionBody, eq(recognitionBody.id, acceleratedProcedures.recognitionBodyOrganisationId))
    .where(eq(acceleratedProcedures.caseId, sql.placeholder('caseId')))
    .limit(1)
    .prepare('lotse_case_procedure'),
);

export async function findProcedureWithOrganisations(db: Database, caseId: string): Promise<ProcedureWithOrganisations | undefined> {
  const [row] = await procedureOfCase(db).execute({ caseId });
  return row ? { ...row.procedure, abh: row.abh, employer: row.employer, recognitionBody: row.recognitionBody } : undefined;
}
