/* global document, window, requestAnimationFrame, MutationObserver -- used in init scripts, which run in the browser */
/**
 * Live-mode benchmark (numbers, not pass/fail): the production build against the mock UCS HTTP
 * server at 10,000 clusters, side by side with the floor page (e2e/bench/floor/: a minimal Vite +
 * React page that fetches the first 25 clusters through the same proxy and renders them as
 * table rows) and the stack's floor page (e2e/bench/stack-floor/: the same on the libraries the
 * console must use — Mantine, React Router, i18next, TanStack Query — with the inventory's first
 * request and columns). All are served by `vite preview` with the project's config (proxy,
 * headers), so only the app differs. In Chromium, each figure from fresh browser contexts, the
 * pages taking turns:
 *   - navigation → first table row (in the DOM and the next frame), median of the runs;
 *   - typing a name fragment → rows updated, median and p95 of every search once rows are loaded
 *     (the first search, which loads them, is printed apart);
 *   - JS heap after five searches and five filter changes, after a garbage collection (CDP);
 *   - initial JS + CSS gzip (e2e/bench/bundle.mjs), with the console's per-chunk table.
 * Missed goals are printed, never failed: it exits non-zero only when something broke.
 *
 *   node e2e/bench/live.mjs [runs=5]
 *   BENCH_SKIP_BUILD=1 reuses the last builds; BENCH_LIVE_DIR (default /tmp/ucs-bench-live)
 *   is where they go; BENCH_SCALE (default 10000) is the mock's cluster count.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { measureBundle, printChunks } from './bundle.mjs';
import { measureInPage, median, openProviderFilter, percentile } from './measure.mjs';

const runs = Number(process.argv[2] ?? 5);
const scale = Number(process.env.BENCH_SCALE ?? 10_000);
const outDir = process.env.BENCH_LIVE_DIR ?? '/tmp/ucs-bench-live';
const consoleDist = join(outDir, 'console');
const floorDist = join(outDir, 'floor');
const stackFloorDist = join(outDir, 'stack-floor');
/** The two floor pages: each built on its own, with none of the app's config. */
const floorPages = [
  [fileURLToPath(new URL('./floor', import.meta.url)), floorDist],
  [fileURLToPath(new URL('./stack-floor', import.meta.url)), stackFloorDist],
];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Process groups this script started; each is killed on exit, however it exits. */
const started = [];
function stopAll() {
  for (const child of started.splice(0)) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });

function startGroup(command, args, env = {}) {
  const child = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: { ...process.env, ...env },
  });
  started.push(child);
  child.once('exit', (code, signal) => {
    if (!started.includes(child)) return;
    console.error(`${command} ${args.join(' ')} stopped early (${signal ?? code})`);
    process.exit(1);
  });
  return child;
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers at all (any status). */
async function waitFor(url, what) {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not start on ${url}`);
}

if (!process.env.BENCH_SKIP_BUILD) {
  // The production build exactly as `npm run build` makes it, only elsewhere.
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', consoleDist, '--emptyOutDir', '--logLevel', 'error'],
    { stdio: 'inherit' },
  );
  // The floor pages on their own: none of the app's config, only the React plugin.
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  for (const [root, dist] of floorPages)
    await build({
      root,
      configFile: false,
      logLevel: 'error',
      plugins: [react()],
      build: { outDir: dist, emptyOutDir: true },
    });
}

const [mockPort, consolePort, floorPort, stackFloorPort] = [
  await freePort(),
  await freePort(),
  await freePort(),
  await freePort(),
];
const mockUrl = `http://127.0.0.1:${mockPort}`;
startGroup('npx', [
  'tsx',
  'mocks/server/main.ts',
  '--port',
  String(mockPort),
  '--scale',
  String(scale),
]);
// Console and floor behind two identical servers: the project's `vite preview` (its proxy to
// the mock server and its headers), each with its own build.
const endpoints = { UCS_ENDPOINT: mockUrl, IAM_ENDPOINT: mockUrl };
for (const [port, dist] of [
  [consolePort, consoleDist],
  [floorPort, floorDist],
  [stackFloorPort, stackFloorDist],
])
  startGroup(
    'npx',
    ['vite', 'preview', '--strictPort', '--port', String(port), '--outDir', dist],
    endpoints,
  );
const consoleBase = `http://127.0.0.1:${consolePort}`;
const floorBase = `http://127.0.0.1:${floorPort}`;
const stackFloorBase = `http://127.0.0.1:${stackFloorPort}`;
await waitFor(`${mockUrl}/v1/config/registeredclusterversions`, 'the mock server');
await waitFor(consoleBase, 'vite preview (console)');
await waitFor(floorBase, 'vite preview (floor)');
await waitFor(stackFloorBase, 'vite preview (stack floor)');

/** What sign-in leaves in sessionStorage (src/api/session.ts); the mock takes any token. */
const session = {
  token: 'bench-token',
  expiresAt: new Date(Date.now() + 24 * 3_600_000).toISOString(),
  region: null,
  projectName: 'cn-north-4',
  userName: 'demo',
  domainName: 'demo',
};

/**
 * In every document of the context, before its scripts: the session, and a watch that records
 * in `window.__benchFirstRow` the ms from navigation start to the frame after the first element
 * matching `selector` appeared.
 */
function benchInit({ session: info, selector }) {
  sessionStorage.setItem('ucs:session', JSON.stringify(info));
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    const inDom = performance.now();
    requestAnimationFrame(() => {
      window.__benchFirstRow = { inDom, frame: performance.now() };
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function openFresh(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(benchInit, { session, selector });
  const page = await context.newPage();
  await page.goto(url);
  const firstRow = await page
    .waitForFunction(() => window.__benchFirstRow, undefined, { timeout: 60_000 })
    .then((handle) => handle.jsonValue());
  return { context, page, firstRow: firstRow.frame };
}

/** JS heap in use after a full garbage collection, in MB. */
async function heapMb(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value / 1_000_000;
}

const total = scale.toLocaleString('en-US');
const providers = ['azure', 'aws', 'googlecloud', 'aliyun', 'tencentcloud'];
const results = {
  floor: { firstRows: [], heap: [] },
  stackFloor: { firstRows: [] },
  console: { firstRows: [], firstSearch: [], search: [], filter: [], heap: [] },
};

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (let run = 0; run < runs; run += 1) {
    {
      const { context, page, firstRow } = await openFresh(browser, `${floorBase}/`, 'tbody tr');
      results.floor.firstRows.push(firstRow);
      const shown = await page.locator('tbody tr').count();
      if (shown !== Math.min(25, scale)) throw new Error(`The floor page shows ${shown} rows`);
      results.floor.heap.push(await heapMb(context, page));
      await context.close();
    }
    {
      const { context, page, firstRow } = await openFresh(
        browser,
        `${stackFloorBase}/`,
        'tbody tr',
      );
      results.stackFloor.firstRows.push(firstRow);
      const shown = await page.locator('tbody tr').count();
      if (shown !== Math.min(50, scale)) throw new Error(`The stack's floor shows ${shown} rows`);
      await context.close();
    }
    {
      const { context, page, firstRow } = await openFresh(
        browser,
        `${consoleBase}/clusters`,
        'tbody tr[aria-rowindex]',
      );
      results.console.firstRows.push(firstRow);
      // Five searches (the first loads every row), then five filter changes.
      results.console.firstSearch.push(
        await measureInPage(page, 'of 10 clusters', { kind: 'type', value: '-0001' }),
      );
      for (const fragment of ['-0002', '-0003', '-0004', '-0005'])
        results.console.search.push(
          await measureInPage(page, 'of 10 clusters', { kind: 'type', value: fragment }),
        );
      await measureInPage(page, `of ${total} clusters`, { kind: 'type', value: '' });
      for (const provider of providers) {
        const listbox = await openProviderFilter(page, provider);
        results.console.filter.push(
          await measureInPage(page, undefined, { kind: 'option', value: provider, listbox }),
        );
      }
      results.console.heap.push(await heapMb(context, page));
      await context.close();
    }
  }
} finally {
  await browser.close();
  stopAll();
}

const consoleBundle = measureBundle(consoleDist);
const floorBundle = measureBundle(floorDist);

console.log(`\nInitial and on-demand chunks of the production build (${consoleDist}):`);
printChunks(consoleBundle);

const ms = (value) => `${value.toFixed(0)} ms`;
const mb = (value) => `${value.toFixed(1)} MB`;
const bytes = (value) => `${value.toLocaleString('en-US')} B`;
const ratio = (console_, floor) => `${(console_ / floor).toFixed(2)}×`;
const samples = (values) => values.map((value) => value.toFixed(0)).join(', ');

const firstRowsFloor = median(results.floor.firstRows);
const firstRowsConsole = median(results.console.firstRows);
const firstRowsStack = median(results.stackFloor.firstRows);
const heapFloor = median(results.floor.heap);
const heapConsole = median(results.console.heap);
const rows = [
  ['figure', 'floor', 'console', 'ratio', 'goal'],
  [
    `navigation → first table row, median of ${runs}`,
    ms(firstRowsFloor),
    ms(firstRowsConsole),
    ratio(firstRowsConsole, firstRowsFloor),
    '≤ 1.5× the floor',
  ],
  [
    `  the stack's floor page (Mantine, Router, i18next, Query)`,
    ms(firstRowsFloor),
    ms(firstRowsStack),
    ratio(firstRowsStack, firstRowsFloor),
    '',
  ],
  [
    `  the console against the stack's floor page`,
    ms(firstRowsStack),
    ms(firstRowsConsole),
    ratio(firstRowsConsole, firstRowsStack),
    '',
  ],
  [
    'type a name fragment → rows updated, median',
    '—',
    ms(median(results.console.search)),
    '—',
    '≤ 50 ms',
  ],
  [
    'type a name fragment → rows updated, p95',
    '—',
    ms(percentile(results.console.search, 0.95)),
    '—',
    '≤ 100 ms',
  ],
  [
    'initial JS + CSS (gzip, what index.html loads)',
    bytes(floorBundle.total),
    bytes(consoleBundle.total),
    ratio(consoleBundle.total, floorBundle.total),
    '≤ 160,000 B',
  ],
  [
    'JS heap after 5 searches + 5 filter changes',
    mb(heapFloor),
    mb(heapConsole),
    ratio(heapConsole, heapFloor),
    '≤ 150 MB',
  ],
];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
const format = (row) =>
  `| ${row.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;

console.log(
  `\nLive mode at ${total} clusters (mock HTTP server), ${runs} fresh contexts each, Chromium`,
);
console.log(format(rows[0]));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows.slice(1)) console.log(format(row));
console.log('\nSamples (ms unless noted):');
console.log(`  first row, floor:                  ${samples(results.floor.firstRows)}`);
console.log(`  first row, stack's floor:          ${samples(results.stackFloor.firstRows)}`);
console.log(`  first row, console:                ${samples(results.console.firstRows)}`);
console.log(
  `  first search (loads every row):    ${samples(results.console.firstSearch)}` +
    `  median ${ms(median(results.console.firstSearch))}`,
);
console.log(`  search (rows loaded):              ${samples(results.console.search)}`);
console.log(
  `  provider filter (rows loaded):     ${samples(results.console.filter)}` +
    `  median ${ms(median(results.console.filter))}`,
);
console.log(`  heap MB, floor:                    ${results.floor.heap.map(mb).join(', ')}`);
console.log(`  heap MB, console:                  ${results.console.heap.map(mb).join(', ')}`);
