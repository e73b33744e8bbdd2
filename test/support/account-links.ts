import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/server/db/client';
import { sqlRows } from './databases';

/** The one-time link token of the newest e-mail to this address in the outbox (`/konto/link/<token>`). */
export async function linkTokenFromOutbox(handle: DatabaseHandle, email: string): Promise<string> {
  const [mail] = await sqlRows<{ body: string }>(handle, sql`SELECT body FROM email_outbox WHERE to_address = ${email.toLowerCase()} ORDER BY created_at DESC, id DESC LIMIT 1`);
  const token = /\/konto\/link\/([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error(`no account link e-mail to ${email} in the outbox`);
  return token;
}
