import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const apiServer = 'http://localhost:3000';

/**
 * The web shell: built from src/web into dist/web, which the Fastify server serves
 * with an SPA fallback. In development `vite` proxies the API to a running server.
 */
export default defineConfig({
  root: `${repoRoot}src/web`,
  base: '/',
  plugins: [react()],
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    // KoliBri lazy-loads one chunk per component; keep the warning for our own code meaningful.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks, so an app change does not re-download React or the theme.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/ },
            { name: 'kolibri-theme', test: /node_modules[\\/]@public-ui[\\/]theme-default[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiServer, changeOrigin: false },
      '/hsds': { target: apiServer, changeOrigin: false },
    },
  },
});
