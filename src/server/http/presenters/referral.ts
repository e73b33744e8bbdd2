import type { InboxReferrals, Referral, ReferredCase } from '../../../contract/referrals';
import type { InboxReferralLists } from '../../commands/get-inbox-referrals';
import type { ReferralPurpose } from '../../../domain/consent/vocabulary';
import { dueDateOf, isOverdue } from '../../../domain/referrals/deadlines';
import { allowedReferralActions, isClockRunning, type ReferralState } from '../../../domain/referrals/state-machine';
import type { ReferredCaseView } from '../../commands/get-referred-case';
import type { Actor } from '../../commands/context';
import type { ReferralEventRow, ReferralView } from '../../db/repositories/referrals.repository';
import { presentedSide, referralSidesOf } from '../../policies/referral.policy';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function presentReferral(referral: ReferralView, actor: Actor | null, now: Date, events?: ReferralEventRow[]): Referral {
  const sides = actor ? referralSidesOf(actor, referral) : [];
  const state = referral.state as ReferralState;
  const allowedActions = sides.flatMap((side) => allowedReferralActions(state, side));
  return {
    id: referral.id,
    caseId: referral.caseId,
    caseReference: referral.caseReference,
    consentId: referral.consentId,
    from: { organisation: referral.fromOrganisation, user: referral.fromUser },
    to: referral.toOrganisation,
    purpose: referral.purpose as ReferralPurpose,
    message: referral.message,
    status: state,
    dueAt: referral.dueAt.toISOString(),
    dueDate: dueDateOf(referral.dueAt.getTime()),
    remindAt: referral.remindAt.toISOString(),
    isOverdue: isClockRunning(state) && isOverdue(referral.dueAt.getTime(), now.getTime()),
    pausedAt: iso(referral.pausedAt),
    pausedWorkingMs: referral.pausedWorkingMs,
    escalatedAt: iso(referral.escalatedAt),
    answer: referral.answer,
    answeredAt: iso(referral.answeredAt),
    reason: referral.reason,
    createdAt: referral.createdAt.toISOString(),
    updatedAt: referral.updatedAt.toISOString(),
    side: presentedSide(sides),
    allowedActions: [...new Set(allowedActions)],
    ...(events
      ? { events: events.map((event) => ({ id: event.id, type: event.type, at: event.at.toISOString(), actor: event.actor, text: event.text, data: event.data })) }
      : {}),
  };
}

export function presentReferredCase(view: ReferredCaseView): ReferredCase {
  return {
    referralId: view.referralId,
    caseId: view.caseId,
    reference: view.reference,
    purpose: view.purpose as ReferralPurpose,
    categories: view.categories,
    consent: { id: view.consent.id, validUntil: iso(view.consent.validUntil) },
    ...(view.identity ? { identity: view.identity } : {}),
    ...(view.contact ? { contact: view.contact } : {}),
    ...(view.qualification ? { qualification: view.qualification } : {}),
    ...(view.employment ? { employment: view.employment } : {}),
    ...(view.family ? { family: view.family } : {}),
    ...(view.documents ? { documents: view.documents.map((document) => ({ ...document, uploadedAt: document.uploadedAt.toISOString() })) } : {}),
  };
}

/** The referral lists of the inbox. */
export function presentInboxReferrals(lists: InboxReferralLists, actor: Actor | null, now: Date): InboxReferrals {
  const each = (items: ReferralView[]) => items.map((item) => presentReferral(item, actor, now));
  return { new: each(lists.new), dueToday: each(lists.dueToday), overdue: each(lists.overdue), waitingForMe: each(lists.waitingForMe) };
}
