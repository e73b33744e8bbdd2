import { loadConfig, type Config } from '../../src/server/config';

/** A config for tests: quiet logs, demo data on, a login rate limit tests can reach. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOTSE_DEMO: '1', PORT: '0', HOST: '127.0.0.1', LOTSE_LOGIN_RATE_LIMIT: '1000', ...overrides });
}
