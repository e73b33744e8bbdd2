import { consentLegalBasis } from '../../domain/consent/vocabulary';
import { currentConsentTextVersionId } from '../../domain/consent/consent-texts';
import { recordAudit } from '../audit/record-audit';
import { insertConsent } from '../db/repositories/consents.repository';
import { findOrganisationIdBySlug, hasEmployerStatusConsent, setCaseEmployer } from '../db/repositories/employer.repository';
import { findDemoMainPerson, findPortalAccount, insertPortalAccount } from '../db/repositories/portal-accounts.repository';
import { findUserByEmail } from '../db/repositories/users.repository';
import { DEMO_APPLICANT } from '../generate/demo-applicant';
import type { CommandContext } from './context';

/** The demo employer (seed/demo/users.json: employer@demo.example) the demo applicant shares their status with. */
export const DEMO_EMPLOYER_SLUG = 'employer-neckarwerk';

/**
 * Links the demo applicant's account to the main person of their demo case, as a redeemed portal
 * invitation would (ADR 0016), and makes the demo employer the case's employer with a consent
 * `employer_status` to it, so the employer's portal shows one hire. Idempotent (one audit entry
 * when anything changed); nothing happens without the demo case.
 */
export async function seedDemoPortal(ctx: CommandContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, DEMO_APPLICANT.email);
    const person = await findDemoMainPerson(tx, DEMO_APPLICANT.givenName, DEMO_APPLICANT.familyName);
    if (!user || !person) return;
    const now = ctx.clock.now();
    const details: Record<string, unknown> = { demo: true };
    if (!(await findPortalAccount(tx, user.id))) {
      await insertPortalAccount(tx, { userId: user.id, caseId: person.caseId, personId: person.id, createdAt: now });
      details.accountLinked = true;
    }
    const employerId = await findOrganisationIdBySlug(tx, DEMO_EMPLOYER_SLUG);
    if (employerId && !(await hasEmployerStatusConsent(tx, person.caseId, employerId))) {
      await setCaseEmployer(tx, person.caseId, employerId, now);
      const consent = await insertConsent(tx, {
        caseId: person.caseId,
        personId: person.id,
        purposes: ['employer_status'],
        recipientOrganisationIds: [employerId],
        dataCategories: ['employment'],
        legalBasis: consentLegalBasis,
        textVersion: currentConsentTextVersionId,
        language: 'en',
        method: 'portal',
        givenAt: now,
      });
      details.employerStatusConsentId = consent.id;
    }
    if (Object.keys(details).length === 1) return;
    await recordAudit(tx, ctx, { action: 'portal.account_linked', subjectType: 'case', subjectId: person.caseId, details });
  });
}
