import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageThread } from '../../../contract/messages';
import type { ThreadApi } from '../../api/messages';

export type ThreadLoad = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; thread: MessageThread };

/** How often an open thread looks for new messages (and on focus / when the tab becomes visible). */
export const pollIntervalMs = 30_000;

/**
 * The thread with light polling: loads on mount, every 30 s while the page is visible, and when the
 * window gets focus. Whenever the reader sees unread messages of the other side, they are marked
 * read (the other side's read receipt).
 */
export function useThread(api: ThreadApi) {
  const [load, setLoad] = useState<ThreadLoad>({ status: 'loading' });
  const busy = useRef(false);

  const refresh = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const thread = await api.load();
      if (thread.unread > 0 && document.visibilityState === 'visible') {
        await api.markRead();
        thread.unread = 0;
      }
      setLoad({ status: 'ready', thread });
    } catch {
      setLoad((current) => (current.status === 'ready' ? current : { status: 'failed' }));
    } finally {
      busy.current = false;
    }
  }, [api]);

  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, pollIntervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  return { load, refresh };
}
