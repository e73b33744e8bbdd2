/**
 * Exact money: euro amounts as integer cents. Thresholds are compared to the cent and never
 * rounded to whole euros (45,934.20 € is not 45,934 €).
 */

/** An integer number of euro cents. */
export type Cents = number;

/** Converts a euro amount with at most two decimals to cents; throws on NaN/Infinity. */
export function eurosToCents(euros: number): Cents {
  if (!Number.isFinite(euros)) throw new RangeError(`Not a finite euro amount: ${euros}`);
  // Binary floating point: 45934.2 * 100 = 4593420.000000001, so round to the nearest cent.
  return Math.round(euros * 100);
}

/** True if the amount has no fraction of a cent (within floating-point noise). */
export function hasWholeCents(euros: number): boolean {
  return Number.isFinite(euros) && Math.abs(euros * 100 - Math.round(euros * 100)) < 1e-6;
}

/** Converts cents to a euro number (for JSON values). */
export function centsToEuros(cents: Cents): number {
  return cents / 100;
}

/**
 * A percentage of an amount, given in basis points (45.3 % = 4530), rounded up to the next cent.
 * Rounding up keeps a "mindestens X %" threshold exact: a salary in whole cents meets the rounded-up
 * threshold exactly when it meets the exact percentage.
 */
export function percentOfCents(cents: Cents, basisPoints: number): Cents {
  if (!Number.isSafeInteger(cents) || !Number.isSafeInteger(basisPoints)) {
    throw new RangeError('percentOfCents needs integer cents and basis points');
  }
  const product = cents * basisPoints;
  const quotient = Math.floor(product / 10_000);
  return product % 10_000 === 0 ? quotient : quotient + 1;
}

function groupThousands(integer: string, separator: string): string {
  let out = '';
  for (let index = 0; index < integer.length; index += 1) {
    const remaining = integer.length - index;
    out += integer[index];
    if (remaining > 1 && remaining % 3 === 1) out += separator;
  }
  return out;
}

/**
 * Formats cents for people: `de` → "45.934,20 €", `en` → "€45,934.20".
 * Hand-written rather than Intl so output is identical on every ICU build (deterministic tests).
 */
export function formatEuro(cents: Cents, language: 'de' | 'en'): string {
  const negative = cents < 0;
  const absolute = Math.abs(Math.round(cents));
  const integer = String(Math.floor(absolute / 100));
  const fraction = String(absolute % 100).padStart(2, '0');
  const sign = negative ? '-' : '';
  return language === 'de'
    ? `${sign}${groupThousands(integer, '.')},${fraction} €`
    : `${sign}€${groupThousands(integer, ',')}.${fraction}`;
}
