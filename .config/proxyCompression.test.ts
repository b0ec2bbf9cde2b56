// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server as mockService } from '../mocks/node';
import { acceptedEncodings, compressResponses, upstreamAcceptEncoding } from './proxyCompression';

const body = JSON.stringify({
  items: Array.from({ length: 200 }, (_, index) => ({ metadata: { name: `cluster-${index}` } })),
});

/** What the upstream saw last, and a route per kind of answer. */
let upstreamAsked: string | undefined;
const upstream = createServer((req, res) => {
  upstreamAsked = req.headers['accept-encoding'];
  if (req.url === '/gzipped') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    res.end(zlib.gzipSync(body));
  } else if (req.url === '/binary') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    res.end(body);
  } else {
    res.writeHead(200, { 'Content-Type': 'application/json', Vary: 'Origin' });
    res.end(body);
  }
});

let server: PreviewServer;
let outDir: string;

beforeAll(async () => {
  // Real sockets here: the mock backend's interception (started by the test setup) stands down.
  mockService.close();
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const target = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  outDir = mkdtempSync(join(tmpdir(), 'proxy-compression-'));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html>');
  server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      proxy: {
        '/ucs-api/': {
          target,
          changeOrigin: true,
          rewrite: (path) => path.slice('/ucs-api'.length),
          selfHandleResponse: true,
          configure: compressResponses,
        },
      },
    },
  });
});

afterAll(async () => {
  await server.close();
  await new Promise((resolve) => upstream.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
});

/** The raw answer of the proxy: headers and undecoded bytes. */
function get(path: string, acceptEncoding?: string) {
  const { port } = (server.httpServer as Server).address() as AddressInfo;
  return new Promise<{ headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject).end();
  });
}

describe('the live proxy', () => {
  it('asks upstream for compression and answers in gzip to a browser that accepts it', async () => {
    const { headers, bytes } = await get('/ucs-api/v1/clusters', 'gzip, deflate');
    expect(upstreamAsked).toBe(upstreamAcceptEncoding);
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['content-length']).toBeUndefined();
    expect(headers.vary).toBe('Origin, Accept-Encoding');
    expect(zlib.gunzipSync(bytes).toString()).toBe(body);
    expect(bytes.length).toBeLessThan(body.length / 5);
  });

  it('prefers brotli when the browser accepts it', async () => {
    const { headers, bytes } = await get('/ucs-api/v1/clusters', 'gzip, deflate, br, zstd');
    expect(headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(bytes).toString()).toBe(body);
  });

  it('passes an upstream encoding the browser accepts through, and decodes one it does not', async () => {
    const passed = await get('/ucs-api/gzipped', 'gzip');
    expect(passed.headers['content-encoding']).toBe('gzip');
    expect(passed.bytes).toEqual(zlib.gzipSync(body));
    const decoded = await get('/ucs-api/gzipped');
    expect(decoded.headers['content-encoding']).toBeUndefined();
    expect(decoded.bytes.toString()).toBe(body);
  });

  it('leaves what is not text alone', async () => {
    const { headers, bytes } = await get('/ucs-api/binary', 'gzip');
    expect(headers['content-encoding']).toBeUndefined();
    expect(bytes.toString()).toBe(body);
  });
});

describe('Accept-Encoding', () => {
  it('keeps the encodings with a quality above zero', () => {
    expect([...acceptedEncodings('gzip;q=0.8, br;q=0, Deflate')]).toEqual(['gzip', 'deflate']);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});
