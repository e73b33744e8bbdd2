import http from 'node:http';
import type { ChildServer } from './child-server';
import { percentile, type RotatingSummary } from './cases-suite';
import { random } from './search-documents';

export type OpenLoopOptions = {
  /** Mean requests per second offered. */
  rate: number;
  duration: number;
  /** Fixes the arrival times (a seeded PRNG), so two targets see the same schedule. */
  seed: number;
};

const WARMUP_SECONDS = 2;
const TIMEOUT_MS = 10_000;
const round = (value: number) => Math.round(value * 100) / 100;

function get(agent: http.Agent, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}

/**
 * Sends `paths` in rotation at random moments — a Poisson process at `rate` requests per second,
 * the way independent users arrive — without waiting for earlier answers (an open loop: a slow
 * answer cannot hold back the next request, so queueing shows up in the latency instead of being
 * hidden, unlike autocannon's `overallRate`, which sends each second's quota as one burst).
 * Latency is measured from the moment a request was due.
 */
export async function measureOpenLoop(server: ChildServer, paths: string[], options: OpenLoopOptions): Promise<RotatingSummary> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  try {
    // Every path once, then a little of the paced load: the caches (PGlite's buffer pool above
    // all) are as warm as on a server that has been running, not as after a restart.
    for (const path of paths) await get(agent, new URL(path, server.url));
    await run(server, paths, agent, { ...options, duration: WARMUP_SECONDS }, 0);
    const before = await server.stats();
    const result = await run(server, paths, agent, options, 1);
    const after = await server.stats();
    return { ...result, serverCpuMicrosPerRequest: Math.round((after.cpuMicros - before.cpuMicros) / Math.max(result.requests, 1)) };
  } finally {
    agent.destroy();
  }
}

async function run(
  server: ChildServer,
  paths: string[],
  agent: http.Agent,
  options: OpenLoopOptions,
  pass: number,
): Promise<Omit<RotatingSummary, 'serverCpuMicrosPerRequest'>> {
  const pick = random(options.seed + pass);
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let failures = 0;
  let next = 0;
  const startedAt = performance.now();
  const endAt = startedAt + options.duration * 1000;
  let dueAt = startedAt;
  for (;;) {
    dueAt += (-Math.log(1 - pick()) / options.rate) * 1000;
    if (dueAt >= endAt) break;
    const wait = dueAt - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const due = dueAt;
    const url = new URL(paths[next++ % paths.length] ?? '/', server.url);
    pending.push(
      get(agent, url).then(
        (status) => {
          latencies.push(performance.now() - due);
          if (status < 200 || status >= 300) failures += 1;
        },
        () => {
          failures += 1;
        },
      ),
    );
  }
  await Promise.all(pending);
  const elapsedSeconds = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    reqPerSec: Math.round(latencies.length / elapsedSeconds),
    latencyMs: { p50: round(percentile(latencies, 0.5)), p95: round(percentile(latencies, 0.95)), p99: round(percentile(latencies, 0.99)), max: round(latencies.at(-1) ?? 0) },
    requests: latencies.length + failures,
    failures,
  };
}
