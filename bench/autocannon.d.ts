// Minimal types for the part of autocannon@9 the bench uses (@types/autocannon is not a dependency).
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p99: number; total: number };

  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Rewrites each request before it is sent (the cases bench rotates paths this way). */
    requests?: { setupRequest?: (request: { path: string; method?: string; headers?: Record<string, string> }) => { path: string } }[];
  };

  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    latency: Histogram;
    requests: Histogram & { sent: number };
  };

  /** Without a callback autocannon returns a thenable tracker: its 'response' events carry each latency. */
  export type Instance = PromiseLike<Result> & {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTimeMs: number) => void): Instance;
  };
  export default function autocannon(options: Options): Instance;
}
