import { describe, expect, it } from 'vitest';
import { activeStages, closeReasons, journeyStages, stageTransitions } from './stages';
import { allowedTransitions, canTransition, checkTransition } from './transitions';

const position = (stage: string) => journeyStages.indexOf(stage as (typeof journeyStages)[number]);

describe('allowedTransitions (what a 409 names)', () => {
  it.each([
    ['information', ['recognition', 'job_matching', 'visa_procedure', 'residence_permit', 'closed']],
    ['recognition', ['information', 'job_matching', 'visa_procedure', 'residence_permit', 'closed']],
    ['job_matching', ['recognition', 'visa_procedure', 'entry', 'residence_permit', 'closed']],
    ['visa_procedure', ['job_matching', 'entry', 'closed']],
    ['entry', ['visa_procedure', 'residence_permit', 'closed']],
    ['residence_permit', ['entry', 'integration', 'closed']],
    ['integration', ['residence_permit', 'closed']],
    ['closed', []],
  ] as const)('from %s → %j', (from, expected) => {
    expect(allowedTransitions(from)).toEqual(expected);
  });

  it('offers exactly the stage the journey was closed from when reopening', () => {
    expect(allowedTransitions('closed', { stageBeforeClosing: 'visa_procedure' })).toEqual(['visa_procedure']);
    expect(canTransition('closed', 'visa_procedure', { stageBeforeClosing: 'visa_procedure' })).toBe(true);
    expect(canTransition('closed', 'entry', { stageBeforeClosing: 'visa_procedure' })).toBe(false);
  });

  it('ignores the closing context outside `closed`', () => {
    expect(allowedTransitions('entry', { stageBeforeClosing: 'information' })).toEqual(allowedTransitions('entry'));
  });
});

describe('the transition table', () => {
  it('has no self-moves and no duplicates', () => {
    const keys = stageTransitions.map((transition) => `${transition.from}>${transition.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const transition of stageTransitions) expect(transition.from).not.toBe(transition.to);
  });

  it('moves forward by one, skips forward by more, corrects back by exactly one', () => {
    for (const transition of stageTransitions) {
      const distance = position(transition.to) - position(transition.from);
      if (transition.kind === 'forward') expect(distance).toBe(1);
      if (transition.kind === 'skip') expect(distance).toBeGreaterThan(1);
      if (transition.kind === 'correction') expect(distance).toBe(-1);
      expect(transition.because.length, `${transition.from}>${transition.to}`).toBeGreaterThan(10);
    }
  });

  it('closes from every active stage and reopens to every active stage', () => {
    for (const stage of activeStages) {
      expect(stageTransitions.some((t) => t.from === stage && t.to === 'closed' && t.kind === 'close')).toBe(true);
      expect(stageTransitions.some((t) => t.from === 'closed' && t.to === stage && t.kind === 'reopen')).toBe(true);
    }
  });

  it('never skips residence_permit, and never skips entry while keeping visa_procedure', () => {
    for (const transition of stageTransitions.filter((t) => t.kind === 'skip')) {
      expect(position(transition.to)).toBeLessThanOrEqual(position('residence_permit'));
      expect(transition.from, 'a visa is for entering: visa_procedure never skips entry').not.toBe('visa_procedure');
    }
  });
});

describe('checkTransition', () => {
  it('returns the rule, for the case history', () => {
    const result = checkTransition({ from: 'information', to: 'job_matching' });
    expect(result).toMatchObject({ ok: true, value: { kind: 'skip' } });
  });

  it('refuses a move with the allowed stages', () => {
    const result = checkTransition({ from: 'visa_procedure', to: 'integration' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'TRANSITION_NOT_ALLOWED',
        from: 'visa_procedure',
        to: 'integration',
        allowed: ['job_matching', 'entry', 'closed'],
        message: 'Cannot move from visa_procedure to integration; allowed: job_matching, entry, closed.',
      },
    });
  });

  it('needs a known close reason', () => {
    const missing = checkTransition({ from: 'entry', to: 'closed' });
    expect(missing.ok ? undefined : missing.error).toMatchObject({ code: 'CLOSE_REASON_REQUIRED', allowedReasons: closeReasons });
    const unknown = checkTransition({ from: 'entry', to: 'closed', reason: 'bored' as never });
    expect(unknown.ok).toBe(false);
    expect(checkTransition({ from: 'entry', to: 'closed', reason: 'goal_reached' }).ok).toBe(true);
  });

  it('names "none" when nothing is allowed', () => {
    const result = checkTransition({ from: 'closed', to: 'entry' });
    expect(result.ok ? '' : result.error.message).toMatch(/allowed: none/);
  });
});
