import { claimCasesPastRetention, findPersonsOfCase, getErasure } from '../db/repositories/data-subject.repository';
import { findConsentIdsEndedWithLiveReferrals } from '../db/repositories/consents.repository';
import type { CommandContext } from './context';
import { anonymise } from './erase-person';
import { endReferralsOfConsent } from './withdraw-consent';

const DAY_MS = 86_400_000;

/**
 * Anonymises closed cases whose last change lies longer ago than the retention period
 * (LOTSE_RETENTION_DAYS), except cases under a legal hold. Cases are claimed with SKIP LOCKED, so
 * two workers never anonymise the same one.
 */
export async function anonymiseCasesPastRetention(ctx: CommandContext, batchSize = 10): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - ctx.config.retention.closedCaseDays * DAY_MS);
  return ctx.db.transaction(async (tx) => {
    const caseIds = await claimCasesPastRetention(tx, cutoff, batchSize);
    let persons = 0;
    for (const caseId of caseIds) {
      for (const person of await findPersonsOfCase(tx, caseId)) {
        if (await getErasure(tx, person.id)) continue;
        await anonymise(tx, ctx, caseId, person.id, person.relation === 'main', 'retention');
        persons += 1;
      }
    }
    return persons;
  });
}

/** Ends live referrals whose consent ran out (withdrawals end them at once, in withdraw-consent.ts). */
export async function expireReferralsOfEndedConsents(ctx: CommandContext): Promise<number> {
  const consentIds = await findConsentIdsEndedWithLiveReferrals(ctx.db, ctx.clock.now(), 50);
  let ended = 0;
  for (const consentId of consentIds) {
    ended += (await ctx.db.transaction((tx) => endReferralsOfConsent(tx, ctx, consentId, 'consent_expired'))).length;
  }
  return ended;
}
