import autocannon from 'autocannon';
import type { ChildServer } from './child-server';

export type LoadOptions = {
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: string;
};

/** What is kept of an autocannon run: small enough to commit, enough to compare runs. */
export type LoadSummary = {
  reqPerSec: number;
  latencyMs: { avg: number; p50: number; p90: number; p99: number; max: number };
  requests: number;
  /** Errors, timeouts and non-2xx answers together: any of them makes the figure meaningless. */
  failures: number;
  /**
   * CPU time of the server process per request (µs). Unlike req/s it barely moves when other
   * processes compete for the CPU. With PostgreSQL it excludes the database server's own work.
   */
  serverCpuMicrosPerRequest: number;
  /** Database statements per request (counted in the app server; 0 for the ceilings). */
  queriesPerRequest: number;
};

const WARMUP_SECONDS = 2;

/**
 * Warms the target up (JIT, connection pools, PGlite's page cache), then measures with the
 * same connections and duration for every target so the ratios compare like with like.
 */
export async function measure(server: ChildServer, url: string, options: LoadOptions): Promise<LoadSummary> {
  const base = {
    url,
    connections: options.connections,
    headers: options.headers ?? {},
    method: options.method ?? 'GET',
    ...(options.body === undefined ? {} : { body: options.body }),
  };
  await autocannon({ ...base, duration: WARMUP_SECONDS });
  const before = await server.stats();
  const result = await autocannon({ ...base, duration: options.duration });
  const after = await server.stats();
  const round = (value: number) => Math.round(value * 100) / 100;
  // Per request sent: the requests still in flight when the run stops have already done their query.
  const perRequest = (delta: number) => round(delta / Math.max(result.requests.sent, 1));
  return {
    reqPerSec: Math.round(result.requests.average),
    latencyMs: {
      avg: round(result.latency.average),
      p50: round(result.latency.p50),
      p90: round(result.latency.p90),
      p99: round(result.latency.p99),
      max: round(result.latency.max),
    },
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
    serverCpuMicrosPerRequest: Math.round(perRequest(after.cpuMicros - before.cpuMicros)),
    queriesPerRequest: perRequest(after.queries - before.queries),
  };
}
