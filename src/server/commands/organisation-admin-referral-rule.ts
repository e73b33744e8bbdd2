/**
 * The referral rule an administrator sets per organisation (issue #12 §5): answers are due within
 * `referralDueWorkingDays` working days (default 2) and `escalationEmails` are told when a
 * referral to it is overdue.
 */
import type { ConsentPurpose } from '../../domain/consent/index';
import { purposeLabels } from '../../domain/consent/vocabulary';
import { defaultReferralDeadlineSettings, dueDateOf, type ReferralDeadlineRule } from '../../domain/referrals/deadlines';
import type { Database } from '../db/client';
import { insertOutboxEmails } from '../db/repositories/notifications.repository';
import { getOrganisationReferralRule } from '../db/repositories/organisation-admin.repository';
import { findDeadlineRules } from '../db/repositories/referrals.repository';
import type { CommandContext } from './context';

/**
 * The due-date rules of a receiving organisation, most specific first: stored rules for one
 * purpose, a stored general rule, then the organisation's own rule from the administration
 * (its working days with the default reminder lead).
 */
export async function deadlineRulesOf(tx: Database, organisationId: string): Promise<ReferralDeadlineRule[]> {
  const stored = (await findDeadlineRules(tx, organisationId)).map((rule) => ({
    purpose: rule.purpose as ConsentPurpose | null,
    workingDays: rule.workingDays,
    reminderWorkingHours: rule.reminderWorkingHours,
  }));
  const organisation = await getOrganisationReferralRule(tx, organisationId);
  const own: ReferralDeadlineRule[] = organisation
    ? [{ purpose: null, workingDays: organisation.referralDueWorkingDays, reminderWorkingHours: defaultReferralDeadlineSettings.reminderWorkingHours }]
    : [];
  return [...stored, ...own];
}

type OverdueReferral = { id: string; caseReference: string; purpose: string; dueAt: Date; toOrganisationId: string };

/**
 * E-mails (through the outbox) to the escalation contacts of the receiving organisation: the case
 * reference, purpose and due day only, never the person. Returns how many were written.
 */
export async function emailEscalationContacts(tx: Database, ctx: Pick<CommandContext, 'clock' | 'config'>, referral: OverdueReferral): Promise<number> {
  const organisation = await getOrganisationReferralRule(tx, referral.toOrganisationId);
  const addresses = organisation?.escalationEmails ?? [];
  if (!organisation || addresses.length === 0) return 0;
  const now = ctx.clock.now();
  const base = ctx.config.http.publicUrl ?? `http://localhost:${ctx.config.http.port}`;
  const purpose = purposeLabels[referral.purpose as ConsentPurpose] ?? { de: referral.purpose, en: referral.purpose };
  const due = dueDateOf(referral.dueAt.getTime());
  const link = `${base}/weiterleitungen/${referral.id}`;
  const body =
    `Eine Weiterleitung an ${organisation.name} ist überfällig.\n\nFall: ${referral.caseReference}\nZweck: ${purpose.de}\nFällig am: ${due}\n\n${link}\n\n` +
    `---\n\nA referral to ${organisation.name} is overdue.\n\nCase: ${referral.caseReference}\nPurpose: ${purpose.en}\nDue on: ${due}\n\n${link}\n`;
  await insertOutboxEmails(
    tx,
    addresses.map((toAddress) => ({
      toAddress,
      subject: `Lotse: Eskalation: Weiterleitung überfällig / Escalation: referral overdue (${referral.caseReference})`,
      body,
      createdAt: now,
      nextAttemptAt: now,
    })),
  );
  return addresses.length;
}
