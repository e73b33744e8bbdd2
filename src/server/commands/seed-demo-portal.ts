import { recordAudit } from '../audit/record-audit';
import { findDemoMainPerson, findPortalAccount, insertPortalAccount } from '../db/repositories/portal-accounts.repository';
import { findUserByEmail } from '../db/repositories/users.repository';
import { DEMO_APPLICANT } from '../generate/demo-applicant';
import type { CommandContext } from './context';

/**
 * Links the demo applicant's account to the main person of their demo case, as a redeemed portal
 * invitation would (ADR 0016). Idempotent; nothing happens without the demo case.
 */
export async function seedDemoPortal(ctx: CommandContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, DEMO_APPLICANT.email);
    const person = await findDemoMainPerson(tx, DEMO_APPLICANT.givenName, DEMO_APPLICANT.familyName);
    if (!user || !person || (await findPortalAccount(tx, user.id))) return;
    await insertPortalAccount(tx, { userId: user.id, caseId: person.caseId, personId: person.id, createdAt: ctx.clock.now() });
    await recordAudit(tx, ctx, { action: 'portal.account_linked', subjectType: 'case', subjectId: person.caseId, details: { demo: true } });
  });
}
