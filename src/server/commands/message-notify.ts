import { isPortalLanguage, type PortalLanguage } from '../../domain/portal/languages';
import type { Database } from '../db/client';
import { findCaseStaffOf, findPortalRecipients } from '../db/repositories/messages.repository';
import { findUsersByIds, insertNotifications, insertOutboxEmails } from '../db/repositories/notifications.repository';
import type { CommandContext } from './context';

/** The in-app notification kind of a new message from the person (staff inbox). */
export const messageNotificationKind = 'message.received';

/**
 * E-mails to the person about a new message: no content, no name, only that there is a message and
 * where to read it, in the language of the person's portal invitation (or account).
 */
const personEmail: Record<PortalLanguage, { subject: string; text: string }> = {
  de: { subject: 'Sie haben eine neue Nachricht', text: 'Sie haben eine neue Nachricht in Lotse. Sie können sie hier lesen:' },
  en: { subject: 'You have a new message', text: 'You have a new message in Lotse. You can read it here:' },
  ar: { subject: 'لديك رسالة جديدة', text: 'لديك رسالة جديدة في Lotse. يمكنك قراءتها هنا:' },
  tr: { subject: 'Yeni bir mesajınız var', text: 'Lotse’de yeni bir mesajınız var. Buradan okuyabilirsiniz:' },
  uk: { subject: 'У вас нове повідомлення', text: 'У вас нове повідомлення в Lotse. Прочитати його можна тут:' },
  fr: { subject: 'Vous avez un nouveau message', text: 'Vous avez un nouveau message dans Lotse. Vous pouvez le lire ici :' },
};

const staffEmail = {
  de: { subject: 'Neue Nachricht im Fall', text: 'Eine neue Nachricht der Person ist im Fall eingegangen:' },
  en: { subject: 'New message in case', text: 'The person has sent a new message in the case:' },
};

const baseUrl = (ctx: Pick<CommandContext, 'config'>) => ctx.config.http.publicUrl ?? `http://localhost:${ctx.config.http.port}`;

/** The language of a person's e-mail: their invitation's, else their account's, else German. */
export function personLanguage(invitationLanguage: string | null, locale: string | null): PortalLanguage {
  if (isPortalLanguage(invitationLanguage)) return invitationLanguage;
  if (isPortalLanguage(locale)) return locale;
  return 'de';
}

/** A staff message: e-mail (outbox) to the portal accounts that see it. */
export async function notifyPerson(tx: Database, ctx: Pick<CommandContext, 'clock' | 'config'>, caseId: string, personId: string | null): Promise<number> {
  const recipients = await findPortalRecipients(tx, caseId, personId);
  const now = ctx.clock.now();
  const link = `${baseUrl(ctx)}/mein-weg/nachrichten`;
  await insertOutboxEmails(
    tx,
    recipients.map((recipient) => {
      const words = personEmail[personLanguage(recipient.invitationLanguage, recipient.locale)];
      return { toAddress: recipient.email, subject: `Lotse: ${words.subject}`, body: `${words.text}\n\n${link}\n`, createdAt: now, nextAttemptAt: now };
    }),
  );
  return recipients.length;
}

/**
 * A message from the person: an in-app notification and an e-mail (no content, the case reference
 * and a link) to the case's navigator, or to the case staff of the owner organisation without one.
 */
export async function notifyStaff(
  tx: Database,
  ctx: Pick<CommandContext, 'clock' | 'config'>,
  record: { id: string; reference: string; navigatorUserId: string | null; ownerOrganisationId: string },
  messageId: string,
): Promise<number> {
  const people = record.navigatorUserId ? await findUsersByIds(tx, [record.navigatorUserId]) : await findCaseStaffOf(tx, record.ownerOrganisationId);
  const now = ctx.clock.now();
  const data = { caseId: record.id, caseReference: record.reference, messageId };
  await insertNotifications(
    tx,
    people.map((user) => ({ userId: user.id, kind: messageNotificationKind, referralId: null, data, createdAt: now })),
  );
  const link = `${baseUrl(ctx)}/faelle/${record.id}#nachrichten`;
  await insertOutboxEmails(
    tx,
    people.map((user) => {
      const words = staffEmail[user.locale === 'en' ? 'en' : 'de'];
      return { toAddress: user.email, subject: `Lotse: ${words.subject} ${record.reference}`, body: `${words.text} ${record.reference}\n\n${link}\n`, createdAt: now, nextAttemptAt: now };
    }),
  );
  return people.length;
}
