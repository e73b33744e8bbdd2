import { canonicalJson } from '../../domain/audit/canonical-json';
import type { AuditEntryInput, SealedAuditRow } from '../db/repositories/audit.repository';
import { sha256Hex } from '../security/tokens';

export const genesisHash = '0'.repeat(64);

type HashedFields = AuditEntryInput & { seq: number; at: string };

/** SHA-256 over the previous hash and the entry's canonical JSON. */
export function chainHash(prevHash: string, entry: HashedFields): string {
  const payload = canonicalJson({
    seq: entry.seq,
    at: new Date(entry.at).toISOString(),
    actorUserId: entry.actorUserId,
    actorOrganisationId: entry.actorOrganisationId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    purpose: entry.purpose,
    requestId: entry.requestId,
    details: entry.details,
  });
  return sha256Hex(`${prevHash}\n${payload}`);
}

export type ChainCheck = { ok: true; entries: number } | { ok: false; entries: number; brokenAtSeq: number; reason: string };

/** Checks one page of rows against the hash carried over from the previous page. */
export function checkChainPage(
  rows: SealedAuditRow[],
  carried: { seq: number; hash: string },
): { ok: true; last: { seq: number; hash: string } } | { ok: false; brokenAtSeq: number; reason: string } {
  let last = carried;
  for (const row of rows) {
    if (row.seq !== last.seq + 1) return { ok: false, brokenAtSeq: row.seq, reason: `gap after entry ${last.seq}` };
    if (row.prevHash !== last.hash) return { ok: false, brokenAtSeq: row.seq, reason: 'previous hash does not match' };
    if (chainHash(row.prevHash, row) !== row.hash) return { ok: false, brokenAtSeq: row.seq, reason: 'entry was altered' };
    last = { seq: row.seq, hash: row.hash };
  }
  return { ok: true, last };
}
