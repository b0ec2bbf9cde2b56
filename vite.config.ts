/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const workerFile = 'mockServiceWorker.js';
const workerSource = fileURLToPath(import.meta.resolve('msw/mockServiceWorker.js'));

const noMocksId = '\0ucs-no-mocks';

/**
 * Demo mode only: serves (dev) and emits (build) MSW's service worker, which is not kept in
 * public/ so it always matches the installed msw. In the live build, mocks/browser resolves to
 * a stub instead, so no mock code can reach dist/ even through a forgotten import.
 */
function demoBackend(enabled: boolean): Plugin {
  return {
    name: 'ucs-demo-backend',
    enforce: 'pre',
    resolveId(source) {
      if (!enabled && /(^|\/)mocks\/browser(\.ts)?$/.test(source)) return noMocksId;
      return null;
    },
    load(id) {
      if (id !== noMocksId) return null;
      return 'export function startDemoBackend() { throw new Error("No mock backend in live mode"); }\nexport const resetDemoData = startDemoBackend;\n';
    },
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
    plugins: [react(), demoBackend(demo)],
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
