import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'crypto', 'http', 'https', 'os', 'child_process', 'url', 'stream', 'net'];

/** Layer arrows (docs/ARCHITECTURE.md): domain → nothing; web → contract; server never → web. */
const boundary = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'scratch/', 'bench/results/', 'src/server/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Plain Node scripts outside the TypeScript program.
    files: ['bin/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/web/**', '**/contract/**', '**/cli/**'], message: 'domain is pure: it imports no other layer.' },
            { group: nodeBuiltins, message: 'domain is pure: no I/O.' },
            { group: ['fastify', 'fastify*', '@fastify/*', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', 'react', 'react-*'], message: 'domain is pure: no framework.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: { 'no-restricted-imports': boundary(['**/server/**', '**/web/**', '**/cli/**'], 'contract is shared by server and web: it imports only domain and zod.') },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: { 'no-restricted-imports': boundary(['**/server/**', '**/domain/**', '**/cli/**', 'node:*'], 'web talks to the server only through src/contract.') },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: { 'no-restricted-imports': boundary(['**/web/**', '**/cli/**'], 'server does not depend on web or cli.') },
  },
  {
    files: ['src/server/commands/**/*.ts', 'src/server/db/**/*.ts', 'src/server/policies/**/*.ts', 'src/server/audit/**/*.ts', 'src/server/storage/**/*.ts'],
    rules: { 'no-restricted-imports': boundary(['**/http/**', 'fastify', '@fastify/*'], 'commands, policies and repositories know nothing of HTTP.') },
  },
  {
    files: ['src/server/http/**/*.ts'],
    rules: {
      // Presenters may name a repository's row type; only runtime imports would let SQL creep into routes.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/db/repositories/**', 'drizzle-orm', 'drizzle-orm/*'], message: 'routes call commands; SQL lives in repositories.', allowTypeImports: true }] },
      ],
    },
  },
);
