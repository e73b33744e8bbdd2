import type { ConsentPurpose } from '../../domain/consent/vocabulary';
import { purposeLabels } from '../../domain/consent/vocabulary';
import { dueDateOf } from '../../domain/referrals/deadlines';
import type { Database } from '../db/client';
import { findActiveUsersOfOrganisations, findUsersByIds, insertNotifications, insertOutboxEmails } from '../db/repositories/notifications.repository';
import { referralStaffRoles } from '../policies/referral.policy';
import type { CommandContext } from './context';

export type NotificationKind =
  | 'referral.received'
  | 'referral.reminder'
  | 'referral.escalated'
  | 'referral.answered'
  | 'referral.queried'
  | 'referral.replied'
  | 'referral.rejected'
  | 'referral.revoked'
  | 'referral.expired';

type ReferralForNotice = { id: string; caseReference: string; purpose: string; dueAt: Date };
export type NoticeRecipients = { organisationIds?: string[]; userIds?: string[] };

const subjects: Record<NotificationKind, { de: string; en: string }> = {
  'referral.received': { de: 'Neue Weiterleitung', en: 'New referral' },
  'referral.reminder': { de: 'Erinnerung: Weiterleitung bald fällig', en: 'Reminder: referral due soon' },
  'referral.escalated': { de: 'Eskalation: Weiterleitung überfällig', en: 'Escalation: referral overdue' },
  'referral.answered': { de: 'Weiterleitung beantwortet', en: 'Referral answered' },
  'referral.queried': { de: 'Rückfrage zu einer Weiterleitung', en: 'Question about a referral' },
  'referral.replied': { de: 'Antwort auf Ihre Rückfrage', en: 'Reply to your question' },
  'referral.rejected': { de: 'Weiterleitung abgelehnt', en: 'Referral rejected' },
  'referral.revoked': { de: 'Weiterleitung zurückgezogen', en: 'Referral revoked' },
  'referral.expired': { de: 'Weiterleitung beendet: Einwilligung nicht mehr gültig', en: 'Referral ended: consent no longer valid' },
};

/**
 * Tells people about a referral: an in-app notification each and an e-mail each, both written in
 * the caller's transaction (the e-mail into the outbox, sent later by the worker when SMTP is
 * configured). The e-mail names the case reference and purpose only, never the person.
 */
export async function notifyAboutReferral(
  tx: Database,
  ctx: Pick<CommandContext, 'clock' | 'config'>,
  kind: NotificationKind,
  referral: ReferralForNotice,
  recipients: NoticeRecipients,
  options: { exceptUserId?: string | null } = {},
): Promise<number> {
  const byOrganisation = await findActiveUsersOfOrganisations(tx, recipients.organisationIds ?? [], referralStaffRoles);
  const byId = await findUsersByIds(tx, recipients.userIds ?? []);
  const unique = new Map([...byOrganisation, ...byId].map((user) => [user.id, user]));
  if (options.exceptUserId) unique.delete(options.exceptUserId);
  const people = [...unique.values()];
  const now = ctx.clock.now();
  const data = { caseReference: referral.caseReference, purpose: referral.purpose, dueAt: referral.dueAt.toISOString() };
  await insertNotifications(
    tx,
    people.map((user) => ({ userId: user.id, kind, referralId: referral.id, data, createdAt: now })),
  );
  const base = ctx.config.http.publicUrl ?? `http://localhost:${ctx.config.http.port}`;
  await insertOutboxEmails(
    tx,
    people.map((user) => {
      const language = user.locale === 'en' ? 'en' : 'de';
      const purpose = purposeLabels[referral.purpose as ConsentPurpose]?.[language] ?? referral.purpose;
      const due = dueDateOf(referral.dueAt.getTime());
      const body =
        language === 'de'
          ? `${subjects[kind].de}\n\nFall: ${referral.caseReference}\nZweck: ${purpose}\nFällig am: ${due}\n\n${base}/weiterleitungen/${referral.id}\n`
          : `${subjects[kind].en}\n\nCase: ${referral.caseReference}\nPurpose: ${purpose}\nDue on: ${due}\n\n${base}/weiterleitungen/${referral.id}\n`;
      return { toAddress: user.email, subject: `Lotse: ${subjects[kind][language]} (${referral.caseReference})`, body, createdAt: now, nextAttemptAt: now };
    }),
  );
  return people.length;
}
