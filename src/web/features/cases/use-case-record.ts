import { useCallback, useEffect, useRef, useState } from 'react';
import type { Case } from '../../../contract/cases';
import { ApiError } from '../../api/client';
import { casesApi } from '../../api/cases';

export type CaseLoad = { status: 'loading' } | { status: 'missing' } | { status: 'failed' } | { status: 'ready'; record: Case };

/** How a change ended: the sections turn this into a message and move focus. */
export type ChangeOutcome =
  | { ok: true }
  | { ok: false; reason: 'conflict' | 'notAllowed' | 'failed' }
  | { ok: false; reason: 'invalid'; fields: Record<string, string> };

/**
 * A 409 is either a stale version (`fields.version`: someone else changed the case since it
 * was loaded) or a journey move the stage table does not allow (`fields.stage`).
 */
function outcomeOf(error: unknown): ChangeOutcome {
  if (!(error instanceof ApiError)) return { ok: false, reason: 'failed' };
  if (error.status === 409) return { ok: false, reason: error.fields?.stage ? 'notAllowed' : 'conflict' };
  if ((error.status === 400 || error.status === 422) && error.fields) return { ok: false, reason: 'invalid', fields: error.fields };
  return { ok: false, reason: 'failed' };
}

/**
 * One case: loads it, runs changes and loads it again afterwards (timeline, counts, version).
 * A stale version is never retried or overwritten: the page shows the conflict and offers to
 * reload, so the person sees the other change before repeating theirs.
 */
export function useCaseRecord(id: string) {
  const [load, setLoad] = useState<CaseLoad>({ status: 'loading' });
  const [isConflict, setConflict] = useState(false);
  const current = useRef(id);
  current.current = id;

  const fetchCase = useCallback(async () => {
    try {
      const record = await casesApi.get(id);
      if (current.current === id) setLoad(record ? { status: 'ready', record } : { status: 'missing' });
    } catch (error) {
      // A malformed id is answered 400: for the reader that is a case that does not exist.
      const missing = error instanceof ApiError && error.status === 400;
      if (current.current === id) setLoad(missing ? { status: 'missing' } : { status: 'failed' });
    }
  }, [id]);

  useEffect(() => {
    setLoad({ status: 'loading' });
    setConflict(false);
    void fetchCase();
  }, [fetchCase]);

  /** Runs a change; a returned case replaces the shown one, otherwise the case is loaded again. */
  const change = useCallback(
    async (run: () => Promise<unknown>): Promise<ChangeOutcome> => {
      try {
        const result = await run();
        if (result && typeof result === 'object' && 'timeline' in result && 'version' in result) {
          setLoad({ status: 'ready', record: result as Case });
        } else {
          await fetchCase();
        }
        return { ok: true };
      } catch (error) {
        const outcome = outcomeOf(error);
        if (!outcome.ok && outcome.reason === 'conflict') setConflict(true);
        return outcome;
      }
    },
    [fetchCase],
  );

  const reload = useCallback(async () => {
    await fetchCase();
    setConflict(false);
  }, [fetchCase]);

  return { load, isConflict, change, reload };
}
