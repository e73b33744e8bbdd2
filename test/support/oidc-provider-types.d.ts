// oidc-provider ships no type declarations; this covers what the tests use of it.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type Account = {
    accountId: string;
    claims(use: string, scope: string): Record<string, unknown> | Promise<Record<string, unknown>>;
  };

  export type Configuration = {
    clients?: Array<Record<string, unknown>>;
    findAccount?: (context: unknown, id: string) => Account | undefined | Promise<Account | undefined>;
    claims?: Record<string, string[]>;
    pkce?: { required?: (context: unknown, client: unknown) => boolean };
    features?: Record<string, { enabled: boolean }>;
    cookies?: { keys?: string[] };
    conformIdTokenClaims?: boolean;
  };

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
  }
}
