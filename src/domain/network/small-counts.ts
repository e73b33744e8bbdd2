/**
 * Counts from 1 to 4 are never shown (../shared/CONTRACT.md, statistics): they could point to a
 * person. 0 and 5 or more are shown as they are.
 */
export const SMALL_COUNT_LIMIT = 5;

export type SuppressedCount = { value: number | null; suppressed: boolean };

export function suppressSmall(count: number): SuppressedCount {
  return count > 0 && count < SMALL_COUNT_LIMIT ? { value: null, suppressed: true } : { value: count, suppressed: false };
}
