import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as UcsPaths } from './generated/ucs';
import type { paths as IamPaths } from './generated/iam';
import { ApiError, apiErrorFromFailure, apiErrorFromResponse, malformedResponse } from './errors';

export const defaultTimeoutMs = 30_000;

interface ApiClientOptions {
  /** Absolute URL of the API root, e.g. the proxy path `/ucs-api` on the console's origin. */
  baseUrl: string;
  timeoutMs?: number;
  fetch?: (request: Request) => Promise<Response>;
  /** Rewrites a request's URL just before it leaves, e.g. to route it to the chosen region. */
  route?: (url: string) => string;
}

export interface UcsClientOptions extends ApiClientOptions {
  getToken: () => string | null;
  /** Called on every 401 and whenever a request would leave without a token. */
  onUnauthorized: () => void;
}

/** Adds X-Auth-Token; a request without a token never leaves the page. */
function authMiddleware({ getToken, onUnauthorized }: UcsClientOptions): Middleware {
  return {
    onRequest({ request }) {
      const token = getToken();
      if (!token) {
        onUnauthorized();
        throw new ApiError({ kind: 'unauthenticated', status: 401, message: 'Not signed in' });
      }
      request.headers.set('X-Auth-Token', token);
      return request;
    },
  };
}

/** Sends the request where `route` says, and aborts it if it hangs (keeping the caller's signal). */
function routeAndTimeoutMiddleware({
  route,
  timeoutMs = defaultTimeoutMs,
}: ApiClientOptions): Middleware {
  return {
    async onRequest({ request }) {
      const signal = AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]);
      const url = route ? route(request.url) : request.url;
      // Bodies here are small JSON documents; reading them avoids re-wrapping a body stream,
      // which browsers refuse for a Request built from another Request.
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      return new Request(url, {
        method: request.method,
        headers: request.headers,
        body: hasBody ? await request.arrayBuffer() : undefined,
        signal,
      });
    },
  };
}

/** Turns every failure into one ApiError, so callers get data or an ApiError and nothing else. */
function errorMiddleware(onUnauthorized?: () => void): Middleware {
  return {
    onError({ error }) {
      return apiErrorFromFailure(error);
    },
    async onResponse({ request, response }) {
      if (response.ok) return readable(request, response);
      if (response.status === 401) onUnauthorized?.();
      const text = await response.clone().text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON (a proxy's HTML page, say): the status alone explains it.
      }
      throw apiErrorFromResponse(response, body);
    },
  };
}

/**
 * A 2xx answer must be readable: JSON when it says so, and a read (GET) must have a body. What
 * is not becomes the one `ApiError` (`malformed`, retryable) instead of a parser's error.
 *
 * The body is read and parsed once, here: the answer handed on gives openapi-fetch the parsed
 * value. Checking a copy and letting openapi-fetch parse again read every list twice — at
 * 10,000 clusters, two passes over megabytes of JSON on every full load and refresh.
 */
async function readable(request: Request, response: Response): Promise<Response> {
  if (response.status === 204 || request.method === 'HEAD') return response;
  const text = await response.text();
  if (!text.trim()) {
    if (request.method === 'GET') throw malformedResponse(response, 'empty body');
    return answerWith(response, text);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/json/i.test(type) && request.method !== 'GET') return answerWith(response, text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw malformedResponse(response, 'not JSON');
  }
  return answerWith(response, text, { data });
}

/**
 * The same answer again (its body was read), optionally with its parsed body. openapi-fetch
 * calls `json()` when the answer has a Content-Length and parses `text()` itself otherwise: a
 * parsed answer states its length, so that `json()` returns the value already parsed.
 */
function answerWith(response: Response, text: string, parsed?: { data: unknown }): Response {
  const headers = new Headers(response.headers);
  if (parsed && !headers.has('Content-Length')) headers.set('Content-Length', String(text.length));
  const answer = new Response(text, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
  if (parsed) Object.defineProperty(answer, 'json', { value: () => Promise.resolve(parsed.data) });
  return answer;
}

function createApiClient<Paths extends object>(options: ApiClientOptions) {
  return createClient<Paths>({
    baseUrl: options.baseUrl,
    // Look fetch up per call: test hosts (MSW in Node) replace it after this module loads.
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
  });
}

export function createUcsClient(options: UcsClientOptions) {
  const client = createApiClient<UcsPaths>(options);
  client.use(
    authMiddleware(options),
    routeAndTimeoutMiddleware(options),
    errorMiddleware(options.onUnauthorized),
  );
  return client;
}

/** IAM's token call needs no token; a wrong password is a 401 that must not sign anyone out. */
export function createIamClient(options: ApiClientOptions) {
  const client = createApiClient<IamPaths>(options);
  client.use(routeAndTimeoutMiddleware(options), errorMiddleware());
  return client;
}

export type UcsClient = ReturnType<typeof createUcsClient>;

/**
 * The data of a call that succeeded. The middleware has already thrown for anything else, so
 * this only narrows the type that openapi-fetch leaves open.
 */
export async function unwrap<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
