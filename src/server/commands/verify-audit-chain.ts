import { checkChainPage, genesisHash, type ChainCheck } from '../audit/audit-chain';
import type { Database } from '../db/client';
import { sealPendingAudit } from '../audit/seal-audit';
import { countUnsealed, findAuditPage } from '../db/repositories/audit.repository';

const PAGE_SIZE = 5_000;

/**
 * Seals what is pending, then walks the whole chain page by page and reports the first broken
 * entry, if any. An entry still unsealed afterwards (another sealer was busy, or it committed
 * just now) is not part of the chain yet and not counted.
 */
export async function verifyAuditChain(db: Database): Promise<ChainCheck> {
  const { busy } = await sealPendingAudit(db);
  // Another sealer at work: wait for it once, so a verify right after an action sees that action.
  if (busy && (await countUnsealed(db)) > 0) await new Promise((resolve) => setTimeout(resolve, 200)).then(() => sealPendingAudit(db));
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
