/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { compressResponses } from './.config/proxyCompression.ts';
import {
  dropClientHeaders,
  dropUpstreamCorsHeaders,
  refuseUnwanted,
} from './.config/proxyHardening.ts';

const workerFile = 'mockServiceWorker.js';
const workerSource = fileURLToPath(import.meta.resolve('msw/mockServiceWorker.js'));

const noMocksId = '\0ucs-no-mocks';

/**
 * Both servers refuse TRACE and TRACK and do not serve source maps (`.config/proxyHardening.ts`),
 * ahead of their own middlewares and the proxy.
 */
function hardening(): Plugin {
  return {
    name: 'ucs-hardening',
    configureServer(server) {
      server.middlewares.use(refuseUnwanted);
    },
    configurePreviewServer(server) {
      server.middlewares.use(refuseUnwanted);
    },
  };
}

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
      return [
        'export function startDemoBackend() { throw new Error("No mock backend in live mode"); }',
        'export const resetDemoData = startDemoBackend;',
        'export const DEMO_CREDENTIALS = undefined;',
      ].join('\n');
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

/** Table 1-1 of the UCS reference; the console's region menu offers the same ids. */
const regions = ['cn-north-4', 'ap-southeast-3'];
export const defaultUcsEndpoint = 'https://ucs.cn-north-4.myhuaweicloud.com';
export const defaultIamEndpoint = 'https://iam.cn-north-4.myhuaweicloud.com';

function forwardTo(target: string, prefix: string): ProxyOptions {
  return {
    target,
    changeOrigin: true,
    secure: true,
    rewrite: (path) => path.slice(prefix.length) || '/',
    // Asks upstream for compressed bodies and answers the browser compressed (12.5 MB of JSON
    // at 10,000 clusters is about 1 MB): the response is written by the hook.
    selfHandleResponse: true,
    configure: (proxy) => {
      // No CORS grants back to the browser: registered before compressResponses, whose own
      // proxyRes listener writes the answer.
      proxy.on('proxyRes', (proxyRes) => dropUpstreamCorsHeaders(proxyRes));
      compressResponses(proxy);
      // No cookies, no client-supplied X-Forwarded-* (the console needs neither).
      proxy.on('proxyReq', (proxyReq) => dropClientHeaders(proxyReq));
    },
  };
}

/**
 * Live mode's proxy. UCS and IAM send no CORS headers, so the browser talks to this origin:
 * `/ucs-api/{region}/…` goes to that region's endpoint, plain `/ucs-api/…` to UCS_ENDPOINT
 * (a custom endpoint, or the mock server); `/iam-api` likewise with IAM_ENDPOINT. Only
 * these fixed targets are reachable: the proxy is not open to arbitrary hosts.
 */
function liveProxy(env: Record<string, string | undefined>): Record<string, ProxyOptions> {
  const proxy: Record<string, ProxyOptions> = {};
  for (const region of regions) {
    proxy[`/ucs-api/${region}/`] = forwardTo(
      `https://ucs.${region}.myhuaweicloud.com`,
      `/ucs-api/${region}`,
    );
    proxy[`/iam-api/${region}/`] = forwardTo(
      `https://iam.${region}.myhuaweicloud.com`,
      `/iam-api/${region}`,
    );
  }
  proxy['/ucs-api/'] = forwardTo(env.UCS_ENDPOINT || defaultUcsEndpoint, '/ucs-api');
  proxy['/iam-api/'] = forwardTo(env.IAM_ENDPOINT || defaultIamEndpoint, '/iam-api');
  return proxy;
}

/**
 * Served with the production build: scripts from this origin only. Mantine writes its CSS
 * variables in <style> elements, hence the inline styles.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers both servers send with every response (and .config/nginx.conf, which is tested on it). */
export const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export default defineConfig(({ mode }) => {
  const demo = mode === 'demo';
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const proxy = demo ? undefined : liveProxy(env);
  return {
    plugins: [react(), hardening(), demoBackend(demo)],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    define: {
      // Decided at build time so the live bundle drops every import of mocks/.
      __UCS_DEMO__: JSON.stringify(demo),
    },
    build: {
      outDir: demo ? 'dist-demo' : 'dist',
      // Kept for debugging a build, but not referenced from the bundles, and neither server
      // hands them out (nor does the nginx recipe).
      sourcemap: 'hidden',
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Few requests rather than a hundred: left to itself, the bundler splits the shared
            // code of the lazy pages into about a hundred small chunks, and a browser fetches
            // six at a time from one host, so the first page waited on queued icons. Groups are
            // tried in order; the first download stays what the entry needs.
            groups: [
              // The entry's own modules: one chunk with the entry.
              { name: 'shell', tags: ['$initial'] },
              // Charts (the overview only) and the positioning engine of menus and popovers:
              // chunks of their own, fetched when first needed.
              {
                name: 'charts',
                test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|@mantine[\\/]charts|es-toolkit|decimal\.js-light|eventemitter3|immer|reselect|@reduxjs|redux|react-redux|use-sync-external-store|tiny-invariant)[\\/]/,
                // Only these: Mantine's own core (Box, styles) is every page's, not the charts'.
                includeDependenciesRecursively: false,
              },
              {
                name: 'floating-ui',
                test: /node_modules[\\/]@floating-ui[\\/]/,
                // Only the engine itself, not React and the helpers it imports.
                includeDependenciesRecursively: false,
              },
              // Libraries only some pages use: the YAML parser (kubeconfig, cluster roles), the
              // palette and the form engines, fetched with the first page that needs them.
              { name: 'yaml', test: /node_modules[\\/]yaml[\\/]/ },
              {
                name: 'palette',
                test: /node_modules[\\/]@mantine[\\/]spotlight[\\/]/,
                includeDependenciesRecursively: false,
              },
              {
                name: 'forms',
                test: /node_modules[\\/](@mantine[\\/]form|react-number-format)[\\/]/,
              },
              // The URL-state parsers: list loaders need them before anything else.
              {
                name: 'url-state',
                test: /node_modules[\\/]nuqs[\\/]|[\\/]src[\\/]components[\\/]list[\\/]urlParsers\.ts$/,
              },
              // Every other library the pages use, in one chunk fetched with the first page.
              { name: 'libraries', test: /node_modules/ },
              // The console's own kit (shared components, API helpers): one chunk rather than a
              // dozen small ones, which a browser would fetch six at a time behind the page. Not
              // what only the configuration pages use (the Terraform writer, the bundle's parser,
              // plan and compiled schema, 100 KB): it goes with those pages.
              {
                name: 'kit',
                test: /[\\/]src[\\/](components|api)[\\/](?!export[\\/]terraform\.ts$|bundle[\\/]|generated[\\/]bundleValidator\.ts$)/,
              },
            ],
          },
        },
      },
    },
    server: {
      host: '127.0.0.1',
      port: 5173,
      proxy,
      // Same-origin only: no other page may read the API through this server.
      cors: false,
      // What the dev server can send; its CSP would have to allow Vite's inline refresh script.
      headers: securityHeaders,
    },
    preview: {
      host: '127.0.0.1',
      port: demo ? 4174 : 4173,
      proxy,
      cors: false,
      headers: { 'Content-Security-Policy': contentSecurityPolicy, ...securityHeaders },
    },
    test: {
      environment: 'jsdom',
      globals: false,
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', '.config/**/*.test.ts'],
      setupFiles: ['src/test/setup.ts'],
      css: false,
      // nuqs imports react-router itself: bundled by Vite like our code, both share one copy
      // (and one router context) instead of Node loading a second build of it.
      server: { deps: { inline: ['nuqs'] } },
      // Room for several 10 s waits (src/test/setup.ts) on one busy core.
      testTimeout: 30_000,
      // Every core: Vitest's default leaves one free, which on a 2-core machine means one worker.
      maxWorkers: availableParallelism(),
      // Worker threads start faster than forked processes (83 s against 104 s for the suite here).
      pool: 'threads',
    },
  };
});
