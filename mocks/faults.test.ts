import { describe, expect, it } from 'vitest';
import { mockBackend } from './node';
import { api } from './testing/api';

describe('fault injection', () => {
  it('makes one operation fail with the given status and code until cleared', async () => {
    mockBackend.fail('listClusters', { status: 500, code: 'UCS.00000005' });
    for (let i = 0; i < 3; i += 1) {
      const { status, body } = await api('GET', '/v1/clusters');
      expect(status).toBe(500);
      expect(body).toEqual({ error_code: 'UCS.00000005', error_msg: 'Database operation failed.' });
    }
    expect((await api('GET', '/v1/clustergroups')).status).toBe(200);
    mockBackend.clearFaults();
    expect((await api('GET', '/v1/clusters')).status).toBe(200);
  });

  it('fails only `times` times, with a custom message', async () => {
    mockBackend.fail('showClusterGroup', {
      status: 503,
      code: 'UCS.00000006',
      message: 'maintenance',
      times: 1,
    });
    const first = await api('GET', '/v1/clustergroups/108f5981-a105-11ed-a23e-0255ac100032');
    expect(first).toMatchObject({
      status: 503,
      body: { error_code: 'UCS.00000006', error_msg: 'maintenance' },
    });
    expect(
      (await api('GET', '/v1/clustergroups/108f5981-a105-11ed-a23e-0255ac100032')).status,
    ).toBe(200);
  });

  it('throttles the next N calls of any operation with 429 UCS.01000002', async () => {
    mockBackend.throttle(2);
    expect((await api('GET', '/v1/clusters')).status).toBe(429);
    const second = await api('GET', '/v1/permissions/rules');
    expect(second).toMatchObject({ status: 429, body: { error_code: 'UCS.01000002' } });
    expect((await api('GET', '/v1/clusters')).status).toBe(200);
  });

  it('fails the next N calls', async () => {
    mockBackend.failNext(1);
    expect((await api('GET', '/v1/clusters')).body.error_code).toBe('UCS.00000006');
    expect((await api('GET', '/v1/clusters')).status).toBe(200);
  });

  it('is cleared by reset, which also restores the seed', async () => {
    mockBackend.throttle(5);
    await api('POST', '/v1/clustergroups', { body: { metadata: { name: 'temp' } } });
    mockBackend.reset();
    const { status, body } = await api('GET', '/v1/clustergroups');
    expect(status).toBe(200);
    expect(body.total).toBe(5);
  });

  it('does not change state on a failed call', async () => {
    mockBackend.fail('createClusterGroup', { status: 500, code: 'UCS.00000006', times: 1 });
    await api('POST', '/v1/clustergroups', { body: { metadata: { name: 'never' } } });
    expect((await api('GET', '/v1/clustergroups')).body.total).toBe(5);
  });
});
