import type { ContactRequestDetail, ContactRequestList, ContactRequestSummary } from '../../contract/portal-entry';
import { workingDaysBetween } from '../../domain/calendar/working-days';
import type { Land } from '../../domain/identity/organisation-kinds';
import type { Profile } from '../../domain/pathway/index';
import { contactConsentTexts } from '../../domain/portal/contact-consent';
import { isPortalLanguage } from '../../domain/portal/languages';
import { recordAudit } from '../audit/record-audit';
import { berlinDate } from '../clock';
import type { Database } from '../db/client';
import {
  countOpenContactRequests,
  findContactRequests,
  getContactRequest,
  type ContactRequestRow,
} from '../db/repositories/contact-requests.repository';
import { getOrganisationById } from '../db/repositories/organisations.repository';
import { AppError } from '../errors';
import { caseStaffRoles } from '../policies/case.policy';
import { placeDirectory } from '../places/place-directory';
import type { Actor, CommandContext } from './context';
import { contactRequestPurpose } from './contact-request-submit';
import { evaluatePathways } from './evaluate-pathways';

/** Navigators and case workers of the recipient organisation handle its contact requests. */
export function requireRequestStaff(ctx: CommandContext): Actor & { organisationId: string } {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const isStaff = actor.roles.some((role) => (caseStaffRoles as readonly string[]).includes(role));
  if (!isStaff || !actor.organisationId) throw new AppError('FORBIDDEN', 'Only navigators and case workers of an organisation handle contact requests.');
  return actor as Actor & { organisationId: string };
}

/** A request of the actor's organisation, or NOT_FOUND (others' requests are not told apart from missing ones). */
export async function loadOwnRequest(tx: Database, actor: { organisationId: string }, id: string, forUpdate = false): Promise<ContactRequestRow> {
  const row = await getContactRequest(tx, id, { forUpdate });
  if (!row || row.organisationId !== actor.organisationId) throw new AppError('NOT_FOUND', 'No such contact request.');
  return row;
}

async function landOf(db: Database, organisationId: string): Promise<Land> {
  const organisation = await getOrganisationById(db, organisationId);
  return (organisation?.land ?? 'BW') as Land;
}

function summaryOf(row: ContactRequestRow, land: Land, today: string): ContactRequestSummary {
  return {
    id: row.id,
    name: row.name,
    language: isPortalLanguage(row.language) ? row.language : 'de',
    place: { ags: row.placeAgs, name: placeDirectory().get(row.placeAgs)?.name ?? row.placeAgs },
    status: row.status as ContactRequestSummary['status'],
    createdAt: row.createdAt.toISOString(),
    ageWorkingDays: Math.max(0, workingDaysBetween(land, berlinDate(row.createdAt), today)),
  };
}

/** The organisation's requests with one status, newest first, and how many are open. Audited (names). */
export async function listContactRequests(ctx: CommandContext, status: ContactRequestSummary['status']): Promise<ContactRequestList> {
  const actor = requireRequestStaff(ctx);
  return ctx.db.transaction(async (tx) => {
    const rows = await findContactRequests(tx, actor.organisationId, status);
    const openCount = await countOpenContactRequests(tx, actor.organisationId);
    const land = await landOf(tx, actor.organisationId);
    const today = berlinDate(ctx.clock.now());
    if (rows.length > 0) {
      await recordAudit(tx, ctx, {
        action: 'contact_request.list_read',
        subjectType: 'contact_request',
        purpose: contactRequestPurpose,
        details: { status, count: rows.length },
      });
    }
    return { items: rows.map((row) => summaryOf(row, land, today)), openCount };
  });
}

/** "Amara Okonkwo" → given "Amara", family "Okonkwo": a guess the navigator checks and corrects. */
export function splitName(name: string): { givenName: string; familyName: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return { givenName: parts[0] ?? '', familyName: '' };
  return { givenName: parts.slice(0, -1).join(' '), familyName: parts[parts.length - 1] ?? '' };
}

/** One request with the answers evaluated again today (open paths), audited. */
export async function getContactRequestDetail(ctx: CommandContext, id: string): Promise<ContactRequestDetail> {
  const actor = requireRequestStaff(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const found = await loadOwnRequest(tx, actor, id);
    await recordAudit(tx, ctx, { action: 'contact_request.read', subjectType: 'contact_request', subjectId: found.id, purpose: contactRequestPurpose });
    return found;
  });
  const land = await landOf(ctx.db, actor.organisationId);
  const profile = row.profile as Profile;
  // The answers as given, judged by the law in force today (the stored rule set id says which applied then).
  const { evaluationDate: _then, ...today } = profile;
  const evaluation = await evaluatePathways(ctx, today as Profile).catch(() => null);
  const paths = (outcome: string) =>
    (evaluation?.titles ?? [])
      .filter((title) => title.outcome === outcome)
      .sort((a, b) => a.rank - b.rank)
      .map((title) => ({ id: title.id, name: title.name, legalRef: title.legalRef }));
  const texts = contactConsentTexts[row.consentTextVersion];
  return {
    ...summaryOf(row, land, berlinDate(ctx.clock.now())),
    email: row.email,
    message: row.message,
    profile: row.profile,
    ruleSetId: row.ruleSetId,
    consentVersion: row.consentTextVersion,
    consentText: texts ? { de: texts.de, en: texts.en } : null,
    consentedAt: row.consentedAt.toISOString(),
    openPaths: paths('eligible'),
    needsInfoPaths: paths('needs_info'),
    prefill: { ...splitName(row.name), birthDate: profile.birthDate ?? null, citizenship: profile.citizenship ?? null },
    caseId: row.caseId,
    declineReason: row.declineReason,
    handledAt: row.handledAt?.toISOString() ?? null,
  };
}
