import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = { status: 'loading' } | { status: 'missing' } | { status: 'failed' } | { status: 'ready'; data: T };

/**
 * Loads data for a page: `null` from the loader means "not found" (the API client maps 404 to
 * null). `reload` fetches again without showing the loading state (after a change).
 */
export function useLoad<T>(load: () => Promise<T | null>, key: string): { loaded: Loaded<T>; reload: () => Promise<void> } {
  // Remembers which key the state belongs to: right after the key changes (a new lesson), the old
  // data must not be shown for the new address while the new data loads.
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { status: 'loading' } });
  const loaded: Loaded<T> = state.key === key ? state.loaded : { status: 'loading' };
  const setLoaded = useCallback((next: Loaded<T>) => setState({ key, loaded: next }), [key]);
  // `key` names what is loaded; the loader itself is a new closure on every render.
  const run = useCallback(load, [key]);

  useEffect(() => {
    let isCurrent = true;
    setLoaded({ status: 'loading' });
    run().then(
      (data) => isCurrent && setLoaded(data === null ? { status: 'missing' } : { status: 'ready', data }),
      () => isCurrent && setLoaded({ status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [run, setLoaded]);

  const reload = useCallback(async () => {
    try {
      const data = await run();
      setLoaded(data === null ? { status: 'missing' } : { status: 'ready', data });
    } catch {
      setLoaded({ status: 'failed' });
    }
  }, [run, setLoaded]);

  return { loaded, reload };
}
