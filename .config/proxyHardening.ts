/**
 * What the dev and preview servers refuse or drop before anything reaches UCS or IAM (live
 * mode's proxy, `vite.config.ts`). The console needs none of it: it is same-origin, sends its
 * token in `X-Auth-Token`, and never uses cookies.
 */
import type { ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import type { Connect } from 'vite';

/** Methods a browser console never sends; TRACE would echo the request (its headers) back. */
export const refusedMethods = new Set(['TRACE', 'TRACK', 'CONNECT']);

/**
 * Request headers never forwarded upstream: the browser's cookies for this origin, and
 * forwarding headers a client could forge to pose as another address or host to UCS.
 */
export function isDroppedHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower === 'cookie' ||
    lower === 'forwarded' ||
    lower === 'x-real-ip' ||
    lower.startsWith('x-forwarded-')
  );
}

/** The proxy's `proxyReq` hook: removes the dropped headers from the request sent upstream. */
export function dropClientHeaders(proxyReq: ClientRequest): void {
  for (const name of proxyReq.getHeaderNames()) {
    if (isDroppedHeader(name)) proxyReq.removeHeader(name);
  }
}

/**
 * The proxy's `proxyRes` hook: removes CORS grants from UCS's or IAM's answer before it is
 * written. The console is same-origin; an upstream that grants other origins (the mock server
 * does, for other clients) must not make this origin's API readable from other pages.
 */
export function dropUpstreamCorsHeaders(proxyRes: IncomingMessage): void {
  for (const name of Object.keys(proxyRes.headers)) {
    if (name.toLowerCase().startsWith('access-control-')) {
      Reflect.deleteProperty(proxyRes.headers, name);
    }
  }
}

/**
 * A middleware for both servers: 405 for the refused methods, and 404 for source maps (the
 * build keeps them for debugging, but a server does not hand them out).
 */
export const refuseUnwanted: Connect.NextHandleFunction = (
  req: IncomingMessage,
  res: ServerResponse,
  next: Connect.NextFunction,
) => {
  if (refusedMethods.has((req.method ?? '').toUpperCase())) {
    res.statusCode = 405;
    res.setHeader('Allow', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
    res.end();
    return;
  }
  if (/\.map(?:$|\?)/.test(req.url ?? '')) {
    res.statusCode = 404;
    res.end();
    return;
  }
  next();
};
