import type { DatabaseResult } from './database-suite';
import type { LoadSummary } from './load';
import type { StartupSummary } from './startup';

export type Check = { name: string; value: number; unit: string; limit: string; pass: boolean };

export type Report = {
  date: string;
  machine: { node: string; cpus: number; cpuModel: string; loadAverageBefore: number };
  options: { connections: number; durationSeconds: number; warmupSeconds: number };
  hello: LoadSummary;
  databases: (DatabaseResult & { ratios: ReturnType<typeof ratiosOf> })[];
  startup: StartupSummary | { failed: string };
  checks: Check[];
};

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : 0);

export function ratiosOf(result: DatabaseResult, hello: LoadSummary) {
  if ('skipped' in result) return undefined;
  return { meToSelect: ratio(result.me.reqPerSec, result.selectCeiling.reqPerSec), meToHello: ratio(result.me.reqPerSec, hello.reqPerSec) };
}

/** The issue's targets. PGlite is reported but not held to the throughput targets. */
export function checksOf(databases: DatabaseResult[], hello: LoadSummary, startup: Report['startup']): Check[] {
  const checks: Check[] = [];
  const postgres = databases.find((result) => result.kind === 'postgres');
  if (postgres && !('skipped' in postgres)) {
    const ratios = ratiosOf(postgres, hello);
    const meToSelect = ratios?.meToSelect ?? 0;
    checks.push({ name: 'postgres /me ÷ SELECT ceiling', value: meToSelect, unit: '', limit: '≥ 0.7', pass: meToSelect >= 0.7 });
    const p99 = postgres.me.latencyMs.p99;
    checks.push({ name: 'postgres /me p99', value: p99, unit: 'ms', limit: '< 25 ms', pass: p99 < 25 });
    checks.push({ name: 'postgres /me failed requests', value: postgres.me.failures, unit: '', limit: '= 0', pass: postgres.me.failures === 0 });
  }
  if (!('failed' in startup)) {
    checks.push({ name: 'first start (empty data dir)', value: startup.firstStartMs / 1000, unit: 's', limit: '< 60 s', pass: startup.firstStartMs < 60_000 });
    checks.push({ name: 'restart (same data dir)', value: startup.restartMs / 1000, unit: 's', limit: '< 5 s', pass: startup.restartMs < 5_000 });
    const rss = Math.max(startup.idleRssMb.afterFirstStart, startup.idleRssMb.afterRestart);
    checks.push({ name: 'idle RSS (larger of the two starts)', value: rss, unit: 'MB', limit: '< 300 MB', pass: rss < 300 });
  }
  return checks;
}

const pad = (text: string | number, width: number) => String(text).padStart(width);
const columns = (cells: (string | number)[]) => `  ${String(cells[0]).padEnd(28)}${cells.slice(1).map((cell) => pad(cell, 12)).join('')}`;
const row = (label: string, s: LoadSummary) =>
  columns([label, s.reqPerSec.toLocaleString('en'), s.latencyMs.p50, s.latencyMs.p99, s.serverCpuMicrosPerRequest, s.queriesPerRequest, s.failures]);

/** A compact table for the terminal; the JSON file holds the same figures. */
export function formatReport(report: Report): string {
  const { options, machine } = report;
  const lines = [
    `Lotse bench ${report.date} · ${options.connections} connections · ${options.durationSeconds} s ` +
      `(after ${options.warmupSeconds} s warm-up) · Node ${machine.node} · ${machine.cpus} CPUs`,
    '',
    columns(['target', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'queries/req', 'failures']),
    row('hello (bare Fastify)', report.hello),
  ];
  const ratioLines: string[] = [];
  for (const result of report.databases) {
    if ('skipped' in result) {
      lines.push(`  ${result.kind}: skipped: ${result.skipped}`);
      continue;
    }
    lines.push(row(`${result.kind} PK SELECT ceiling`, result.selectCeiling), row(`${result.kind} GET /auth/me`, result.me));
    const ratios = ratiosOf(result, report.hello);
    const cpu = ratio(result.me.serverCpuMicrosPerRequest, result.selectCeiling.serverCpuMicrosPerRequest);
    ratioLines.push(
      `  ${result.kind.padEnd(9)} me/select ${pad(ratios?.meToSelect ?? 0, 5)}   me/hello ${pad(ratios?.meToHello ?? 0, 5)}` +
        `   server CPU per /me: ${cpu}× the SELECT ceiling's`,
    );
  }
  lines.push('', ...ratioLines, '');
  if ('failed' in report.startup) {
    lines.push(`  startup: FAILED: ${report.startup.failed}`);
  } else {
    const { firstStartMs, restartMs, mainToListeningMs: main, idleRssMb } = report.startup;
    const seconds = (ms: number | null) => (ms === null ? '?' : (ms / 1000).toFixed(1));
    lines.push(
      `  npm start on PGlite: first start ${seconds(firstStartMs)} s (main.ts ${seconds(main.firstStart)} s), ` +
        `restart ${seconds(restartMs)} s (main.ts ${seconds(main.restart)} s)`,
      `  idle RSS of the server process: ${idleRssMb.afterFirstStart} MB after first start, ${idleRssMb.afterRestart} MB after restart`,
    );
  }
  lines.push('', '  targets:');
  for (const check of report.checks) {
    const value = `${Number.isInteger(check.value) ? check.value : check.value.toFixed(2)}${check.unit ? ` ${check.unit}` : ''}`;
    lines.push(`  ${check.pass ? 'PASS' : 'FAIL'}  ${check.name.padEnd(36)} ${value.padStart(9)}  (${check.limit})`);
  }
  if (report.checks.length === 0) lines.push('  (none measured)');
  if (machine.loadAverageBefore > machine.cpus * 0.25) {
    lines.push('', `  NOTE: load average ${machine.loadAverageBefore} before the run: other processes competed for the CPU, so req/s and`);
    lines.push('  latencies are noisy; CPU µs/req (server process time per request) is the steadier figure.');
  }
  return lines.join('\n');
}
