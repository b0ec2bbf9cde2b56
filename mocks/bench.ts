/**
 * Milliseconds per list request at 10,000 clusters, through the same MSW handlers the demo,
 * tests and HTTP server use (request matching, auth, paging and JSON included).
 *
 *   npx tsx mocks/bench.ts [clusters=10000] [requests=200]
 */
import { getResponse } from 'msw';
import { createBackend } from './backend';
import { createHandlers } from './handlers';

const clusters = Number(process.argv[2] ?? 10_000);
const requests = Number(process.argv[3] ?? 200);

const seedStart = performance.now();
const backend = createBackend({ scale: clusters, clock: { realTime: false } });
const seedMs = performance.now() - seedStart;
const handlers = createHandlers(backend);
const fleetId = backend.store.state.fleets[7]?.fleet.metadata.uid ?? '';

const cases: [string, (i: number) => string][] = [
  ['page of 20, newest first', (i) => `/v1/clusters?limit=20&offset=${(i * 20) % clusters}`],
  [
    'page of 20 by update time',
    (i) => `/v1/clusters?limit=20&offset=${(i * 20) % clusters}&order_by=update_at&order=asc`,
  ],
  [
    'page of 50, category + manage type',
    () => '/v1/clusters?limit=50&category=attachedcluster&managetype=grouped',
  ],
  ['one fleet’s clusters', () => `/v1/clusters?clustergroupid=${fleetId}`],
  [
    'page of 100 without status',
    (i) => `/v1/clusters?limit=100&offset=${(i * 100) % clusters}&enablestatus=false`,
  ],
  ['fleets, page of 20', (i) => `/v1/clustergroups?limit=20&offset=${i % 400}`],
];

async function time(path: (i: number) => string): Promise<number> {
  const run = async (i: number) => {
    const response = await getResponse(
      handlers,
      new Request(`http://localhost/ucs-api${path(i)}`, { headers: { 'X-Auth-Token': 'bench' } }),
    );
    if (response?.status !== 200) throw new Error(`${path(i)} answered ${response?.status}`);
    await response.text();
  };
  for (let i = 0; i < 20; i += 1) await run(i); // warm-up
  const start = performance.now();
  for (let i = 0; i < requests; i += 1) await run(i);
  return (performance.now() - start) / requests;
}

console.log(
  `Seeded ${clusters} clusters in ${backend.store.state.fleets.length} fleets in ${seedMs.toFixed(0)} ms`,
);
for (const [name, path] of cases) {
  console.log(`${name.padEnd(40)} ${(await time(path)).toFixed(3)} ms/request`);
}
// A change invalidates the sort cache: the first page after it pays for one re-sort.
backend.store.changed();
const afterChange = performance.now();
await getResponse(
  handlers,
  new Request('http://localhost/ucs-api/v1/clusters?limit=20&order_by=update_at', {
    headers: { 'X-Auth-Token': 'bench' },
  }),
);
console.log(
  `${'first page after a change (re-sort)'.padEnd(40)} ${(performance.now() - afterChange).toFixed(3)} ms`,
);
