/**
 * The life-cycle of a referral. The recipient accepts, asks back, answers or rejects; the sender
 * replies to a question, closes an answered referral or revokes one; the system lets one expire
 * when the consent it relies on ends.
 *
 *   open ──accept──▶ accepted ──answer──▶ answered ──close──▶ closed
 *    │ └──answer──────────────────────────▲
 *    ├─query─▶ waiting_for_sender ─reply─▶ (back to open / accepted)
 *    ├─reject─▶ rejected (with reason)      (also from accepted)
 *    ├─revoke─▶ revoked (sender; also from accepted, waiting_for_sender)
 *    └─expire─▶ expired (consent withdrawn or run out; from every live state)
 */

export const referralStates = ['open', 'accepted', 'waiting_for_sender', 'answered', 'closed', 'rejected', 'revoked', 'expired'] as const;
export type ReferralState = (typeof referralStates)[number];

export const referralActions = ['accept', 'reject', 'query', 'reply', 'answer', 'close', 'revoke', 'expire'] as const;
export type ReferralAction = (typeof referralActions)[number];

/** Who takes an action: the receiving organisation, the sending one, or the system (worker, withdrawal). */
export type ReferralSide = 'recipient' | 'sender' | 'system';

/** States in which the recipient may read the consented part of the case (the referral is not finished). */
export const liveReferralStates = ['open', 'accepted', 'waiting_for_sender', 'answered'] as const satisfies readonly ReferralState[];
/** States in which the due clock runs (reminders, escalation). */
export const runningReferralStates = ['open', 'accepted'] as const satisfies readonly ReferralState[];

export const isLiveReferral = (state: ReferralState): boolean => (liveReferralStates as readonly ReferralState[]).includes(state);
export const isClockRunning = (state: ReferralState): boolean => (runningReferralStates as readonly ReferralState[]).includes(state);

type Rule = { side: ReferralSide; from: readonly ReferralState[]; to: ReferralState | 'previous' };

const rules: Record<ReferralAction, Rule> = {
  accept: { side: 'recipient', from: ['open'], to: 'accepted' },
  reject: { side: 'recipient', from: ['open', 'accepted'], to: 'rejected' },
  query: { side: 'recipient', from: ['open', 'accepted'], to: 'waiting_for_sender' },
  answer: { side: 'recipient', from: ['open', 'accepted'], to: 'answered' },
  reply: { side: 'sender', from: ['waiting_for_sender'], to: 'previous' },
  close: { side: 'sender', from: ['answered'], to: 'closed' },
  revoke: { side: 'sender', from: ['open', 'accepted', 'waiting_for_sender'], to: 'revoked' },
  expire: { side: 'system', from: liveReferralStates, to: 'expired' },
};

/** Actions open on this state to this side. */
export function allowedReferralActions(state: ReferralState, side: ReferralSide): ReferralAction[] {
  return referralActions.filter((action) => rules[action].side === side && rules[action].from.includes(state));
}

export type TransitionResult =
  | { ok: true; state: ReferralState }
  | { ok: false; reason: 'wrong_side' | 'not_allowed'; allowed: ReferralAction[] };

/**
 * The state after `action`. `previous` is the state a query interrupted (reply returns to it).
 */
export function applyReferralAction(
  referral: { state: ReferralState; stateBeforeQuery: ReferralState | null },
  action: ReferralAction,
  side: ReferralSide,
): TransitionResult {
  const rule = rules[action];
  if (rule.side !== side) return { ok: false, reason: 'wrong_side', allowed: allowedReferralActions(referral.state, side) };
  if (!rule.from.includes(referral.state)) return { ok: false, reason: 'not_allowed', allowed: allowedReferralActions(referral.state, side) };
  if (rule.to === 'previous') {
    const previous = referral.stateBeforeQuery;
    return { ok: true, state: previous === 'accepted' ? 'accepted' : 'open' };
  }
  return { ok: true, state: rule.to };
}

/** Actions that need a text: the reason of a rejection, the question, the answer, the reply. */
export const actionsNeedingText: readonly ReferralAction[] = ['reject', 'query', 'answer', 'reply'];
