import type { AccountLinkPurpose } from '../../domain/identity/user-administration';
import type { Database } from '../db/client';
import { findAccountLink, type AccountLinkRow } from '../db/repositories/user-admin.repository';
import { AppError } from '../errors';
import { sha256Hex } from '../security/tokens';
import type { CommandContext } from './context';

/** The link if it can still be used; otherwise NOT_FOUND, LINK_USED or LINK_EXPIRED. */
export async function usableAccountLink(db: Database, token: string, now: Date, options: { lock: boolean }): Promise<AccountLinkRow> {
  const link = await findAccountLink(db, sha256Hex(token), options);
  if (!link) throw new AppError('NOT_FOUND', 'This link is not known.');
  if (link.usedAt) throw new AppError('LINK_USED', 'This link has been used already.');
  if (link.expiresAt.getTime() <= now.getTime()) throw new AppError('LINK_EXPIRED', 'This link has expired or was replaced by a newer one.');
  return link;
}

/** What a one-time link is for and until when it works; nothing about the person. */
export async function getUserAccountLink(ctx: CommandContext, token: string): Promise<{ purpose: AccountLinkPurpose; expiresAt: Date }> {
  const link = await usableAccountLink(ctx.db, token, ctx.clock.now(), { lock: false });
  return { purpose: link.purpose as AccountLinkPurpose, expiresAt: link.expiresAt };
}
