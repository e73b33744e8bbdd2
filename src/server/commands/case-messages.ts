import type { PersonMessageBody } from '../../contract/messages';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { getDocument } from '../db/repositories/documents.repository';
import {
  countUnread,
  findCasePersonRef,
  findMainPersonId,
  findStaffUnread,
  findThread,
  insertMessage,
  markMessageNotificationsRead,
  markThreadRead,
  type MessageSide,
  type ThreadMessage,
} from '../db/repositories/messages.repository';
import { getCaseRow } from '../db/repositories/cases.repository';
import { AppError } from '../errors';
import { actorAsCaseSubject, caseScope } from '../policies/case.policy';
import { casePurpose, loadAccessibleCase, requireActor } from './case-access';
import type { CommandContext } from './context';
import { notifyPerson, notifyStaff } from './message-notify';
import { loadPortalAccount, selfServicePurpose } from './portal-access';

/** Who looks at a thread: their side and user id (to mark their own messages). */
export type ThreadViewer = { side: MessageSide; userId: string };
export type Thread = { items: ThreadMessage[]; unread: number; viewer: ThreadViewer };

const otherSide = (side: MessageSide): MessageSide => (side === 'staff' ? 'person' : 'staff');
const invalid = (field: string, problem: string) => new AppError('VALIDATION_FAILED', 'The request is not valid.', { [field]: problem });

/** Reads the thread (audited: count only, never content). `personId` null = the whole case. */
async function readThread(tx: Database, ctx: CommandContext, caseId: string, personId: string | null, viewer: ThreadViewer, purpose: string): Promise<Thread> {
  const items = await findThread(tx, caseId, personId);
  const unread = await countUnread(tx, caseId, personId, otherSide(viewer.side));
  await recordAudit(tx, ctx, { action: 'message.thread_read', subjectType: 'case', subjectId: caseId, purpose, details: { messages: items.length, ...(personId ? { personId } : {}) } });
  return { items, unread, viewer };
}

/** Marks the other side's messages read (the read receipt) and audits how many. */
async function markRead(tx: Database, ctx: CommandContext, caseId: string, personId: string | null, viewer: ThreadViewer, purpose: string): Promise<number> {
  const marked = await markThreadRead(tx, caseId, personId, otherSide(viewer.side), ctx.clock.now());
  if (viewer.side === 'staff') await markMessageNotificationsRead(tx, viewer.userId, caseId, ctx.clock.now());
  await recordAudit(tx, ctx, { action: 'message.read', subjectType: 'case', subjectId: caseId, purpose, details: { marked, side: viewer.side } });
  return marked;
}

async function sentMessage(tx: Database, caseId: string, personId: string | null, id: string): Promise<ThreadMessage> {
  const message = (await findThread(tx, caseId, personId)).find((item) => item.id === id);
  if (!message) throw new Error(`message ${id} vanished after insert`);
  return message;
}

// ---- Staff: case access as for every case (ADR 7) ----

export function findCaseMessages(ctx: CommandContext, caseId: string): Promise<Thread> {
  return ctx.db.transaction(async (tx) => {
    const { actor } = await loadAccessibleCase(tx, ctx, caseId);
    return readThread(tx, ctx, caseId, null, { side: 'staff', userId: actor.userId }, casePurpose);
  });
}

export function markCaseMessagesRead(ctx: CommandContext, caseId: string): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const { actor } = await loadAccessibleCase(tx, ctx, caseId);
    return markRead(tx, ctx, caseId, null, { side: 'staff', userId: actor.userId }, casePurpose);
  });
}

/** A staff message to the main person (or a named person of the case), optionally with a case document. */
export function sendCaseMessage(ctx: CommandContext, caseId: string, input: { body: string; documentId?: string | undefined; personId?: string | undefined }): Promise<{ message: ThreadMessage; viewer: ThreadViewer }> {
  return ctx.db.transaction(async (tx) => {
    const { actor } = await loadAccessibleCase(tx, ctx, caseId);
    let personId: string | null;
    if (input.personId !== undefined) {
      if (!(await findCasePersonRef(tx, caseId, input.personId))) throw invalid('personId', 'not a person of this case');
      personId = input.personId;
    } else {
      personId = await findMainPersonId(tx, caseId);
    }
    if (input.documentId !== undefined && !(await getDocument(tx, caseId, input.documentId))) throw invalid('documentId', 'not a document of this case');
    const row = await insertMessage(tx, { caseId, personId, side: 'staff', authorUserId: actor.userId, body: input.body, documentId: input.documentId ?? null, createdAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      action: 'message.sent',
      subjectType: 'case',
      subjectId: caseId,
      purpose: casePurpose,
      details: { messageId: row.id, side: 'staff', personId, documentId: row.documentId, length: row.body.length },
    });
    await notifyPerson(tx, ctx, caseId, personId);
    return { message: await sentMessage(tx, caseId, null, row.id), viewer: { side: 'staff', userId: actor.userId } };
  });
}

/** Staff: unread messages of people, per case the caller can reach (counts and references only). */
export async function findStaffUnreadMessages(ctx: CommandContext) {
  const actor = requireActor(ctx);
  const scope = caseScope(actorAsCaseSubject(actor));
  if (scope === 'none') throw new AppError('FORBIDDEN', 'Only case staff have messages.');
  const cases = await findStaffUnread(ctx.db, scope);
  const rows = cases.map((row) => ({ caseId: row.caseId, reference: row.reference, unread: row.unread, lastAt: row.lastAt ?? new Date(0) }));
  return { unread: rows.reduce((sum, row) => sum + row.unread, 0), cases: rows };
}

// ---- The person: through their portal account; a family member sees their own part ----

/** The part of the thread an account sees: the main person the whole case, a family member their own. */
const partOf = (account: { relation: string; personId: string }): string | null => (account.relation === 'main' ? null : account.personId);

export function findMyMessages(ctx: CommandContext): Promise<Thread> {
  return ctx.db.transaction(async (tx) => {
    const { actor, account } = await loadPortalAccount(tx, ctx);
    return readThread(tx, ctx, account.caseId, partOf(account), { side: 'person', userId: actor.userId }, selfServicePurpose);
  });
}

export function markMyMessagesRead(ctx: CommandContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const { actor, account } = await loadPortalAccount(tx, ctx);
    return markRead(tx, ctx, account.caseId, partOf(account), { side: 'person', userId: actor.userId }, selfServicePurpose);
  });
}

/** Unread staff messages for the portal navigation (a count only). */
export function countMyUnreadMessages(ctx: CommandContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const { account } = await loadPortalAccount(tx, ctx);
    return countUnread(tx, account.caseId, partOf(account), 'staff');
  });
}

/** A message from the person (as their own person of the case), optionally with their own upload. */
export function sendMyMessage(ctx: CommandContext, input: PersonMessageBody & { body: string }): Promise<{ message: ThreadMessage; viewer: ThreadViewer }> {
  return ctx.db.transaction(async (tx) => {
    const { actor, account } = await loadPortalAccount(tx, ctx);
    const caseId = account.caseId;
    if (input.documentId !== undefined) {
      const document = await getDocument(tx, caseId, input.documentId);
      if (!document || document.uploadedBy !== actor.userId) throw invalid('documentId', 'not an attachment you uploaded');
    }
    const row = await insertMessage(tx, { caseId, personId: account.personId, side: 'person', authorUserId: actor.userId, body: input.body, documentId: input.documentId ?? null, createdAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      action: 'message.sent',
      subjectType: 'case',
      subjectId: caseId,
      purpose: selfServicePurpose,
      details: { messageId: row.id, side: 'person', personId: account.personId, documentId: row.documentId, length: row.body.length },
    });
    const record = await getCaseRow(tx, caseId);
    if (record) await notifyStaff(tx, ctx, record, row.id);
    return { message: await sentMessage(tx, caseId, partOf(account), row.id), viewer: { side: 'person', userId: actor.userId } };
  });
}
