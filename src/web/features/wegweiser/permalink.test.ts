import { describe, expect, it } from 'vitest';
import { emptyAnswers } from './answers';
import { decodeAnswers, encodeAnswers } from './permalink';

describe('permalink', () => {
  it('carries the answers in a URL-safe fragment and back', () => {
    const answers = { ...emptyAnswers('2026-11-22'), citizenship: 'other', citizenshipOther: 'ÄÖÜ', age: 30, salary: 50700.5 };
    const fragment = encodeAnswers(answers);
    expect(fragment).toMatch(/^#p=[A-Za-z0-9_-]+$/);
    expect(decodeAnswers(fragment)).toEqual({ status: 'ok', answers });
  });

  it('carries the step being edited, so a reload returns to it', () => {
    const answers = emptyAnswers('2026-11-22');
    expect(decodeAnswers(encodeAnswers(answers, 'job'))).toEqual({ status: 'ok', answers, step: 'job' });
    expect(decodeAnswers(`${encodeAnswers(answers)}&s=result`)).toEqual({ status: 'ok', answers });
  });

  it('tells a missing fragment from a broken one', () => {
    expect(decodeAnswers('')).toEqual({ status: 'none' });
    expect(decodeAnswers('#titles-open')).toEqual({ status: 'none' });
    expect(decodeAnswers('#p=not-base64!')).toEqual({ status: 'invalid' });
    expect(decodeAnswers(`#p=${btoa('{"v":1,"a":{"age":"thirty"}}')}`)).toEqual({ status: 'invalid' });
    expect(decodeAnswers(`#p=${btoa(JSON.stringify({ v: 99, a: emptyAnswers('2026-11-22') }))}`)).toEqual({ status: 'invalid' });
  });
});
