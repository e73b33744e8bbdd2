import { createHash } from 'node:crypto';
import { buildXapiStatements, type LearningEvent, type XapiStatement } from '../../domain/learning/index';
import type { XapiQuery } from '../../contract/learning';
import { recordAudit } from '../audit/record-audit';
import { findLearningRecords } from '../db/repositories/learning-progress.repository';
import { AppError } from '../errors';
import { installationIri } from '../learning/learning-links';
import { canExportLearningOf } from '../policies/learning.policy';
import type { CommandContext } from './context';
import { learningPurpose, requireLearner } from './learning-access';

/** A name-based UUID (version 5, SHA-1): the same record and verb always give the same statement id. */
function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// The URL namespace of RFC 4122, applied to the installation's IRI: ids differ between installations.
const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * Learning activity as xAPI statements. Everyone gets their own; an admin may ask for one person
 * (`userId`) or for everyone (`scope=all`) — audited, as it reads other people's records.
 */
export async function exportLearningXapi(ctx: CommandContext, query: XapiQuery): Promise<XapiStatement[]> {
  const actor = requireLearner(ctx);
  const subject = query.scope === 'all' ? 'everyone' : { userId: query.userId ?? actor.userId };
  if (!canExportLearningOf(actor, subject)) throw new AppError('FORBIDDEN', 'Only administrators export other people’s learning records.');
  const userId = subject === 'everyone' ? null : subject.userId;
  const records = await ctx.db.transaction(async (tx) => {
    const found = await findLearningRecords(tx, userId);
    if (userId !== actor.userId) {
      await recordAudit(tx, ctx, {
        action: 'learning.xapi_exported',
        subjectType: subject === 'everyone' ? 'system' : 'user',
        subjectId: userId,
        purpose: learningPurpose,
        details: { scope: subject === 'everyone' ? 'all' : 'user' },
      });
    }
    return found;
  });
  const iri = installationIri(ctx.config);
  const namespace = uuidV5(urlNamespace, iri);
  const events: LearningEvent[] = [
    ...records.completions.map((row) => ({ kind: 'lesson_completed' as const, id: row.id, at: row.at.toISOString(), person: row.person, course: row.course, lesson: row.lesson })),
    ...records.attempts.map((row) => ({ kind: 'quiz_attempted' as const, id: row.id, at: row.at.toISOString(), person: row.person, course: row.course, correct: row.correct, total: row.total, isPassed: row.isPassed })),
    ...records.certificates.map((row) => ({ kind: 'course_completed' as const, id: row.id, at: row.at.toISOString(), person: row.person, course: row.course, correct: row.correct, total: row.total })),
  ];
  return buildXapiStatements(events, { installationIri: iri, actorFormat: query.actor, statementId: (key) => uuidV5(namespace, key) });
}
