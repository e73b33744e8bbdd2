/**
 * Matching ISCO-08 codes against statutory occupation groups (e.g. "25" ICT professionals,
 * "221" medical doctors). A code belongs to a group when it starts with the group code. A code
 * coarser than a group ("22" against "221") cannot be decided and yields `unknown`.
 */
import type { ConditionStatus } from './types';

export type IscoMatcher = {
  readonly codes: readonly string[];
  readonly legalRef: string;
  /** met: in a group; not_met: in none; unknown: code missing or too coarse to decide. */
  readonly match: (code: string | undefined) => ConditionStatus;
};

export function createIscoMatcher(codes: readonly string[], legalRef: string): IscoMatcher {
  return {
    codes,
    legalRef,
    match(code) {
      if (code === undefined) return 'unknown';
      let coarse = false;
      for (const group of codes) {
        if (code.startsWith(group)) return 'met';
        if (group.startsWith(code)) coarse = true;
      }
      return coarse ? 'unknown' : 'not_met';
    },
  };
}
