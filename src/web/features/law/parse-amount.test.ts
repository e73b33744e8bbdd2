import { describe, expect, it } from 'vitest';
import { parseAmount } from './parse-amount';

describe('parseAmount', () => {
  it.each([
    ['105.600,00', 105600],
    ['105600', 105600],
    ['1.091', 1091],
    ['1091,5', 1091.5],
    ['1.091,50 €', 1091.5],
    ['105,600.00', 105600],
    ['1091.5', 1091.5],
    [' 50 000 ', 50000],
  ])('reads %s as %d', (text, value) => expect(parseAmount(text)).toBe(value));

  it.each(['', 'abc', '-5', '1,2,3', '10.5.3', '1.0915', '12,345', '1e5'])('refuses %s', (text) => expect(parseAmount(text)).toBeNull());
});
