import { describe, expect, it } from 'vitest';
import { allowedReferralActions, applyReferralAction, isClockRunning, isLiveReferral, referralStates } from './state-machine';

describe('referral life-cycle', () => {
  it('runs open → accepted → answered → closed', () => {
    let referral = { state: 'open' as const as (typeof referralStates)[number], stateBeforeQuery: null };
    for (const [action, side, expected] of [
      ['accept', 'recipient', 'accepted'],
      ['answer', 'recipient', 'answered'],
      ['close', 'sender', 'closed'],
    ] as const) {
      const result = applyReferralAction(referral, action, side);
      expect(result).toEqual({ ok: true, state: expected });
      if (result.ok) referral = { state: result.state, stateBeforeQuery: null };
    }
  });

  it('pauses on a query and returns to the interrupted state on the reply', () => {
    expect(applyReferralAction({ state: 'accepted', stateBeforeQuery: null }, 'query', 'recipient')).toEqual({ ok: true, state: 'waiting_for_sender' });
    expect(applyReferralAction({ state: 'waiting_for_sender', stateBeforeQuery: 'accepted' }, 'reply', 'sender')).toEqual({ ok: true, state: 'accepted' });
    expect(applyReferralAction({ state: 'waiting_for_sender', stateBeforeQuery: 'open' }, 'reply', 'sender')).toEqual({ ok: true, state: 'open' });
    expect(isClockRunning('waiting_for_sender')).toBe(false);
    expect(isLiveReferral('waiting_for_sender')).toBe(true);
  });

  it('refuses actions of the wrong side or from a finished state, naming what is allowed', () => {
    expect(applyReferralAction({ state: 'open', stateBeforeQuery: null }, 'accept', 'sender')).toEqual({ ok: false, reason: 'wrong_side', allowed: ['revoke'] });
    expect(applyReferralAction({ state: 'closed', stateBeforeQuery: null }, 'answer', 'recipient')).toEqual({ ok: false, reason: 'not_allowed', allowed: [] });
    expect(applyReferralAction({ state: 'answered', stateBeforeQuery: null }, 'revoke', 'sender')).toMatchObject({ ok: false, allowed: ['close'] });
  });

  it('lets every live referral expire, and nothing finished', () => {
    for (const state of referralStates) {
      const result = applyReferralAction({ state, stateBeforeQuery: null }, 'expire', 'system');
      expect(result.ok).toBe(isLiveReferral(state));
    }
    expect(allowedReferralActions('open', 'recipient')).toEqual(['accept', 'reject', 'query', 'answer']);
  });
});
