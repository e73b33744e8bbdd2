import { defineConfig } from 'drizzle-kit';

// Used only to generate migrations (`npx drizzle-kit generate`); they are applied from code.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema/index.ts',
  out: './src/server/db/migrations',
});
