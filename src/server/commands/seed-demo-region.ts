import { recordAudit } from '../audit/record-audit';
import { upsertSeedService } from '../db/repositories/organisation-services.repository';
import { upsertOrganisationBySlug } from '../db/repositories/organisations.repository';
import { insertSeedAgreement } from '../db/repositories/demo-agreements.repository';
import { loadDemoAgreements } from '../seed/demo-agreements';
import { seedDemoReferrals } from './seed-demo-referrals';
import { seedDemoPortal } from './seed-demo-portal';
import { seedDemoObstacles } from './obstacle-reports/seed-demo-obstacles';
import { findUserByEmail, upsertUserByEmail } from '../db/repositories/users.repository';
import { hashPassword } from '../security/passwords';
import { demoPassword, loadDemoOrganisations, loadDemoUsers } from '../seed/demo-region';
import { demoApplicantCase } from '../generate/demo-applicant';
import type { CommandContext } from './context';
import { generateCases } from './generate-cases';
import { seedKnowledgeArticles } from './seed-knowledge-articles';
import { seedLearning } from './seed-learning';
import { seedDemoShortage } from './shortage/seed-demo-shortage';

/**
 * "A few hundred synthetic cases at every stage" (PRODUCT.md), always the same ones: 600 over four
 * years, so that most monthly and per-authority figures of the steering dashboards reach the
 * disclosure threshold of 5 (with 300, most months fell below it).
 */
export const DEMO_CASES = 600;
export const DEMO_CASES_SEED = 'demo-region';

/**
 * Idempotent seed of the demo region: organisations by slug, users by e-mail, and synthetic cases
 * (with the demo applicant's own) only while the database has no case at all. Running it again
 * updates names and roles but keeps ids, so sessions and references survive. `cases: false` seeds
 * organisations and accounts only (tests that count cases from zero).
 */
export async function seedDemoRegion(
  ctx: CommandContext,
  options: { cases?: boolean } = {},
): Promise<{ organisations: number; users: number; cases: number }> {
  const [organisations, users, agreements] = await Promise.all([loadDemoOrganisations(), loadDemoUsers(), loadDemoAgreements()]);
  // Hash outside the transaction (argon2 is slow on purpose and must not hold the database), and
  // only for accounts without a password yet, so a restart does not spend time re-hashing.
  const passwordHashes = new Map<string, string | null>();
  let demoHash: string | undefined;
  for (const user of users) {
    const existing = await findUserByEmail(ctx.db, user.email);
    if (existing?.passwordHash) {
      passwordHashes.set(user.email, existing.passwordHash);
      continue;
    }
    // The demo password is public, so one hash (one salt) for all demo accounts reveals nothing.
    demoHash ??= await hashPassword(demoPassword);
    passwordHashes.set(user.email, demoHash);
  }
  await ctx.db.transaction(async (tx) => {
    const idBySlug = new Map<string, string>();
    for (const organisation of organisations) {
      const { services, ...fields } = organisation;
      const row = await upsertOrganisationBySlug(tx, fields);
      idBySlug.set(row.slug, row.id);
      for (const service of services) {
        await upsertSeedService(tx, {
          organisationId: row.id,
          serviceId: service.service,
          eligibility: service.eligibility,
          howToReach: service.howToReach,
          languages: service.languages,
          areaAgs: service.areaAgs ?? null,
          capacity: service.capacity,
          capacityUpdatedOn: service.capacityUpdatedOn,
        });
      }
    }
    for (const user of users) {
      const organisationId = user.organisation ? idBySlug.get(user.organisation) : null;
      if (organisationId === undefined) throw new Error(`demo user ${user.email}: unknown organisation ${user.organisation}`);
      await upsertUserByEmail(tx, {
        email: user.email,
        name: user.name,
        roles: user.roles,
        organisationId,
        locale: user.locale,
        passwordHash: passwordHashes.get(user.email) ?? null,
        isActive: true,
      });
    }
    // Declared cooperation agreements of the network map (idempotent by slug, people's changes kept).
    for (const { partners, ...agreement } of agreements) {
      const partnerIds = partners.map((slug) => idBySlug.get(slug));
      if (partnerIds.some((id) => id === undefined)) throw new Error(`demo agreement ${agreement.slug}: unknown organisation among ${partners.join(', ')}`);
      await insertSeedAgreement(tx, { ...agreement, partnerIds: partnerIds as string[] });
    }
    await recordAudit(tx, ctx, {
      action: 'system.demo_seeded',
      subjectType: 'system',
      details: { organisations: organisations.length, users: users.length },
    });
  });
  // Courses, lessons, quizzes and onboarding paths of seed/learning (idempotent by slug).
  await seedLearning(ctx);
  // Published knowledge articles of seed/knowledge/articles (idempotent by slug).
  await seedKnowledgeArticles(ctx);
  // The demo Engpassanalyse (marked as demo data), unless an analysis was imported already.
  await seedDemoShortage(ctx);
  const generated =
    options.cases === false
      ? null
      : await generateCases(ctx, { cases: DEMO_CASES, seed: DEMO_CASES_SEED, onlyIfEmpty: true, extraCases: demoApplicantCase });
  const cases = generated && !('skipped' in generated) ? generated.cases : 0;
  // Referrals between the organisations, so the network map has flows to show (only with new cases).
  if (cases > 0) await seedDemoReferrals(ctx, { seed: DEMO_CASES_SEED });
  // The demo applicant's portal access to their own case (as a redeemed invitation would give).
  if (cases > 0) await seedDemoPortal(ctx);
  // Obstacles reported without a case and cleared case texts, so the steering body's moderation has something to show.
  if (cases > 0) await seedDemoObstacles(ctx);
  return { organisations: organisations.length, users: users.length, cases };
}
