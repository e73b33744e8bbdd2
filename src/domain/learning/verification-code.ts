/**
 * Certificate verification codes: 16 characters of Crockford's base32 alphabet, shown as four
 * groups of four (`7K2M-Q9XD-4HRT-B8WC`). The first 15 characters are random (75 bits: not
 * guessable, even with millions of tries), the last is a Luhn mod 32 check character that
 * catches every single mistyped character and most swapped neighbours before any lookup.
 * The alphabet has no I, L, O or U, so a code read aloud or off paper is hard to get wrong;
 * typing `O` for `0` or `I`/`L` for `1`, lower case, spaces and missing hyphens are all accepted.
 */

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const base = alphabet.length;
const randomLength = 15;
/** Random bytes a code needs (75 bits are taken from them). */
export const verificationCodeRandomBytes = 10;

/** `XXXX-XXXX-XXXX-XXXX` in the alphabet: the canonical, stored form. */
export const verificationCodePattern = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

/** Luhn mod N over base-32 digit values: the digit that makes the weighted sum divisible by 32. */
function checkValue(values: readonly number[]): number {
  let factor = 2;
  let sum = 0;
  for (let index = values.length - 1; index >= 0; index -= 1) {
    const product = factor * (values[index] ?? 0);
    sum += Math.floor(product / base) + (product % base);
    factor = factor === 2 ? 1 : 2;
  }
  return (base - (sum % base)) % base;
}

const group = (characters: string): string => characters.match(/.{4}/g)?.join('-') ?? characters;

/**
 * A new code from `verificationCodeRandomBytes` random bytes (the caller draws them from a
 * cryptographic source; the domain does no I/O).
 */
export function createVerificationCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < verificationCodeRandomBytes) throw new Error(`a verification code needs ${verificationCodeRandomBytes} random bytes`);
  const values: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of randomBytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && values.length < randomLength) {
      bits -= 5;
      values.push((buffer >> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
    if (values.length === randomLength) break;
  }
  values.push(checkValue(values));
  return group(values.map((value) => alphabet[value]).join(''));
}

/**
 * The canonical form of a code as someone typed it, or null when it cannot be one (wrong
 * length, a character outside the alphabet, or a check character that does not match).
 */
export function normaliseVerificationCode(input: string): string | null {
  const characters = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (characters.length !== randomLength + 1) return null;
  const values = [...characters].map((character) => alphabet.indexOf(character));
  if (values.some((value) => value < 0)) return null;
  if (checkValue(values.slice(0, randomLength)) !== values[randomLength]) return null;
  return group(characters);
}
