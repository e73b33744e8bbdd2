import { checkChainPage, genesisHash, type ChainCheck } from '../audit/audit-chain';
import type { Database } from '../db/client';
import { findAuditPage } from '../db/repositories/audit.repository';

const PAGE_SIZE = 5_000;

/** Walks the whole audit chain page by page and reports the first broken entry, if any. */
export async function verifyAuditChain(db: Database): Promise<ChainCheck> {
  let carried = { seq: 0, hash: genesisHash };
  let entries = 0;
  for (;;) {
    const rows = await findAuditPage(db, carried.seq, PAGE_SIZE);
    if (rows.length === 0) return { ok: true, entries };
    const page = checkChainPage(rows, carried);
    if (!page.ok) return { ok: false, entries, brokenAtSeq: page.brokenAtSeq, reason: page.reason };
    entries += rows.length;
    carried = page.last;
  }
}
