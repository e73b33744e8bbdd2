import { recordAudit } from '../audit/record-audit';
import { findActiveStaff, findCasesWithMainPerson, findOrganisationsBySlug, hasAnyReferral, insertDemoReferrals } from '../db/repositories/demo-referrals.repository';
import { demoReferralRows } from '../generate/demo-referrals';
import type { CommandContext } from './context';

/**
 * Writes the demo region's referral flows (generate/demo-referrals.ts) into a network that has
 * cases but no referral yet; deterministic for the same seed, day and rows. Audited as one system
 * entry, like the generated cases: the synthetic history is nobody's personal data.
 */
export async function seedDemoReferrals(ctx: CommandContext, options: { seed: string }): Promise<{ referrals: number }> {
  return ctx.db.transaction(async (tx) => {
    if (await hasAnyReferral(tx)) return { referrals: 0 };
    const [organisations, caseRows, staff] = await Promise.all([findOrganisationsBySlug(tx), findCasesWithMainPerson(tx), findActiveStaff(tx)]);
    const casesByOwner = new Map<string, { id: string; personId: string; createdAt: number }[]>();
    for (const row of caseRows) {
      const list = casesByOwner.get(row.ownerOrganisationId) ?? [];
      list.push({ id: row.id, personId: row.personId, createdAt: row.createdAt.getTime() });
      casesByOwner.set(row.ownerOrganisationId, list);
    }
    const staffByOrganisation = new Map<string, string[]>();
    for (const user of staff) {
      if (!user.organisationId || user.roles.includes('applicant') || user.roles.includes('employer')) continue;
      const list = staffByOrganisation.get(user.organisationId) ?? [];
      list.push(user.id);
      staffByOrganisation.set(user.organisationId, list);
    }
    const rows = demoReferralRows(options.seed, ctx.clock.now().getTime(), {
      organisations,
      casesOf: (id) => casesByOwner.get(id) ?? [],
      staffOf: (id) => staffByOrganisation.get(id) ?? [],
    });
    await insertDemoReferrals(tx, rows);
    await recordAudit(tx, ctx, { action: 'system.demo_referrals_seeded', subjectType: 'system', details: { referrals: rows.referrals.length } });
    return { referrals: rows.referrals.length };
  });
}
