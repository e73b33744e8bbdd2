import type { Role } from '../../domain/identity/roles';
import { findUsersWithOrganisation } from '../db/repositories/users.repository';
import { AppError } from '../errors';
import { demoPassword, loadDemoUsers } from '../seed/demo-region';
import type { CommandContext } from './context';

export type DemoAccount = { email: string; role: Role; name: string; organisationName: string | null };

/** The demo accounts for the sign-in page; only in demo mode, never on a real installation. */
export async function findDemoAccounts(ctx: CommandContext): Promise<{ accounts: DemoAccount[]; password: string }> {
  if (!ctx.config.demo) throw new AppError('NOT_FOUND', 'This installation has no demo accounts.');
  const [demoUsers, users] = await Promise.all([loadDemoUsers(), findUsersWithOrganisation(ctx.db, {})]);
  const byEmail = new Map(users.map((user) => [user.email, user]));
  const accounts = demoUsers.flatMap((demoUser) => {
    const user = byEmail.get(demoUser.email);
    if (!user) return [];
    return [{ email: user.email, role: demoUser.roles[0] ?? 'applicant', name: user.name, organisationName: user.organisation?.name ?? null }];
  });
  return { accounts, password: demoPassword };
}
