import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { isApiError } from './errors';
import { reads } from './operations';

/** Answers every list or detail read with this body (status 200), with a request id. */
function answerWith(body: string | null, contentType = 'application/json') {
  const reply = () =>
    new HttpResponse(body, {
      status: 200,
      headers: { 'Content-Type': contentType, 'X-Request-Id': 'req-7' },
    });
  server.use(
    http.get('*/v1/clusters', reply),
    http.get('*/v1/clustergroups/:id', reply),
    http.get('*/v1/clustergroups', reply),
  );
}

async function failureOf(read: () => Promise<unknown>) {
  const error = await read().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('answers that are not what the contract says', () => {
  it.each([
    { variant: 'invalid JSON', body: '{"items": [' },
    { variant: 'an empty body', body: '' },
    { variant: 'null', body: 'null' },
    { variant: 'a list where an object is expected', body: '[]' },
    { variant: '`items` that is not a list', body: '{"items": "x", "total": 1}' },
    { variant: '`items` with a non-object', body: '{"items": [1], "total": 1}' },
    { variant: 'HTML from a proxy', body: '<!doctype html><p>Gateway</p>', type: 'text/html' },
  ])('$variant becomes one retryable ApiError with the request id', async ({ body, type }) => {
    answerWith(body, type);
    const error = await failureOf(() => reads.listClusters({}, undefined));
    expect(error.kind).toBe('malformed');
    expect(error.status).toBe(200);
    expect(error.requestId).toBe('req-7');
    expect(error.isTransient).toBe(true);
  });

  it('a fleet without its id is malformed, never a fleet to list members of', async () => {
    answerWith(JSON.stringify({ metadata: { name: 'prod' }, spec: {} }));
    const error = await failureOf(() =>
      reads.showClusterGroup({ clustergroupid: 'f-1' }, undefined),
    );
    expect(error.kind).toBe('malformed');
  });

  it('a list without items is an empty list', async () => {
    answerWith('{"total": 0}');
    await expect(reads.listClusterGroups({}, undefined)).resolves.toEqual({ items: [], total: 0 });
  });
});
