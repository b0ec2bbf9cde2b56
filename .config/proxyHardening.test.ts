// @vitest-environment node
import { ClientRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { dropClientHeaders, dropUpstreamCorsHeaders, refuseUnwanted } from './proxyHardening';

describe("live mode's proxy", () => {
  it('forwards neither cookies nor forwarding headers a client could forge', () => {
    const request = new ClientRequest({ host: '127.0.0.1', port: 9, path: '/', method: 'GET' });
    request.on('error', () => {});
    request.setHeader('Cookie', 'session=abc');
    request.setHeader('X-Forwarded-For', '10.0.0.1');
    request.setHeader('X-Forwarded-Host', 'evil.example');
    request.setHeader('Forwarded', 'for=10.0.0.1');
    request.setHeader('X-Auth-Token', 'token');
    request.setHeader('Accept', 'application/json');
    dropClientHeaders(request);
    expect(request.getHeaderNames().sort()).toEqual(['accept', 'host', 'x-auth-token']);
    request.destroy();
  });

  it("passes on no CORS grant of the upstream's", () => {
    const proxyRes = {
      headers: {
        'access-control-allow-origin': 'https://evil.example',
        'access-control-allow-credentials': 'true',
        'access-control-expose-headers': 'X-Subject-Token',
        'content-type': 'application/json',
        'x-subject-token': 'token',
      },
    } as unknown as IncomingMessage;
    dropUpstreamCorsHeaders(proxyRes);
    expect(Object.keys(proxyRes.headers).sort()).toEqual(['content-type', 'x-subject-token']);
  });

  it.each([
    ['TRACE', '/ucs-api/v1/clusters', 405],
    ['TRACK', '/ucs-api/v1/clusters', 405],
    ['GET', '/assets/index-abc.js.map', 404],
  ])('answers %s %s with %i', (method, url, status) => {
    const res = { statusCode: 200, setHeader: vi.fn(), end: vi.fn() };
    const next = vi.fn();
    refuseUnwanted({ method, url } as IncomingMessage, res as unknown as ServerResponse, next);
    expect(res.statusCode).toBe(status);
    expect(next).not.toHaveBeenCalled();
  });

  it('lets everything else through', () => {
    const next = vi.fn();
    refuseUnwanted(
      { method: 'GET', url: '/ucs-api/v1/clusters' } as IncomingMessage,
      {} as ServerResponse,
      next,
    );
    expect(next).toHaveBeenCalled();
  });
});
