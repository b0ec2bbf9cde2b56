import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './generated/ucs';
import { ApiError, apiErrorFromFailure, apiErrorFromResponse } from './errors';

export interface UcsClientOptions {
  /** Absolute URL of the UCS API root: the proxy path `/ucs-api` on the console's origin. */
  baseUrl: string;
  getToken: () => string | null;
  /** Called on every 401 and whenever a request would leave without a token. */
  onUnauthorized: () => void;
  timeoutMs?: number;
  fetch?: (request: Request) => Promise<Response>;
}

export const defaultTimeoutMs = 30_000;

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

/** Aborts a request that hangs, while still honouring the caller's own abort signal. */
function timeoutMiddleware(timeoutMs: number): Middleware {
  return {
    onRequest({ request }) {
      const signal = AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]);
      return new Request(request, { signal });
    },
  };
}

/** Turns every failure into one ApiError, so callers get data or an ApiError and nothing else. */
function errorMiddleware({ onUnauthorized }: UcsClientOptions): Middleware {
  return {
    onError({ error }) {
      return apiErrorFromFailure(error);
    },
    async onResponse({ response }) {
      if (response.ok) return response;
      if (response.status === 401) onUnauthorized();
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

export function createUcsClient(options: UcsClientOptions) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    // Look fetch up per call: test hosts (MSW in Node) replace it after this module loads.
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
  });
  client.use(
    authMiddleware(options),
    timeoutMiddleware(options.timeoutMs ?? defaultTimeoutMs),
    errorMiddleware(options),
  );
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
