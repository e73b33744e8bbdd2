import type { ChildMessage, ParentMessage } from '../lib/child-server';

type Started = { url: string; close(): Promise<void> };

/**
 * The child side of bench/lib/child-server.ts: starts a server, reports its URL over IPC,
 * answers requests for its counters and closes cleanly on `stop` (an open PGlite keeps Node alive).
 */
export async function serveOverIpc(start: () => Promise<Started>, queryCount: () => number = () => 0): Promise<void> {
  const send = (message: ChildMessage) => process.send?.(message);
  let server: Started;
  try {
    server = await start();
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      send({ type: 'stats', queries: queryCount(), cpuMicros: cpu.user + cpu.system });
    }
    if (message.type === 'stop') {
      void server.close().finally(() => process.exit(0));
    }
  });
  // If the bench itself dies, do not leave a server (and its database connections) behind.
  process.on('disconnect', () => {
    void server.close().finally(() => process.exit(0));
  });
  send({ type: 'ready', url: server.url });
}
