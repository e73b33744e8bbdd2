import type { CommandContext } from '../commands/context';
import type { Database } from '../db/client';
import { insertAuditRow } from '../db/repositories/audit.repository';

export type AuditEvent = {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  purpose?: string | null;
  details?: Record<string, unknown>;
  /** Overrides the context's actor, e.g. at sign-in, before the actor exists. */
  actor?: { userId: string; organisationId: string | null };
};

/**
 * Writes an audit entry inside the caller's transaction `tx`, so the entry exists exactly
 * when the action it records was committed; the sealer chains it shortly after (seal-audit.ts).
 * Never put personal data into `details`.
 */
export function recordAudit(tx: Database, ctx: CommandContext, event: AuditEvent): Promise<void> {
  const actor = event.actor ?? (ctx.actor ? { userId: ctx.actor.userId, organisationId: ctx.actor.organisationId } : null);
  const at = ctx.clock.now().toISOString();
  const entry = {
    actorUserId: actor?.userId ?? null,
    actorOrganisationId: actor?.organisationId ?? null,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId ?? null,
    purpose: event.purpose ?? null,
    requestId: ctx.requestId,
    details: event.details ?? {},
  };
  return insertAuditRow(tx, at, entry);
}
