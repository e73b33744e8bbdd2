import type { AcceptContactRequestBody } from '../../contract/portal-entry';
import type { Profile } from '../../domain/pathway/index';
import { recordAudit } from '../audit/record-audit';
import { updateContactRequest } from '../db/repositories/contact-requests.repository';
import { AppError } from '../errors';
import { casePurpose } from './case-access';
import type { CommandContext } from './context';
import { loadOwnRequest, requireRequestStaff } from './contact-request-inbox';
import { contactRequestPurpose } from './contact-request-submit';
import { createCase } from './create-case';

/**
 * Accepts a contact request: opens a case owned by the actor's organisation from the stored answers
 * (the case stores the evaluation and its rule set), with the person as the navigator confirmed them,
 * and links the request to it. One transaction: a request is accepted once.
 */
export async function acceptContactRequest(ctx: CommandContext, id: string, body: AcceptContactRequestBody): Promise<{ caseId: string; reference: string }> {
  const actor = requireRequestStaff(ctx);
  return ctx.db.transaction(async (tx) => {
    const request = await loadOwnRequest(tx, actor, id, true);
    if (request.status !== 'open') throw new AppError('CONFLICT', 'This contact request has been handled already.', { id: `is ${request.status}` });
    const profile = { ...(request.profile as Profile), citizenship: body.person.citizenship };
    // Nested: createCase's own transaction becomes a savepoint of this one.
    const created = await createCase(
      { ...ctx, db: tx },
      {
        person: { ...body.person, contact: { email: request.email }, languages: [request.language] },
        profile,
      },
    );
    const now = ctx.clock.now();
    await updateContactRequest(tx, request.id, { status: 'accepted', caseId: created.header.id, handledBy: actor.userId, handledAt: now });
    await recordAudit(tx, ctx, {
      action: 'contact_request.accepted',
      subjectType: 'contact_request',
      subjectId: request.id,
      purpose: casePurpose,
      details: { caseId: created.header.id, consentVersion: request.consentTextVersion },
    });
    return { caseId: created.header.id, reference: created.header.reference };
  });
}

/** Declines a contact request with a reason (for the organisation's records; the person is not e-mailed). */
export async function declineContactRequest(ctx: CommandContext, id: string, reason: string): Promise<void> {
  const actor = requireRequestStaff(ctx);
  await ctx.db.transaction(async (tx) => {
    const request = await loadOwnRequest(tx, actor, id, true);
    if (request.status !== 'open') throw new AppError('CONFLICT', 'This contact request has been handled already.', { id: `is ${request.status}` });
    await updateContactRequest(tx, request.id, { status: 'declined', declineReason: reason, handledBy: actor.userId, handledAt: ctx.clock.now() });
    await recordAudit(tx, ctx, { action: 'contact_request.declined', subjectType: 'contact_request', subjectId: request.id, purpose: contactRequestPurpose });
  });
}
