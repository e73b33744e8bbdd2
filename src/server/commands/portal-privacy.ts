import type { AccessLog, AccessLogEntry, ConsentPreview, ConsentPreviewBody, RecipientProposal } from '../../contract/portal-privacy';
import { consentPurposes, currentConsentTextVersionId, findConsentTextVersion, renderConsentText, type ConsentPurpose, type Language } from '../../domain/consent/index';
import type { ServiceId } from '../../domain/network/services';
import { recordAudit } from '../audit/record-audit';
import { findConsentsOfCase, findOrganisationsByIds, type ConsentWithNames } from '../db/repositories/consents.repository';
import type { PortalAccount } from '../db/repositories/portal-accounts.repository';
import { findCaseOrganisations, findCasePlaceAgs, findPersonAccessLog, type AccessLogRow } from '../db/repositories/portal-privacy.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import { describeAuditAction } from './portal-privacy-words';
import { findResponsibility } from './find-responsibility';
import { loadPortalAccount, selfServicePurpose } from './portal-access';

/** The person's own consents (the main person's own; a family member's own), newest first; audited as self-service. */
export async function findMyConsents(ctx: CommandContext): Promise<{ account: PortalAccount; items: ConsentWithNames[] }> {
  return ctx.db.transaction(async (tx) => {
    const { account } = await loadPortalAccount(tx, ctx);
    const items = (await findConsentsOfCase(tx, account.caseId)).filter((consent) => consent.personId === account.personId);
    await recordAudit(tx, ctx, {
      action: 'portal.consents_read',
      subjectType: 'case',
      subjectId: account.caseId,
      purpose: selfServicePurpose,
      details: { personId: account.personId, consentIds: items.map((item) => item.id) },
    });
    return { account, items };
  });
}

/** The services of the responsibility finder that answer each consent purpose. */
const purposeServices: Record<ConsentPurpose, ServiceId[]> = {
  recognition_counselling: ['recognition_counselling'],
  job_matching: ['employer_service'],
  accelerated_procedure: ['accelerated_procedure'],
  residence_permit: ['residence_permit'],
  integration_support: ['welcome_counselling', 'migration_counselling_adults'],
  // The employer is proposed as an organisation involved in the case; no finder service answers it.
  employer_status: [],
};

/**
 * Recipients to propose for a new consent: the organisations involved in the case, and those the
 * responsibility finder names for the person's place (where the office of the case sits), each with
 * the purposes it is responsible for. Reading the case's organisations is audited as self-service.
 */
export async function proposeConsentRecipients(ctx: CommandContext): Promise<RecipientProposal[]> {
  const { involved, ags } = await ctx.db.transaction(async (tx) => {
    const { account } = await loadPortalAccount(tx, ctx);
    const found = { involved: await findCaseOrganisations(tx, account.caseId), ags: await findCasePlaceAgs(tx, account.caseId) };
    await recordAudit(tx, ctx, { action: 'portal.consent_recipients_read', subjectType: 'case', subjectId: account.caseId, purpose: selfServicePurpose, details: { personId: account.personId } });
    return found;
  });
  const proposals = new Map<string, RecipientProposal>();
  for (const organisation of involved) proposals.set(organisation.id, { ...organisation, involved: true, purposes: [] });
  if (ags) {
    for (const purpose of consentPurposes) {
      for (const service of purposeServices[purpose]) {
        // The finder reads no personal data (organisations only), outside the transaction.
        const answer = await findResponsibility(ctx, { ags, service }).catch(() => null);
        for (const organisation of (answer?.organisations ?? []).slice(0, 2)) {
          const proposal = proposals.get(organisation.id) ?? { id: organisation.id, name: organisation.name, kind: organisation.kind, involved: false, purposes: [] };
          if (!proposal.purposes.includes(purpose)) proposal.purposes.push(purpose);
          proposals.set(organisation.id, proposal);
        }
      }
    }
  }
  return [...proposals.values()].sort((a, b) => Number(b.involved) - Number(a.involved) || a.name.localeCompare(b.name, 'de'));
}

/** The language a wording is shown in: the person's, else English, else German. */
function wordingLanguage(available: readonly string[], wanted: string): Language {
  const base = wanted.toLowerCase().split('-')[0] ?? '';
  const chosen = [base, 'en', 'de'].find((language) => available.includes(language)) ?? 'de';
  return chosen as Language;
}

/** The full consent text for the chosen recipients, purposes and categories, in the person's language. */
export async function previewConsent(ctx: CommandContext, input: ConsentPreviewBody): Promise<ConsentPreview> {
  const recipients = await ctx.db.transaction(async (tx) => {
    await loadPortalAccount(tx, ctx);
    return findOrganisationsByIds(tx, input.recipientOrganisationIds);
  });
  if (recipients.length !== input.recipientOrganisationIds.length) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { recipientOrganisationIds: 'contains an unknown organisation' });
  }
  const version = findConsentTextVersion(currentConsentTextVersionId);
  if (!version) throw new Error('the current consent wording is missing');
  const language = wordingLanguage(Object.keys(version.text), input.language);
  const byId = new Map(recipients.map((recipient) => [recipient.id, recipient.name]));
  const text = renderConsentText(version, language, {
    recipients: input.recipientOrganisationIds.map((id) => byId.get(id) ?? id),
    purposes: input.purposes,
    categories: input.dataCategories,
    validUntil: null,
  });
  return { textVersion: version.id, language, title: text.title, paragraphs: text.paragraphs };
}

function presentEntry(row: AccessLogRow, account: PortalAccount): AccessLogEntry {
  const words = describeAuditAction(row.action);
  const who: AccessLogEntry['who'] =
    row.actorUserId === account.userId
      ? { kind: 'self' }
      : row.organisationId && row.organisationName
        ? { kind: 'organisation', organisationId: row.organisationId, name: row.organisationName }
        : row.actorUserId
          ? { kind: 'portal' }
          : { kind: 'system' };
  return { id: String(row.id), at: new Date(row.at).toISOString(), who, purpose: row.purpose, access: words.access, subject: words.subject };
}

/**
 * "Who has seen my data": the audit entries about the person's case, the person, their consents and
 * the referrals under them, newest first, in words; never the names of staff. The read is audited.
 */
export async function findMyAccessLog(ctx: CommandContext, query: { page: number; pageSize: number }): Promise<AccessLog> {
  return ctx.db.transaction(async (tx) => {
    const { account } = await loadPortalAccount(tx, ctx);
    // Recorded first, so the person's own look at the log is part of what they see.
    await recordAudit(tx, ctx, { action: 'portal.access_log_read', subjectType: 'case', subjectId: account.caseId, purpose: selfServicePurpose, details: { personId: account.personId, page: query.page } });
    const { rows, total } = await findPersonAccessLog(tx, account.caseId, account.personId, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
    return {
      caseId: account.caseId,
      personId: account.personId,
      relation: account.relation,
      items: rows.map((row) => presentEntry(row, account)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
