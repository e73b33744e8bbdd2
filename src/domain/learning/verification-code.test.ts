import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVerificationCode, normaliseVerificationCode, verificationCodePattern, verificationCodeRandomBytes } from './verification-code';

const bytes = (...values: number[]) => Uint8Array.from(values);
const randomBytes = fc.uint8Array({ minLength: verificationCodeRandomBytes, maxLength: verificationCodeRandomBytes });

describe('certificate verification codes', () => {
  it('are four groups of four Crockford base32 characters', () => {
    expect(createVerificationCode(bytes(0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toBe('0000-0000-0000-0000');
    const code = createVerificationCode(bytes(255, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    expect(code).toMatch(verificationCodePattern);
    expect(code).not.toMatch(/[ILOU]/);
  });

  it('use 75 random bits: different bytes give different codes', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(randomBytes, (random) => {
        const code = createVerificationCode(random);
        expect(code).toMatch(verificationCodePattern);
        seen.add(code);
      }),
      { numRuns: 500 },
    );
    expect(seen.size).toBeGreaterThan(490);
    expect(() => createVerificationCode(bytes(1, 2, 3))).toThrow(/10 random bytes/);
  });

  it('accept what people type: lower case, spaces, no hyphens, O for 0 and I or L for 1', () => {
    const code = createVerificationCode(bytes(0x0f, 0x10, 0xa1, 0x11, 0x00, 0x42, 0x13, 0x37, 0xbe, 0xef));
    expect(normaliseVerificationCode(code)).toBe(code);
    expect(normaliseVerificationCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normaliseVerificationCode(code.replace(/-/g, ''))).toBe(code);
    const withZero = '0000-0000-0000-0000';
    expect(normaliseVerificationCode('oooo-OOOO-0000-0000')).toBe(withZero);
  });

  it('reject every single mistyped character through the check character', () => {
    fc.assert(
      fc.property(randomBytes, fc.nat({ max: 15 }), fc.nat({ max: 30 }), (random, position, shift) => {
        const code = createVerificationCode(random).replace(/-/g, '');
        const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
        const original = alphabet.indexOf(code[position]!);
        const typo = alphabet[(original + 1 + shift) % 32]!;
        const mistyped = code.slice(0, position) + typo + code.slice(position + 1);
        expect(normaliseVerificationCode(mistyped)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('reject wrong lengths and characters outside the alphabet', () => {
    expect(normaliseVerificationCode('')).toBeNull();
    expect(normaliseVerificationCode('0000-0000-0000')).toBeNull();
    expect(normaliseVerificationCode('0000-0000-0000-000U')).toBeNull();
    expect(normaliseVerificationCode('0000-0000-0000-00000')).toBeNull();
    expect(normaliseVerificationCode('<script>')).toBeNull();
  });
});
