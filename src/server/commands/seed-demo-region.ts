import { recordAudit } from '../audit/record-audit';
import { upsertOrganisationBySlug } from '../db/repositories/organisations.repository';
import { findUserByEmail, upsertUserByEmail } from '../db/repositories/users.repository';
import { hashPassword } from '../security/passwords';
import { demoPassword, loadDemoOrganisations, loadDemoUsers } from '../seed/demo-region';
import type { CommandContext } from './context';

/**
 * Idempotent seed of the demo region: organisations by slug, users by e-mail. Running it
 * again updates names and roles but keeps ids, so sessions and references survive.
 */
export async function seedDemoRegion(ctx: CommandContext): Promise<{ organisations: number; users: number }> {
  const [organisations, users] = await Promise.all([loadDemoOrganisations(), loadDemoUsers()]);
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
      const row = await upsertOrganisationBySlug(tx, { ...organisation });
      idBySlug.set(row.slug, row.id);
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
    await recordAudit(tx, ctx, {
      action: 'system.demo_seeded',
      subjectType: 'system',
      details: { organisations: organisations.length, users: users.length },
    });
  });
  return { organisations: organisations.length, users: users.length };
}
