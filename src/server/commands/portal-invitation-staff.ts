import type { CasePortalAccess, CreatePortalInvitationBody, InvitationStatus, PortalInvitation } from '../../contract/portal-entry';
import { isPortalLanguage } from '../../domain/portal/languages';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { insertOutboxEmails } from '../db/repositories/notifications.repository';
import {
  findInvitationsOfCase,
  findPersonsOfCase,
  findPortalAccountsOfPersons,
  getInvitationOfCase,
  insertPortalInvitation,
  revokePendingInvitationsOfPerson,
  updatePortalInvitation,
  type PortalInvitationRow,
} from '../db/repositories/portal-invitations.repository';
import { getOrganisationById } from '../db/repositories/organisations.repository';
import { AppError } from '../errors';
import { caseStaffRoles } from '../policies/case.policy';
import { randomToken, sha256Hex } from '../security/tokens';
import { casePurpose, loadAccessibleCase, requireActor, todayOf } from './case-access';
import type { CommandContext } from './context';
import { portalInvitationMail } from './portal-entry-emails';

/** How long a portal invitation link works. */
export const portalInvitationValidityDays = 14;

/** 18 or older on `today` (both ISO dates). */
export function isAdultOn(birthDate: string, today: string): boolean {
  const year = Number(birthDate.slice(0, 4)) + 18;
  return `${String(year).padStart(4, '0')}${birthDate.slice(4)}` <= today;
}

export function invitationStatus(row: PortalInvitationRow, now: Date): InvitationStatus {
  if (row.usedAt) return 'used';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'pending';
}

const presentInvitation = (row: PortalInvitationRow, now: Date): PortalInvitation => ({
  id: row.id,
  email: row.email,
  language: isPortalLanguage(row.language) ? row.language : 'de',
  status: invitationStatus(row, now),
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  usedAt: row.usedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

async function loadCaseForInvitations(tx: Database, ctx: CommandContext, caseId: string, forUpdate = false) {
  const actor = requireActor(ctx);
  if (!actor.roles.some((role) => (caseStaffRoles as readonly string[]).includes(role))) throw new AppError('NOT_FOUND', 'No such case.');
  return loadAccessibleCase(tx, ctx, caseId, { forUpdate });
}

async function portalAccessOf(tx: Database, ctx: CommandContext, caseId: string): Promise<CasePortalAccess> {
  const now = ctx.clock.now();
  const today = todayOf(ctx);
  const persons = await findPersonsOfCase(tx, caseId);
  const invitations = await findInvitationsOfCase(tx, caseId);
  const accounts = await findPortalAccountsOfPersons(
    tx,
    persons.map((person) => person.id),
  );
  return {
    persons: persons.map((person) => ({
      personId: person.id,
      relation: person.relation,
      givenName: person.givenName,
      familyName: person.familyName,
      isAdult: isAdultOn(person.birthDate, today),
      contactEmail: person.contact.email ?? null,
      portalAccessSince: accounts.find((account) => account.personId === person.id)?.createdAt.toISOString() ?? null,
      invitations: invitations.filter((row) => row.personId === person.id).map((row) => presentInvitation(row, now)),
    })),
  };
}

/** Who of the case has portal access and which invitations went out. Audited. */
export async function getCasePortalAccess(ctx: CommandContext, caseId: string): Promise<CasePortalAccess> {
  return ctx.db.transaction(async (tx) => {
    await loadCaseForInvitations(tx, ctx, caseId);
    await recordAudit(tx, ctx, { action: 'case.portal_access_read', subjectType: 'case', subjectId: caseId, purpose: casePurpose });
    return portalAccessOf(tx, ctx, caseId);
  });
}

/**
 * Invites one person of the case (the main person or a family member of 18 or more) to the portal:
 * a random token of which only the SHA-256 is stored, 14 days, one-time; earlier pending invitations
 * of the person are revoked; the e-mail with the link goes out in the chosen language.
 */
export async function createPortalInvitation(ctx: CommandContext, caseId: string, body: CreatePortalInvitationBody): Promise<CasePortalAccess> {
  return ctx.db.transaction(async (tx) => {
    const { actor, row: caseRow } = await loadCaseForInvitations(tx, ctx, caseId, true);
    const now = ctx.clock.now();
    const access = await portalAccessOf(tx, ctx, caseId);
    const person = access.persons.find((candidate) => candidate.personId === body.personId);
    if (!person) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { personId: 'not a person of this case' });
    if (!person.isAdult) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { personId: 'only persons of 18 or older get their own access' });
    if (person.portalAccessSince) throw new AppError('CONFLICT', 'This person has portal access already.', { personId: 'has portal access already' });
    await revokePendingInvitationsOfPerson(tx, person.personId, now);
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + portalInvitationValidityDays * 86_400_000);
    const invitation = await insertPortalInvitation(tx, {
      tokenHash: sha256Hex(token),
      caseId,
      personId: person.personId,
      email: body.email.toLowerCase(),
      language: body.language,
      expiresAt,
      createdBy: actor.userId,
      createdAt: now,
    });
    const organisation = await getOrganisationById(tx, caseRow.ownerOrganisationId);
    const base = ctx.config.http.publicUrl ?? `http://localhost:${ctx.config.http.port}`;
    const mail = portalInvitationMail(body.language, organisation?.name ?? 'Lotse', `${base}/konto/einladung/${token}`, expiresAt);
    await insertOutboxEmails(tx, [{ toAddress: invitation.email, subject: mail.subject, body: mail.body, createdAt: now, nextAttemptAt: now }]);
    await recordAudit(tx, ctx, {
      action: 'case.portal_invited',
      subjectType: 'case',
      subjectId: caseId,
      purpose: casePurpose,
      details: { invitationId: invitation.id, personId: person.personId, language: body.language, expiresAt: expiresAt.toISOString() },
    });
    return portalAccessOf(tx, ctx, caseId);
  });
}

/** Revokes a pending invitation (the link stops working). */
export async function revokePortalInvitation(ctx: CommandContext, caseId: string, invitationId: string): Promise<CasePortalAccess> {
  return ctx.db.transaction(async (tx) => {
    await loadCaseForInvitations(tx, ctx, caseId, true);
    const now = ctx.clock.now();
    const row = await getInvitationOfCase(tx, caseId, invitationId);
    if (!row) throw new AppError('NOT_FOUND', 'No such invitation.');
    const status = invitationStatus(row, now);
    if (status !== 'pending') throw new AppError('CONFLICT', 'Only a pending invitation can be revoked.', { invitationId: `is ${status}` });
    await updatePortalInvitation(tx, row.id, { revokedAt: now });
    await recordAudit(tx, ctx, { action: 'case.portal_invitation_revoked', subjectType: 'case', subjectId: caseId, purpose: casePurpose, details: { invitationId } });
    return portalAccessOf(tx, ctx, caseId);
  });
}
