import type { ContactRequestBody, ContactRequestCreated } from '../../contract/portal-entry';
import { recordAudit } from '../audit/record-audit';
import { insertContactRequest } from '../db/repositories/contact-requests.repository';
import { insertOutboxEmails } from '../db/repositories/notifications.repository';
import { AppError, isAppError } from '../errors';
import type { CommandContext } from './context';
import { evaluatePathways } from './evaluate-pathways';
import { findResponsibility } from './find-responsibility';
import { contactConfirmationMail } from './portal-entry-emails';

/** The audit purpose of reading and handling contact requests (the step before a case exists). */
export const contactRequestPurpose = 'counselling_request';

/** The welcome centre the responsibility finder names for the place; 422 outside the network. */
export async function contactRecipientFor(ctx: CommandContext, placeAgs: string) {
  let answer;
  try {
    answer = await findResponsibility(ctx, { ags: placeAgs, service: 'welcome_counselling' });
  } catch (error) {
    if (isAppError(error) && error.code === 'VALIDATION_FAILED') {
      throw new AppError('VALIDATION_FAILED', 'No municipality with this AGS is known.', { placeAgs: 'no municipality with this Amtlicher Gemeindeschlüssel is known' });
    }
    throw error;
  }
  const recipient = answer.covered && answer.place ? answer.organisations.find((organisation) => !organisation.isNationwide) : undefined;
  if (!recipient || !answer.place) {
    throw new AppError(
      'UNPROCESSABLE',
      'No welcome centre of the network is responsible for this place. The nationwide offers can advise you (GET /api/v1/responsibility?service=welcome_counselling).',
      { placeAgs: 'no welcome centre of the network is responsible for this place' },
    );
  }
  return { recipient, place: answer.place };
}

/**
 * "Beratung anfragen" (public, no account): stores the request with the answers, their rule set and
 * the consent version for the responsible welcome centre, and puts a confirmation without the
 * answers into the outbox in the person's language.
 */
export async function submitContactRequest(ctx: CommandContext, body: ContactRequestBody): Promise<ContactRequestCreated> {
  const { recipient } = await contactRecipientFor(ctx, body.placeAgs);
  const evaluation = await evaluatePathways(ctx, body.profile, 'profile.evaluationDate');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await insertContactRequest(tx, {
      name: body.name,
      email: body.email.toLowerCase(),
      language: body.language,
      placeAgs: body.placeAgs,
      organisationId: recipient.id,
      message: body.message ?? null,
      profile: body.profile as Record<string, unknown>,
      ruleSetId: evaluation.ruleSet.id,
      consentTextVersion: body.consentVersion,
      consentedAt: now,
      status: 'open',
      createdAt: now,
    });
    const mail = contactConfirmationMail(body.language, recipient.name);
    await insertOutboxEmails(tx, [{ toAddress: row.email, subject: mail.subject, body: mail.body, createdAt: now, nextAttemptAt: now }]);
    await recordAudit(tx, ctx, {
      action: 'contact_request.created',
      subjectType: 'contact_request',
      subjectId: row.id,
      purpose: contactRequestPurpose,
      details: { organisationId: recipient.id, consentVersion: body.consentVersion, ruleSetId: evaluation.ruleSet.id, language: body.language },
    });
    return {
      id: row.id,
      recipient: { id: recipient.id, name: recipient.name, email: recipient.email, phone: recipient.phone, website: recipient.website },
    };
  });
}
