import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createBackend } from './backend';
import { createHandlers } from './handlers';
import { OpenApiValidator } from './testing/openapiValidator';

describe('the handlers', () => {
  const handlers = createHandlers(createBackend());
  const get = (url: string) =>
    getResponse(handlers, new Request(url, { headers: { 'X-Auth-Token': 't' } }));

  it.each([
    'http://localhost/ucs-api/v1/clusters',
    'http://127.0.0.1:4010/v1/clusters',
    'http://localhost:5173/ucs-api/v1/clusters?limit=1',
  ])('match %s', async (url) => {
    expect((await get(url))?.status).toBe(200);
  });

  it('leave other requests alone (Vite assets pass through in the demo)', async () => {
    expect(await get('http://localhost/src/main.tsx')).toBeUndefined();
    expect(await get('http://localhost/ucs-api/v2/clusters')).toBeUndefined();
  });

  it('tag every answer with a request id', async () => {
    expect(
      (await get('http://localhost/ucs-api/v1/clusters'))?.headers.get('X-Request-Id'),
    ).toMatch(/^mock-/);
  });
});

describe('the contract validator', () => {
  it('rejects a body that breaks the contract, so the contract suite can fail', () => {
    const validator = new OpenApiValidator();
    expect(
      validator.check('/v1/clusters', 'GET', 200, { items: 'not a list', total: 1 }).errors,
    ).not.toEqual([]);
    expect(
      validator.check('/v1/clusters', 'GET', 400, { error_code: 'UCS.00000011' }).errors,
    ).not.toEqual([]);
    expect(
      validator.check('/v1/clusters', 'GET', 409, { error_code: 'x', error_msg: 'y' }).declared,
    ).toBe(false);
  });
});
