import { accountLinkValidityDays, type AccountLinkPurpose } from '../../domain/identity/user-administration';
import type { Database } from '../db/client';
import { insertOutboxEmails } from '../db/repositories/notifications.repository';
import { expireOpenLinksOfUser, insertAccountLink } from '../db/repositories/user-admin.repository';
import { randomToken, sha256Hex } from '../security/tokens';
import type { CommandContext } from './context';

type Person = { id: string; email: string; name: string; locale: string };

const texts = {
  invitation: {
    de: {
      subject: 'Lotse: Einladung zu Ihrem Zugang',
      body: (name: string, link: string, until: string) =>
        `Guten Tag ${name},\n\nSie wurden zu Lotse, dem Arbeitsplatz des Fachkräftenetzwerks, eingeladen.\nÜber diesen Link legen Sie Ihr Passwort fest und melden sich danach an:\n\n${link}\n\nDer Link gilt einmal und bis ${until}. Wenn Sie keine Einladung erwartet haben, müssen Sie nichts tun.\n`,
    },
    en: {
      subject: 'Lotse: your invitation',
      body: (name: string, link: string, until: string) =>
        `Hello ${name},\n\nyou have been invited to Lotse, the workplace of the skilled-immigration network.\nUse this link to set your password, then sign in:\n\n${link}\n\nThe link works once and until ${until}. If you did not expect an invitation, you need not do anything.\n`,
    },
  },
  password_reset: {
    de: {
      subject: 'Lotse: Passwort neu festlegen',
      body: (name: string, link: string, until: string) =>
        `Guten Tag ${name},\n\nfür Ihren Zugang zu Lotse wurde ein neues Passwort angefordert.\nÜber diesen Link legen Sie es fest:\n\n${link}\n\nDer Link gilt einmal und bis ${until}. Ihr bisheriges Passwort gilt, bis Sie ein neues festlegen.\n`,
    },
    en: {
      subject: 'Lotse: set a new password',
      body: (name: string, link: string, until: string) =>
        `Hello ${name},\n\na new password was requested for your Lotse account.\nUse this link to set it:\n\n${link}\n\nThe link works once and until ${until}. Your current password stays valid until you set a new one.\n`,
    },
  },
} as const;

/**
 * Issues a one-time link for the person (earlier open links run out), stores only its SHA-256,
 * and puts the e-mail with the link into the outbox, all in the caller's transaction.
 */
export async function issueAccountLink(tx: Database, ctx: CommandContext, person: Person, purpose: AccountLinkPurpose): Promise<{ expiresAt: Date }> {
  const now = ctx.clock.now();
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + accountLinkValidityDays[purpose] * 86_400_000);
  await expireOpenLinksOfUser(tx, person.id, now);
  await insertAccountLink(tx, { tokenHash: sha256Hex(token), purpose, userId: person.id, createdBy: ctx.actor?.userId ?? null, createdAt: now, expiresAt });
  const language = person.locale === 'en' ? 'en' : 'de';
  const base = ctx.config.http.publicUrl ?? `http://localhost:${ctx.config.http.port}`;
  const until = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(expiresAt);
  const text = texts[purpose][language];
  await insertOutboxEmails(tx, [
    { toAddress: person.email, subject: text.subject, body: text.body(person.name, `${base}/konto/link/${token}`, until), createdAt: now, nextAttemptAt: now },
  ]);
  return { expiresAt };
}
