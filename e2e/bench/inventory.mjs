/**
 * Inventory benchmark (numbers, not pass/fail): the demo build at `/clusters?mock-scale=10000`
 * in Chromium. Prints the median of several runs of
 *   - time to first rows: navigation start → first table row in the DOM (includes seeding the
 *     10,000-cluster mock in the page and the first page request);
 *   - first search: typing a name fragment → filtered rows shown, the first time (includes
 *     fetching every row, since name search is done in the browser);
 *   - search latency: the same once all rows are loaded (what typing feels like);
 *   - filter latency: choosing a provider → filtered rows shown.
 *
 *   node e2e/bench/inventory.mjs [runs=5]     (BENCH_SKIP_BUILD=1 reuses the last build)
 */
import { execFileSync, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { measureInPage, median, openProviderFilter } from './measure.mjs';

const runs = Number(process.argv[2] ?? 5);
const port = Number(process.env.BENCH_PORT ?? 4191);
const outDir = process.env.BENCH_OUT_DIR ?? '/tmp/ucs-bench-dist';
const base = `http://127.0.0.1:${port}`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!process.env.BENCH_SKIP_BUILD) {
  execFileSync(
    'npx',
    ['vite', 'build', '--mode', 'demo', '--outDir', outDir, '--logLevel', 'error'],
    {
      stdio: 'inherit',
    },
  );
}
const server = spawn(
  'npx',
  ['vite', 'preview', '--mode', 'demo', '--strictPort', '--port', String(port), '--outDir', outDir],
  { stdio: 'ignore', detached: true },
);
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not start on ${base}`);
}

await waitForServer();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const results = { firstRows: [], firstSearch: [], search: [], filter: [] };
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(`${base}/clusters?mock-scale=10000`);
    await page.locator('tbody tr[aria-rowindex]').first().waitFor();
    results.firstRows.push(Date.now() - start);

    results.firstSearch.push(
      await measureInPage(page, 'of 10 clusters', { kind: 'type', value: '-0001' }),
    );
    for (const fragment of ['-0002', '-0003', '-0004', '-0005']) {
      results.search.push(
        await measureInPage(page, 'of 10 clusters', { kind: 'type', value: fragment }),
      );
    }
    await measureInPage(page, 'of 10,000 clusters', { kind: 'type', value: '' });
    for (const provider of ['azure', 'aws', 'googlecloud']) {
      const listbox = await openProviderFilter(page, provider);
      // Each provider has roughly 1/13 of the scale seed (rows of table 5.7).
      results.filter.push(
        await measureInPage(page, undefined, { kind: 'option', value: provider, listbox }),
      );
    }
    await context.close();
  }
} finally {
  await browser.close();
  stopServer();
}

const line = (label, values) =>
  console.log(
    `${label.padEnd(44)} median ${median(values).toFixed(0).padStart(5)} ms  (${values.map((v) => v.toFixed(0)).join(', ')})`,
  );
console.log(`Inventory at 10,000 clusters, ${runs} runs, Chromium`);
line('time to first rows', results.firstRows);
line('first search (loads every row once)', results.firstSearch);
line('search latency (rows loaded)', results.search);
line('provider filter latency (rows loaded)', results.filter);
