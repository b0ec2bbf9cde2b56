import { describe, expect, it } from 'vitest';
import { api, attachedCluster } from './testing/api';
import { checkRequestBody } from './requestBodies';

describe('request bodies checked against the contract', () => {
  it('refuses a field of the wrong type, naming it, before any rule runs', () => {
    expect(() => checkRequestBody('updateClusterGroupDescription', { description: 42 })).toThrow(
      'description must be a string.',
    );
    expect(() =>
      checkRequestBody('registerCluster', attachedCluster('x', { spec: { city: 110000 } })),
    ).toThrow('spec.city must be a string.');
  });

  it('refuses a value an enumeration of the contract does not allow', () => {
    expect(() =>
      checkRequestBody('registerCluster', { ...attachedCluster('x'), kind: 'Pod' }),
    ).toThrow(/kind must be one of Cluster\.$/);
  });

  it('leaves required fields to the rules: the reference’s light CCE import passes the shape check', () => {
    expect(() =>
      checkRequestBody('registerCluster', { metadata: { uid: 'u' }, spec: { type: 'cce' } }),
    ).not.toThrow();
  });

  it('answers the refusal as UCS does: 400 UCS.00000012', async () => {
    const { status, body } = await api('PUT', '/v1/permissions/rules/anything', {
      body: { spec: { description: ['not', 'a', 'string'] } },
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error_code: 'UCS.00000012' });
    expect(body.error_msg).toMatch(/spec\.description must be a string\./);
  });
});
