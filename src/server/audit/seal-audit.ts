import type { Database } from '../db/client';
import { findChainHead, findUnsealedRows, sealRows, tryLockChainForSealing } from '../db/repositories/audit.repository';
import { chainHash, genesisHash } from './audit-chain';

const BATCH_SIZE = 2_000;

/**
 * Seals committed, unsealed audit entries into the hash chain, oldest insertion first, in
 * batches until none is left. Only one sealer works at a time (advisory lock); when another
 * holds it, this returns `{ sealed: 0, busy: true }` and that one does the work.
 */
export async function sealPendingAudit(db: Database): Promise<{ sealed: number; busy: boolean }> {
  let sealed = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      if (!(await tryLockChainForSealing(tx))) return null;
      const rows = await findUnsealedRows(tx, BATCH_SIZE);
      let head = (await findChainHead(tx)) ?? { seq: 0, hash: genesisHash };
      const seals = rows.map((row) => {
        const seq = head.seq + 1;
        const hash = chainHash(head.hash, { ...row, seq });
        const seal = { id: row.id, seq, prevHash: head.hash, hash };
        head = { seq, hash };
        return seal;
      });
      await sealRows(tx, seals);
      return seals.length;
    });
    if (batch === null) return { sealed, busy: true };
    sealed += batch;
    if (batch < BATCH_SIZE) return { sealed, busy: false };
  }
}
