/**
 * Compression for live mode's proxy (`vite.config.ts`, dev server and preview alike). UCS lists
 * are large JSON — 10,000 clusters are 12.5 MB, about 1.1 MB gzipped — and Vite's proxy passes
 * bodies through as they come. With this hook the proxy asks UCS and IAM for compressed bodies,
 * and answers the browser compressed in an encoding it accepts: as UCS sent it when the browser
 * accepts that, otherwise decoded and compressed again (or sent plain to a client that accepts
 * no compression).
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { pipeline, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import type { ProxyOptions } from 'vite';

type ProxyServer = Parameters<NonNullable<ProxyOptions['configure']>>[0];

/** Text bodies worth compressing: JSON (UCS, IAM), YAML (kubeconfig), text. */
const compressible = /^\s*(?:text\/|application\/(?:json|[\w.-]+\+json|(?:x-)?yaml)\b)/i;

/** What the proxy can decode, and so what it asks upstream for. */
const decoders: Record<string, () => Transform> = {
  br: () => zlib.createBrotliDecompress(),
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
};
export const upstreamAcceptEncoding = 'br, gzip';

/** What the proxy compresses with, best first. Brotli at a streaming quality, not its slow 11. */
const encoders: [string, () => Transform][] = [
  [
    'br',
    () =>
      zlib.createBrotliCompress({
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        },
      }),
  ],
  ['gzip', () => zlib.createGzip()],
];

/** The encodings an `Accept-Encoding` header accepts (q > 0), lower-cased. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((item) => item.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
}

/** The browser's `Accept-Encoding`, kept before the upstream request's replaces it. */
const browserAccepts = new WeakMap<IncomingMessage, Set<string>>();

function withVary(vary: OutgoingHttpHeaders['vary']): string {
  const values = String(vary ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return values.some((value) => value.toLowerCase() === 'accept-encoding' || value === '*')
    ? values.join(', ')
    : [...values, 'Accept-Encoding'].join(', ');
}

/**
 * The proxy's `configure` hook; the proxy must be `selfHandleResponse`, as the response is
 * written here: UCS's status and headers (without hop-by-hop ones), then the body, streamed.
 */
export function compressResponses(proxy: ProxyServer): void {
  proxy.on('start', (req) => {
    browserAccepts.set(req, acceptedEncodings(req.headers['accept-encoding']));
    req.headers['accept-encoding'] = upstreamAcceptEncoding;
  });
  proxy.on('proxyRes', (proxyRes, req, res) => answer(proxyRes, req, res));
}

function answer(proxyRes: IncomingMessage, req: IncomingMessage, res: ServerResponse) {
  const status = proxyRes.statusCode ?? 502;
  // Hop-by-hop headers are the proxy's own to set.
  const {
    connection: _connection,
    'keep-alive': _keepAlive,
    'transfer-encoding': _transferEncoding,
    ...upstreamHeaders
  } = proxyRes.headers;
  const headers: OutgoingHttpHeaders = upstreamHeaders;
  const accepts = browserAccepts.get(req) ?? new Set<string>();
  const hasBody = req.method !== 'HEAD' && status !== 204 && status !== 304;
  const textual = compressible.test(String(headers['content-type'] ?? ''));
  const sent = String(headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();

  const steps: Transform[] = [];
  let encoding = sent;
  // Encoded in a way the browser cannot read: decoded here (an encoding the proxy does not know
  // is passed on as it is; it was not asked for).
  const decode = decoders[encoding];
  if (hasBody && encoding !== 'identity' && !accepts.has(encoding) && decode) {
    steps.push(decode());
    encoding = 'identity';
  }
  const encoder = encoders.find(([name]) => accepts.has(name));
  if (hasBody && textual && encoding === 'identity' && encoder) {
    steps.push(encoder[1]());
    encoding = encoder[0];
  }
  if (encoding !== sent) {
    delete headers['content-length'];
    if (encoding === 'identity') delete headers['content-encoding'];
    else headers['content-encoding'] = encoding;
  }
  if (textual) headers.vary = withVary(headers.vary);

  res.writeHead(status, proxyRes.statusMessage, headers);
  pipeline([proxyRes, ...steps, res], (error) => {
    if (error) res.destroy();
  });
}
