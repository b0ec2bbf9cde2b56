import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { DEMO_CREDENTIALS } from '../../mocks/resources/iam';
import { en } from '../../src/i18n/resources';
import { contentSecurityPolicy, securityHeaders } from '../../vite.config';
import { selfSignedCertificate, startNginx, type RunningNginx } from '../support/nginx';
import { mockPort } from '../support/ports';
import { rawRequest } from '../support/rawHttp';

// The live build (dist/) served by Debian's nginx with the shipped .config/nginx.conf, adapted
// only in its ports, certificate, root and upstreams (e2e/support/nginx.ts): the API goes to the
// mock server over plain HTTP, one region route to an echo server (what reaches UCS), and one to
// an HTTPS server whose certificate no CA vouches for (TLS verification, on as shipped).

const dist = join(import.meta.dirname, '..', '..', 'dist');
const mockUrl = `http://127.0.0.1:${mockPort}`;

interface Echo {
  port: number;
  /** Requests that reached the server: their path and headers. */
  requests: { url: string; headers: IncomingHttpHeaders }[];
  /** The server name (SNI) of every TLS handshake begun. */
  serverNames: string[];
  close(): Promise<void>;
}

/** Answers every request with its path and headers, as JSON. */
async function startEcho(server: Server): Promise<Echo> {
  const echo: Echo = { port: 0, requests: [], serverNames: [], close: async () => {} };
  server.on('request', (request, response) => {
    const seen = { url: request.url ?? '', headers: request.headers };
    echo.requests.push(seen);
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(seen));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  echo.port = typeof address === 'object' && address ? address.port : 0;
  echo.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return echo;
}

let dir = '';
let nginx: RunningNginx | undefined;
let ucsEcho: Echo | undefined;
let untrustedIam: Echo | undefined;

function running(): RunningNginx {
  if (!nginx) throw new Error('nginx did not start');
  return nginx;
}

test.use({ ignoreHTTPSErrors: true });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ucs-nginx-'));
  const { certificate, key } = selfSignedCertificate(dir);
  ucsEcho = await startEcho(createHttpServer());
  const context = createSecureContext({ cert: readFileSync(certificate), key: readFileSync(key) });
  const serverNames: string[] = [];
  untrustedIam = await startEcho(
    createHttpsServer({
      cert: readFileSync(certificate),
      key: readFileSync(key),
      SNICallback: (name, done) => {
        serverNames.push(name);
        done(null, context);
      },
    }),
  );
  untrustedIam.serverNames = serverNames;
  nginx = await startNginx({
    dir,
    certificate,
    key,
    root: dist,
    upstreams: {
      default: `${mockUrl}/`,
      '/ucs-api/ap-southeast-3/': `http://127.0.0.1:${ucsEcho.port}/`,
      // A host name, so nginx sends it as SNI and checks the certificate against it.
      '/iam-api/ap-southeast-3/': `https://localhost:${untrustedIam.port}/`,
    },
  });
});

test.afterAll(async () => {
  await nginx?.stop();
  await ucsEcho?.close();
  await untrustedIam?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('behind the shipped nginx, signing in lists the clusters; its logs keep neither token nor password', async ({
  page,
}) => {
  const { url } = running();
  await page.goto(`${url}/clusters?sort=name`);
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
  await page.getByLabel(en.signIn.domainName).fill(DEMO_CREDENTIALS.domain);
  await page.getByLabel(en.signIn.userName).fill(DEMO_CREDENTIALS.user);
  await page
    .getByRole('textbox', { name: en.signIn.password, exact: true })
    .fill(DEMO_CREDENTIALS.password);
  await page.getByRole('button', { name: en.signIn.submit }).click();

  await expect(page).toHaveURL(`${url}/clusters?sort=name`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.clusters.title);
  await expect(page.getByRole('link', { name: 'test-cluster', exact: true })).toBeVisible();

  const session = await page.evaluate(() => sessionStorage.getItem('ucs:session'));
  const token = (JSON.parse(session ?? '{}') as { token?: string }).token ?? '';
  expect(token.length).toBeGreaterThan(10);
  const accessLog = running().accessLog();
  // Both routes were taken through nginx, and logged...
  expect(accessLog).toMatch(/"POST \/iam-api\/v3\/auth\/tokens HTTP\/[\d.]+" 201 /);
  expect(accessLog).toMatch(/"GET \/ucs-api\/v1\/clusters\?[^"]* HTTP\/[\d.]+" 200 /);
  // ...without the secrets that travelled with them.
  for (const log of [accessLog, running().errorLog()]) {
    expect(log).not.toContain(token);
    expect(log).not.toContain(DEMO_CREDENTIALS.password);
  }
});

test("the pages carry the preview's CSP and security headers, and HSTS; only hashed bundles are cached for long", async () => {
  const { url } = running();
  for (const path of ['/', '/fleets/some-fleet/federation']) {
    const page = await rawRequest(`${url}${path}`);
    expect(page.status, path).toBe(200);
    expect(page.headers['content-type'], path).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy'], path).toBe(contentSecurityPolicy);
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(page.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
    expect(page.headers['strict-transport-security'], path).toMatch(/^max-age=\d{7,}/);
    expect(page.headers['cache-control'], path).toBe('no-cache');
  }

  const html = (await rawRequest(`${url}/`)).body.toString();
  const entry = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(entry, 'index.html loads a bundle from /assets/').toBeTruthy();
  const bundle = await rawRequest(`${url}${entry}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(bundle.status).toBe(200);
  expect(bundle.headers['content-type']).toMatch(/javascript/);
  expect(bundle.headers['content-encoding']).toBe('gzip');
  expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(bundle.headers['content-security-policy']).toBe(contentSecurityPolicy);

  // A bundle that is not there is a 404, not index.html under a year-long cache.
  const missing = await rawRequest(`${url}/assets/missing-0000.js`);
  expect(missing.status).toBe(404);
  expect(missing.headers['cache-control']).toBeUndefined();

  // The API's answers come compressed (gzip_proxied), with no cache header of nginx's own.
  const clusters = await rawRequest(`${url}/ucs-api/v1/clusters?limit=100`, {
    headers: { 'X-Auth-Token': 'any-token', 'Accept-Encoding': 'gzip' },
  });
  expect(clusters.status).toBe(200);
  expect(clusters.headers['content-encoding']).toBe('gzip');
  expect(clusters.headers['cache-control']).toBeUndefined();
  const list = JSON.parse(gunzipSync(clusters.body).toString()) as { items: unknown[] };
  expect(list.items.length).toBeGreaterThan(0);
});

test('nginx refuses TRACE and TRACK, serves no source map, and grants no other origin', async () => {
  const { url } = running();
  expect((await rawRequest(`${url}/`, { method: 'TRACE' })).status).toBe(405);
  expect((await rawRequest(`${url}/ucs-api/v1/clusters`, { method: 'TRACK' })).status).toBe(405);

  // The build has the maps (sourcemap: 'hidden'); nginx does not hand them out.
  const map = readdirSync(join(dist, 'assets')).find((name) => name.endsWith('.js.map'));
  expect(map, 'dist/assets holds source maps').toBeTruthy();
  const mapResponse = await rawRequest(`${url}/assets/${map}`);
  expect(mapResponse.status).toBe(404);
  expect(mapResponse.body.toString()).not.toContain('"mappings"');

  // The mock server grants any origin (for other clients); nginx passes no grant on.
  const origin = { Origin: 'https://evil.example', 'X-Auth-Token': 'any-token' };
  const direct = await rawRequest(`${mockUrl}/v1/clusters`, { headers: origin });
  expect(direct.headers['access-control-allow-origin']).toBe('https://evil.example');
  const viaNginx = await rawRequest(`${url}/ucs-api/v1/clusters`, { headers: origin });
  expect(viaNginx.status).toBe(200);
  const preflight = await rawRequest(`${url}/ucs-api/v1/clusters`, {
    method: 'OPTIONS',
    headers: { ...origin, 'Access-Control-Request-Method': 'DELETE' },
  });
  for (const answer of [viaNginx, preflight]) {
    expect(
      Object.keys(answer.headers).filter((name) => name.startsWith('access-control-')),
    ).toEqual([]);
  }
});

test('nginx forwards neither cookies nor forwarding headers, and strips the route prefix', async () => {
  const { url } = running();
  const answer = await rawRequest(`${url}/ucs-api/ap-southeast-3/v1/clusters?limit=1`, {
    headers: {
      'X-Auth-Token': 'the-token',
      Cookie: 'session=abc',
      Forwarded: 'for=10.0.0.1',
      'X-Real-IP': '10.0.0.1',
      'X-Forwarded-For': '10.0.0.1',
      'X-Forwarded-Host': 'evil.example',
      'X-Forwarded-Proto': 'http',
    },
  });
  expect(answer.status).toBe(200);
  expect(ucsEcho?.requests).toHaveLength(1);
  const seen = ucsEcho?.requests[0];
  expect(seen?.url).toBe('/v1/clusters?limit=1');
  expect(seen?.headers['x-auth-token']).toBe('the-token');
  // The upstream's own host, as Vite's changeOrigin sends.
  expect(seen?.headers.host).toBe(`127.0.0.1:${ucsEcho?.port}`);
  const dropped = ['cookie', 'forwarded', 'x-real-ip', 'x-forwarded-for', 'x-forwarded-host'];
  expect(Object.keys(seen?.headers ?? {}).filter((name) => dropped.includes(name))).toEqual([]);
  expect(
    Object.keys(seen?.headers ?? {}).filter((name) => name.startsWith('x-forwarded-')),
  ).toEqual([]);
});

test("nginx verifies the upstream's certificate: one no CA vouches for gets nothing sent", async () => {
  const { url } = running();
  const answer = await rawRequest(`${url}/iam-api/ap-southeast-3/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ password: DEMO_CREDENTIALS.password }),
  });
  expect(answer.status).toBe(502);
  // The handshake began, naming the upstream's host (SNI), but no request followed it.
  expect(untrustedIam?.serverNames).toContain('localhost');
  expect(untrustedIam?.requests).toEqual([]);
  expect(running().errorLog()).toMatch(/upstream SSL certificate verify error/);
});

test('plain HTTP only redirects to HTTPS', async () => {
  const answer = await rawRequest(`${running().redirectUrl}/clusters?sort=name`);
  expect(answer.status).toBe(301);
  expect(answer.headers.location).toBe('https://127.0.0.1/clusters?sort=name');
});
