/**
 * One HTTP(S) request as a server sees it, for the specs that check what a server answers rather
 * than what a page shows: any method (TRACE and TRACK, which browsers and fetch refuse to send),
 * any header (Origin, Cookie, forwarding headers), and the body as sent (never decompressed), so
 * Content-Encoding can be checked. Certificates are not verified: the test servers' are
 * self-signed.
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        rejectUnauthorized: false,
        // A fresh connection per request: nothing depends on an earlier answer's socket.
        agent: false,
        timeout: 15_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer from ${url} in 15 s`)));
    request.on('error', reject);
    request.end(options.body);
  });
}
