import type { ConsentPurpose, DataCategory } from './vocabulary';

/** What a coverage decision needs to know about a declaration. Instants, no time zones. */
export type ConsentForCoverage = {
  id: string;
  purposes: readonly ConsentPurpose[];
  recipientOrganisationIds: readonly string[];
  dataCategories: readonly DataCategory[];
  givenAt: Date;
  /** null: valid until withdrawn. The declaration is valid strictly before this instant. */
  validUntil: Date | null;
  withdrawnAt: Date | null;
};

export type ConsentState = 'valid' | 'not_yet_given' | 'withdrawn' | 'expired';

/**
 * The state of a declaration at instant `at`. Withdrawal wins over expiry (it is the person's own act),
 * and a withdrawal is effective from its own instant on: the very next request sees it.
 */
export function consentStateAt(consent: Pick<ConsentForCoverage, 'givenAt' | 'validUntil' | 'withdrawnAt'>, at: Date): ConsentState {
  if (consent.withdrawnAt && consent.withdrawnAt.getTime() <= at.getTime()) return 'withdrawn';
  if (at.getTime() < consent.givenAt.getTime()) return 'not_yet_given';
  if (consent.validUntil && consent.validUntil.getTime() <= at.getTime()) return 'expired';
  return 'valid';
}

export type CoverageRequest = {
  recipientOrganisationId: string;
  purpose: ConsentPurpose;
  /** The categories asked for; omitted: any category at all (the referral itself). */
  categories?: readonly DataCategory[];
  at: Date;
};

export type CoverageRefusal = 'withdrawn' | 'expired' | 'not_yet_given' | 'recipient_not_covered' | 'purpose_not_covered' | 'no_category';

export type Coverage =
  | { covered: true; consentId: string; categories: DataCategory[] }
  | { covered: false; consentId: string; reason: CoverageRefusal };

/**
 * Does consent C cover recipient R for purpose P (and which of the asked categories K) at time T?
 * The answer grants only the intersection of asked and consented categories: a category the person
 * did not consent to is never part of a covered answer.
 */
export function consentCoverage(consent: ConsentForCoverage, request: CoverageRequest): Coverage {
  const state = consentStateAt(consent, request.at);
  if (state !== 'valid') return { covered: false, consentId: consent.id, reason: state };
  if (!consent.recipientOrganisationIds.includes(request.recipientOrganisationId)) {
    return { covered: false, consentId: consent.id, reason: 'recipient_not_covered' };
  }
  if (!consent.purposes.includes(request.purpose)) return { covered: false, consentId: consent.id, reason: 'purpose_not_covered' };
  const asked = request.categories ?? consent.dataCategories;
  const categories = asked.filter((category) => consent.dataCategories.includes(category));
  if (categories.length === 0) return { covered: false, consentId: consent.id, reason: 'no_category' };
  return { covered: true, consentId: consent.id, categories: [...new Set(categories)] };
}

/** Human-readable explanation of a refusal (API messages; English like every API message). */
export const coverageRefusalText: Record<CoverageRefusal, string> = {
  withdrawn: 'the consent has been withdrawn',
  expired: 'the consent has expired',
  not_yet_given: 'the consent is not yet in force',
  recipient_not_covered: 'the consent does not name the receiving organisation',
  purpose_not_covered: 'the consent does not cover this purpose',
  no_category: 'the consent covers none of the data categories asked for',
};
