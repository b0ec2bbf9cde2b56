/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const workerFile = 'mockServiceWorker.js';
const workerSource = fileURLToPath(import.meta.resolve('msw/mockServiceWorker.js'));

/**
 * Serves (dev) and emits (build) MSW's service worker only in demo mode. It is not kept in
 * public/, so a live build cannot ship it by accident and it always matches the installed msw.
 */
function mockServiceWorker(enabled: boolean): Plugin {
  return {
    name: 'ucs-mock-service-worker',
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use(`/${workerFile}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(workerSource));
      });
    },
    generateBundle() {
      if (!enabled) return;
      this.emitFile({ type: 'asset', fileName: workerFile, source: readFileSync(workerSource) });
    },
  };
}

export default defineConfig(({ mode }) => {
  const demo = mode === 'demo';
  return {
    plugins: [react(), mockServiceWorker(demo)],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    define: {
      // Decided at build time so the live bundle drops every import of mocks/.
      __UCS_DEMO__: JSON.stringify(demo),
    },
    build: {
      outDir: demo ? 'dist-demo' : 'dist',
      sourcemap: true,
      chunkSizeWarningLimit: 1200,
    },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: demo ? 4174 : 4173 },
    test: {
      environment: 'jsdom',
      globals: false,
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      setupFiles: ['src/test/setup.ts'],
      css: false,
      testTimeout: 15000,
    },
  };
});
