import { z } from 'zod';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  LOTSE_DATA_DIR: z.string().min(1).default('./data'),
  LOTSE_PGLITE_BUFFERS_MB: z.coerce.number().int().min(1).max(4096).default(16),
  LOTSE_DEMO: booleanFlag.optional(),
  LOTSE_PUBLIC_URL: z.url().optional(),
  LOTSE_TRUST_PROXY: booleanFlag.default(false),
  LOTSE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  LOTSE_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(12),
  LOTSE_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  LOTSE_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  LOTSE_WEB_BUILD: z.enum(['auto', 'never', 'always']).default('auto'),
  LOTSE_CLOCK: z.iso.datetime({ offset: true, error: 'must be an ISO timestamp such as 2026-03-02T08:00:00+01:00' }).optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_LABEL: z.string().min(1).default('Single Sign-on'),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: booleanFlag.default(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).optional(),
  LOTSE_WORKER: booleanFlag.default(true),
  LOTSE_WORKER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  LOTSE_RETENTION_DAYS: z.coerce.number().int().min(1).max(36500).default(1095),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  http: { port: number; host: string; publicUrl: string | undefined; trustProxy: boolean; bodyLimitBytes: number };
  log: { level: z.infer<typeof envSchema>['LOG_LEVEL'] };
  database:
    | { kind: 'pglite'; dataDir: string; buffersMb: number }
    | { kind: 'postgres'; url: string; poolSize: number };
  demo: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  login: { rateLimitPerMinute: number };
  web: { build: 'auto' | 'never' | 'always' };
  /** Demos and manual tests only: the server's clock starts at `start` and runs on from there. */
  clock: { start: Date } | undefined;
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined; label: string } | undefined;
  /** Outgoing e-mail; without it notifications stay in the outbox table (nothing is lost). */
  smtp: { host: string; port: number; secure: boolean; user: string | undefined; password: string | undefined; from: string } | undefined;
  /** Background work of this instance (referral reminders and escalations, outbox, retention). */
  worker: { enabled: boolean; intervalMs: number };
  /** Closed cases are anonymised this many days after their last change, unless under a legal hold. */
  retention: { closedCaseDays: number };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once into a typed, nested config; throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings in .env files mean "not set"; treating them as values would fail confusingly.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if ((e.OIDC_ISSUER === undefined) !== (e.OIDC_CLIENT_ID === undefined)) {
    problems.push('OIDC_ISSUER and OIDC_CLIENT_ID: set both to enable single sign-on, or neither');
  }
  if (e.OIDC_ISSUER && !e.LOTSE_PUBLIC_URL) {
    problems.push('LOTSE_PUBLIC_URL: required with OIDC_ISSUER (the redirect URL is derived from it)');
  }
  if (e.NODE_ENV === 'production' && e.OIDC_ISSUER && !e.OIDC_CLIENT_SECRET) {
    problems.push('OIDC_CLIENT_SECRET: required in production when single sign-on is enabled');
  }
  if (e.NODE_ENV === 'production' && e.LOTSE_CLOCK) {
    problems.push('LOTSE_CLOCK: not allowed in production (deadlines and the audit log must use the real time)');
  }
  if (e.SMTP_HOST && !e.SMTP_FROM) problems.push('SMTP_FROM: required with SMTP_HOST (the sender address of notifications)');
  if ((e.SMTP_USER === undefined) !== (e.SMTP_PASSWORD === undefined)) problems.push('SMTP_USER and SMTP_PASSWORD: set both, or neither');
  if (problems.length > 0) throw new ConfigError(problems);

  const database: Config['database'] = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
    : { kind: 'pglite', dataDir: e.LOTSE_DATA_DIR, buffersMb: e.LOTSE_PGLITE_BUFFERS_MB };
  return {
    env: e.NODE_ENV,
    http: {
      port: e.PORT,
      host: e.HOST,
      publicUrl: e.LOTSE_PUBLIC_URL,
      trustProxy: e.LOTSE_TRUST_PROXY,
      bodyLimitBytes: e.LOTSE_BODY_LIMIT_BYTES,
    },
    log: { level: e.LOG_LEVEL },
    database,
    // Demo data is on by default only for the embedded database: a real server must opt in.
    demo: e.LOTSE_DEMO ?? database.kind === 'pglite',
    session: { idleMinutes: e.LOTSE_SESSION_IDLE_MINUTES, absoluteHours: e.LOTSE_SESSION_ABSOLUTE_HOURS },
    login: { rateLimitPerMinute: e.LOTSE_LOGIN_RATE_LIMIT },
    web: { build: e.LOTSE_WEB_BUILD },
    clock: e.LOTSE_CLOCK ? { start: new Date(e.LOTSE_CLOCK) } : undefined,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID
        ? { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, label: e.OIDC_LABEL }
        : undefined,
    smtp:
      e.SMTP_HOST && e.SMTP_FROM
        ? { host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE, user: e.SMTP_USER, password: e.SMTP_PASSWORD, from: e.SMTP_FROM }
        : undefined,
    worker: { enabled: e.LOTSE_WORKER, intervalMs: e.LOTSE_WORKER_INTERVAL_SECONDS * 1000 },
    retention: { closedCaseDays: e.LOTSE_RETENTION_DAYS },
  };
}
