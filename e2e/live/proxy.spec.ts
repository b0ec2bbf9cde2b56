import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { livePort, mockPort } from '../support/ports';
import { rawRequest } from '../support/rawHttp';

// The live preview server itself (`vite preview`, vite.config.ts and .config/proxyHardening.ts),
// as a client other than the console could use it. That it forwards no cookie or X-Forwarded-*
// header is checked by .config/proxyHardening.test.ts: the mock server does not echo what it
// received, and the preview's upstreams are fixed.

const preview = `http://127.0.0.1:${livePort}`;
const mock = `http://127.0.0.1:${mockPort}`;
const dist = join(import.meta.dirname, '..', '..', 'dist');

test('the preview refuses TRACE and TRACK and serves no source map', async () => {
  expect((await rawRequest(`${preview}/`, { method: 'TRACE' })).status).toBe(405);
  // Node's HTTP parser knows no TRACK: it answers 400 before any middleware runs (which would
  // answer 405). Either way nothing reaches UCS.
  const track = await rawRequest(`${preview}/ucs-api/v1/clusters`, { method: 'TRACK' });
  expect([400, 405]).toContain(track.status);
  const map = readdirSync(join(dist, 'assets')).find((name) => name.endsWith('.js.map'));
  expect(map, 'dist/assets holds source maps').toBeTruthy();
  const answer = await rawRequest(`${preview}/assets/${map}`);
  expect(answer.status).toBe(404);
  expect(answer.body.toString()).not.toContain('"mappings"');
});

test("the preview's proxy passes on no CORS grant, though the upstream sends one", async () => {
  const headers = { Origin: 'https://evil.example', 'X-Auth-Token': 'any-token' };
  const direct = await rawRequest(`${mock}/v1/clusters`, { headers });
  expect(direct.headers['access-control-allow-origin']).toBe('https://evil.example');

  const read = await rawRequest(`${preview}/ucs-api/v1/clusters`, { headers });
  expect(read.status).toBe(200);
  const preflight = await rawRequest(`${preview}/ucs-api/v1/clusters`, {
    method: 'OPTIONS',
    headers: { ...headers, 'Access-Control-Request-Method': 'DELETE' },
  });
  for (const answer of [read, preflight]) {
    expect(
      Object.keys(answer.headers).filter((name) => name.startsWith('access-control-')),
    ).toEqual([]);
  }
});
