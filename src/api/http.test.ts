import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './errors';
import { createUcsClient, unwrap } from './http';

const baseUrl = 'http://ucs.test/ucs-api';

function clientWith(
  fetchImpl: (request: Request) => Promise<Response>,
  token: string | null = 't',
) {
  const onUnauthorized = vi.fn();
  const fetch = vi.fn(fetchImpl);
  const client = createUcsClient({ baseUrl, getToken: () => token, onUnauthorized, fetch });
  return { client, fetch, onUnauthorized };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to reject');
}

describe('the UCS HTTP layer', () => {
  it('parses a body once, with or without a Content-Length, and keeps its headers', async () => {
    const body = JSON.stringify({ items: [{ metadata: { uid: 'c-1' } }], total: 1 });
    const parse = vi.spyOn(JSON, 'parse');
    for (const length of [undefined, String(body.length)]) {
      parse.mockClear();
      const { client } = clientWith(
        async () =>
          new Response(body, {
            headers: {
              'Content-Type': 'application/json',
              'X-Request-Id': 'req-7',
              ...(length ? { 'Content-Length': length } : {}),
            },
          }),
      );
      const { data, response } = await client.GET('/v1/clusters');
      expect(data?.items?.[0]?.metadata?.uid).toBe('c-1');
      expect(response.headers.get('X-Request-Id')).toBe('req-7');
      expect(parse.mock.calls.filter(([text]) => text === body)).toHaveLength(1);
    }
    parse.mockRestore();
  });

  it('sends the token as X-Auth-Token and returns the data', async () => {
    const { client, fetch } = clientWith(async () => json({ versions: ['v1.25'] }), 'secret');
    const data = await unwrap(client.GET('/v1/config/registeredclusterversions'));
    expect(data.versions).toEqual(['v1.25']);
    const request = fetch.mock.calls[0]?.[0];
    expect(request?.headers.get('X-Auth-Token')).toBe('secret');
    expect(request?.url).toBe(`${baseUrl}/v1/config/registeredclusterversions`);
  });

  it('turns a UCS error body into an ApiError, by its status when UCS gives no message', async () => {
    const { client } = clientWith(async () =>
      json({ error_code: 'UCS.01100004', error_msg: '' }, 409, { 'X-Request-Id': 'req-42' }),
    );
    const error = await rejection(
      client.POST('/v1/clustergroups', { body: { metadata: { name: 'taken' } } }),
    );
    expect(error).toMatchObject({
      kind: 'http',
      status: 409,
      code: 'UCS.01100004',
      requestId: 'req-42',
      message: 'HTTP 409',
    });
    expect(error.isTransient).toBe(false);
  });

  it('keeps the server message when UCS gives one', async () => {
    const { client } = clientWith(async () =>
      json({ error_code: 'UCS.00000012', error_msg: 'metadata.name is required' }, 400),
    );
    const error = await rejection(client.GET('/v1/clusters'));
    expect(error.message).toBe('metadata.name is required');
    expect(error.serverMessage).toBe('metadata.name is required');
  });

  it('explains a non-JSON failure by its status', async () => {
    const { client } = clientWith(
      async () =>
        new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const error = await rejection(client.GET('/v1/clusters'));
    expect(error).toMatchObject({ kind: 'http', status: 502, code: undefined });
    expect(error.isTransient).toBe(true);
  });

  it('reports a network failure as kind "network"', async () => {
    const { client } = clientWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await rejection(client.GET('/v1/clusters'));
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect(error.isTransient).toBe(true);
  });

  it('aborts a request that hangs and reports a timeout', async () => {
    const onUnauthorized = vi.fn();
    const client = createUcsClient({
      baseUrl,
      getToken: () => 't',
      onUnauthorized,
      timeoutMs: 20,
      fetch: (request) =>
        new Promise((_resolve, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
        }),
    });
    const error = await rejection(client.GET('/v1/clusters'));
    expect(error.kind).toBe('timeout');
  });

  it('announces a 401 so the app can send the operator to sign-in', async () => {
    const { client, onUnauthorized } = clientWith(async () =>
      json({ error_code: 'UCS.01000003', error_msg: 'Authorization failed.' }, 401),
    );
    const error = await rejection(client.GET('/v1/clusters'));
    expect(error.status).toBe(401);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('never lets a request leave without a token', async () => {
    const { client, fetch, onUnauthorized } = clientWith(async () => json({}), null);
    const error = await rejection(client.GET('/v1/clusters'));
    expect(error.kind).toBe('unauthenticated');
    expect(fetch).not.toHaveBeenCalled();
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});
